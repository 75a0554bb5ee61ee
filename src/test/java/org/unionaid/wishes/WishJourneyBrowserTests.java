package org.unionaid.wishes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.PersonNames;
import org.unionaid.shared.security.Role;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.users.Users;

/**
 * Issue 14's micro-wish journey in a real browser: a worker posts a wish with a photo on her phone; the Yanta
 * caseworker approves it at a desk; the partner foundation finds it on the board with the name masked, claims it
 * and records the delivery with a photo on a phone; the worker sees it delivered and confirms receipt.
 */
class WishJourneyBrowserTests extends BrowserTestSupport {

    @Autowired People registry;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;

    @Test
    void aWishIsPostedApprovedClaimedDeliveredAndConfirmed() throws Exception {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        WorkerView worker = people.register("caseworker", TestPeople.freshName("圆梦"), "SN-XA-YT");
        String username = "wishjourney" + System.nanoTime();
        people.as("sysadmin", () -> users.create(new Users.CreateUser(username, "wish-journey-password", username,
                people.branch("SN-XA-YT"), Set.of(Role.WORKER), null, worker.id())));
        Path photo = Files.createTempFile("wish", ".png");
        Files.write(photo, WishesIntegrationTests.png());

        // the worker posts on her phone, from her applications page
        signIn(username, "wish-journey-password");
        usePhoneWindow();
        open("/me/applications");
        click(By.id("my-wishes-link"));
        click(By.id("wish-new"));
        waitFor(By.id("wish-form"));
        new Select(browser.findElement(By.id("programmeId"))).selectByVisibleText(
                browser.findElement(By.cssSelector("#programmeId option")).getText());
        browser.findElement(By.id("title")).sendKeys("一双新运动鞋");
        browser.findElement(By.id("reason")).sendKeys("儿子体育课的鞋已经磨破");
        browser.findElement(By.id("value")).sendKeys("900");
        browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("wish-submit"));
        // over the cap: the form comes back with what she typed and says the limit
        waitFor(By.id("wish-form"));
        assertThat(pageText()).contains("300");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("一双新运动鞋");
        browser.findElement(By.id("value")).clear();
        browser.findElement(By.id("value")).sendKeys("199");
        browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("wish-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("wish-state"), "data-state", "SUBMITTED"));
        waitFor(By.id("wish-photo"));
        long wishId = Long.parseLong(browser.getCurrentUrl().replaceAll("^.*/wishes/(\\d+).*$", "$1"));
        assertThat(scrollWidth()).isLessThanOrEqualTo(innerWidth());

        // the district caseworker approves it for the board
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("caseworker");
        open("/wishes/review");
        click(By.cssSelector("#wish-" + wishId + " a"));
        click(By.id("wish-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("wish-state"), "data-state", "PUBLISHED"));

        // the partner sees it on the board, masked, claims it and delivers it with a photo
        browser.manage().deleteAllCookies();
        signInAsDemo("partner");
        usePhoneWindow();
        open("/wishes");
        waitFor(By.id("wish-" + wishId));
        String card = browser.findElement(By.id("wish-" + wishId)).getText();
        assertThat(card).contains("一双新运动鞋").contains(PersonNames.masked(worker.name()))
                .doesNotContain(worker.name());
        assertThat(scrollWidth()).isLessThanOrEqualTo(innerWidth());
        click(By.cssSelector("#wish-" + wishId + " a"));
        click(By.id("wish-claim"));
        wait.until(ExpectedConditions.attributeToBe(By.id("wish-state"), "data-state", "CLAIMED"));
        browser.findElement(By.id("delivery-photo")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("delivery-note")).sendKeys("已送到学校");
        click(By.id("wish-deliver"));
        wait.until(ExpectedConditions.attributeToBe(By.id("wish-state"), "data-state", "DELIVERED"));
        waitFor(By.id("wish-delivery-photo"));

        // the worker sees the progress and confirms she received it
        browser.manage().deleteAllCookies();
        signIn(username, "wish-journey-password");
        open("/me/wishes");
        waitFor(By.id("wish-" + wishId));
        assertThat(browser.findElement(By.cssSelector("#wish-" + wishId + " .wish-state")).getAttribute("data-state"))
                .isEqualTo("DELIVERED");
        click(By.cssSelector("#wish-" + wishId + " a"));
        click(By.id("wish-confirm"));
        waitFor(By.id("wish-confirmed"));
        screenshot("wish-journey-worker");
    }

    private long scrollWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    private long innerWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.innerWidth")).longValue();
    }
}
