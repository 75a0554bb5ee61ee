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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.support.Today;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;

/**
 * The whole hardship journey of issue 3 in a real browser: a volunteer reports a household from a phone; a
 * caseworker verifies it with a visit and a photo, registers it, files it with the suggested category shown,
 * takes it through review and public notice (the job ends the notice), exits it into monitoring, and reopens
 * it after a relapse; a caseworker of another city cannot open the file.
 */
class HardshipJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    HardshipFileJobs jobs;

    @Test
    void fromAVolunteersReportToAFileReopenedAfterRelapse() throws Exception {
        String name = TestPeople.freshName("返困");
        String nationalId = TestPeople.freshNationalId();

        usePhoneWindow();
        signInAsDemo("volunteer");
        open("/leads/new");
        browser.findElement(By.id("personName")).sendKeys(name);
        browser.findElement(By.id("nationalId")).sendKeys(nationalId);
        browser.findElement(By.id("situation")).sendKeys("妻子患尿毒症，每周透析三次");
        click(By.id("lead-submit"));
        waitFor(By.id("flash-success"));
        long leadId = jdbc.queryForObject("select id from lead where person_name = ?", Long.class, name);

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("caseworker");
        open("/leads/" + leadId);
        new Select(waitFor(By.id("assigneeId"))).selectByVisibleText("雁塔区 张伟");
        click(By.id("assign-submit"));
        waitFor(By.id("visit-new"));
        click(By.id("visit-new"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('visitDate').value = arguments[0];",
                Today.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
        browser.findElement(By.id("visitors")).sendKeys("张伟\n陈静");
        browser.findElement(By.id("findings")).sendKeys("透析费用高，家庭收入低");
        browser.findElement(By.id("householdSize")).clear();
        browser.findElement(By.id("householdSize")).sendKeys("1");
        browser.findElement(By.id("annualDisposableIncome")).sendKeys("6000");
        browser.findElement(By.id("photos")).sendKeys(photo().toString());
        // the household signed the means-test authorisation at the visit: it counts for the file
        click(By.id("consentSigned1"));
        browser.findElement(By.id("documents")).sendKeys(consentPdf().toString());
        click(By.id("visit-submit"));
        assertThat(waitFor(By.id("lead-state")).getText()).isEqualTo("核实中");

        click(By.id("lead-register"));
        waitFor(By.id("register-worker-form"));
        click(By.id("register-worker-submit"));
        waitFor(By.id("lead-file"));
        click(By.id("lead-file"));

        // the filing page shows the derived income, the standard in force and the suggested category
        assertThat(waitFor(By.id("filing-suggested")).getText()).contains("深度困难");
        assertThat(browser.findElement(By.id("filing-per-capita")).getText()).contains("500.00");
        assertThat(browser.findElement(By.id("filing-standard")).getText()).contains("870.00");
        assertThat(browser.findElement(By.id("filing-reason")).getText()).contains("500.00");
        new Select(browser.findElement(By.id("primaryCause"))).selectByValue("ILLNESS");
        click(By.id("filing-submit"));
        assertThat(waitFor(By.id("file-state")).getText()).contains("草稿");
        long fileId = jdbc.queryForObject("select id from hardship_file where lead_id = ?", Long.class, leadId);
        assertThat(jdbc.queryForMap("select state, file_id from lead where id = ?", leadId))
                .containsEntry("state", "FILED").containsEntry("file_id", fileId);

        assertThat(browser.findElement(By.id("file-consent")).getAttribute("data-consent")).isEqualTo("VALID");
        click(By.id("action-submit"));
        waitFor(By.id("action-notice"));
        click(By.id("action-notice"));
        waitFor(By.id("file-notice-ends"));
        assertThat(state(fileId)).isEqualTo("PUBLIC_NOTICE");

        // the notice period ends; the scheduled job moves the file on
        jdbc.update("update hardship_file set notice_ends_on = current_date - 1 where id = ?", fileId);
        jobs.runOnce();
        open("/hardship/files/" + fileId);
        assertThat(state(fileId)).isEqualTo("ACTIVE");
        waitFor(By.id("exit-reason")).sendKeys("妻子肾移植成功，本人收入连续六个月高于标准");
        click(By.id("action-exit"));
        waitFor(By.id("file-monitoring-ends"));
        assertThat(state(fileId)).isEqualTo("MONITORING");

        waitFor(By.id("relapse-reason")).sendKeys("排异反应再次住院");
        click(By.id("action-relapse"));
        waitFor(By.id("file-origin"));
        assertThat(state(fileId)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select origin from hardship_file where id = ?", String.class, fileId))
                .isEqualTo("RELAPSED");
        assertThat(jdbc.queryForObject("select count(*) from file_transition where file_id = ?", Integer.class,
                fileId)).isGreaterThanOrEqualTo(6);

        browser.manage().deleteAllCookies();
        signInAsDemo("caseworker2");
        open("/hardship/files/" + fileId);
        assertThat(waitFor(By.id("error-page")).getAttribute("data-status")).isEqualTo("404");
    }

    private String state(long fileId) {
        return jdbc.queryForObject("select state from hardship_file where id = ?", String.class, fileId);
    }

    static Path consentPdf() throws Exception {
        Path file = Files.createTempFile("consent", ".pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return file.toAbsolutePath();
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempFile("visit", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file.toAbsolutePath();
    }
}
