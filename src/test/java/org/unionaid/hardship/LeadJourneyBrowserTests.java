package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.unionaid.support.Today;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;

/** A volunteer reports a household from a phone; a caseworker assigns it and records a visit with a photo. */
class LeadJourneyBrowserTests extends BrowserTestSupport {

    @Test
    void volunteerReportsAndCaseworkerVerifiesWithAPhoto() throws Exception {
        String name = TestPeople.freshName("喜登花");
        usePhoneWindow();
        signInAsDemo("volunteer");
        open("/leads/new");
        browser.findElement(By.id("personName")).sendKeys(name);
        browser.findElement(By.id("situation")).sendKeys("两个孩子上学，丈夫生病不能上班");
        // a wrong ID is explained and nothing typed is lost
        browser.findElement(By.id("nationalId")).sendKeys("110101199001011235");
        click(By.id("lead-submit"));
        assertThat(waitFor(By.cssSelector("#nationalId.is-invalid")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("personName")).getAttribute("value")).isEqualTo(name);
        browser.findElement(By.id("nationalId")).clear();
        click(By.id("lead-submit"));
        assertThat(waitFor(By.id("flash-success")).getText()).contains("谢谢");
        assertThat(pageText()).contains(name);
        long leadId = jdbc.queryForObject("select id from lead where person_name = ?", Long.class, name);

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signInAsDemo("caseworker");
        open("/leads/" + leadId);
        new Select(waitFor(By.id("assigneeId"))).selectByVisibleText("雁塔区 张伟");
        click(By.id("assign-submit"));
        assertThat(waitFor(By.id("lead-state")).getText()).isEqualTo("已分派");
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("已分派");

        click(By.id("visit-new"));
        waitFor(By.id("visit-form"));
        setDate("visitDate", Today.date());
        browser.findElement(By.id("visitors")).sendKeys("张伟\n陈静");
        browser.findElement(By.id("findings")).sendKeys("家中收入仅靠低保");
        browser.findElement(By.id("householdSize")).clear();
        browser.findElement(By.id("householdSize")).sendKeys("4");
        browser.findElement(By.id("annualDisposableIncome")).sendKeys("30000");
        browser.findElement(By.id("photos")).sendKeys(photo().toString());
        click(By.id("visit-submit"));
        assertThat(waitFor(By.id("lead-state")).getText()).isEqualTo("核实中");
        assertThat(browser.findElement(By.cssSelector(".visit-per-capita")).getText()).isEqualTo("625.00");
        assertThat(browser.findElements(By.cssSelector(".visit-document"))).hasSize(1);

        // a caseworker of another city cannot open it
        browser.manage().deleteAllCookies();
        signInAsDemo("caseworker2");
        open("/leads/" + leadId);
        assertThat(waitFor(By.id("error-page")).getAttribute("data-status")).isEqualTo("404");
    }

    /** Through the real server's multipart parsing: a chosen file of 0 bytes is refused, not dropped. */
    @Test
    void anEmptyPhotoChosenInTheBrowserIsRefusedOnItsInputWithWhatWasTypedKept() throws Exception {
        String name = TestPeople.freshName("空照片");
        Path empty = Files.createTempFile("empty", ".jpg");
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signInAsDemo("volunteer");
        open("/leads/new");
        browser.findElement(By.id("personName")).sendKeys(name);
        browser.findElement(By.id("situation")).sendKeys("照片拍坏了，是空文件");
        browser.findElement(By.id("photos")).sendKeys(empty.toAbsolutePath().toString());
        click(By.id("lead-submit"));
        assertThat(waitFor(By.id("photos-error")).getText()).isEqualTo("文件 " + empty.getFileName() + " 是空的。");
        assertThat(browser.findElements(By.id("flash-success"))).isEmpty();
        assertThat(browser.findElement(By.id("personName")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("situation")).getAttribute("value")).isEqualTo("照片拍坏了，是空文件");
        assertThat(jdbc.queryForObject("select count(*) from lead where person_name = ?", Integer.class, name))
                .isZero();
        browser.manage().deleteAllCookies();
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempFile("visit", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file.toAbsolutePath();
    }

}
