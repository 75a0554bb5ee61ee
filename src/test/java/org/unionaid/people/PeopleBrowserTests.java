package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.BrowserTestSupport;

class PeopleBrowserTests extends BrowserTestSupport {

    @Autowired
    People people;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void caseworkerSearchesAWorkerByNameAndSeesTheIdMasked() {
        TestPeople test = new TestPeople(people, userDetails, jdbc);
        String name = TestPeople.freshName("浏览器");
        WorkerView worker = test.register("caseworker", name, "SN-XA-YT-KD");

        signInAsDemo("caseworker");
        open("/workers");
        waitFor(By.id("worker-search-q")).sendKeys(name);
        click(By.id("worker-search-submit"));
        waitFor(By.id("worker-row-" + worker.id())).findElement(By.cssSelector("a.worker-link")).click();

        assertThat(waitFor(By.id("worker-name")).getText()).isEqualTo(name);
        assertThat(waitFor(By.id("worker-national-id")).getText()).contains("**********")
                .isEqualTo(worker.nationalIdMasked());
        screenshot("people-worker-detail");
    }

    @Test
    void aNewWorkerRegistersOnAPhoneSignsInAndSeesTheirHomePage() {
        usePhoneWindow();
        String name = TestPeople.freshName("手机注册");
        String username = "phone-reg-" + System.nanoTime() % 1_000_000;
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT-KD'", Long.class);

        open("/register");
        waitFor(By.id("name")).sendKeys(name);
        browser.findElement(By.id("nationalId")).sendKeys(TestPeople.freshNationalId().toLowerCase());
        browser.findElement(By.id("phone")).sendKeys("13612345678");
        new Select(browser.findElement(By.id("branchId"))).selectByValue(String.valueOf(branch));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("phone-password-1");
        browser.findElement(By.id("confirmPassword")).sendKeys("phone-password-1");
        var submit = browser.findElement(By.id("register-submit"));
        // below the fold on a phone: scroll to it at once (Bootstrap's smooth scrolling would move it under the click)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
        wait.until(ExpectedConditions.elementToBeClickable(submit)).click();

        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(waitFor(By.id("login-registered")).isDisplayed()).isTrue();
        signIn(username, "phone-password-1");

        wait.until(ExpectedConditions.urlContains("/me"));
        assertThat(waitFor(By.id("me-heading")).getText()).contains(name);
        assertThat(browser.findElement(By.id("worker-national-id")).getText()).contains("**********");
        screenshot("people-me-phone");
    }
}
