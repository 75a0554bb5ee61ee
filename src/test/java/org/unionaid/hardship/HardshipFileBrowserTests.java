package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;

class HardshipFileBrowserTests extends BrowserTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    HardshipFileJobs jobs;

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    @Test
    void aCaseworkerFilesAWorkerThroughNoticeToActiveAndExitsIntoMonitoring() throws Exception {
        TestFiles test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");

        signInAsDemo("caseworker");
        open("/workers/" + worker);
        waitFor(By.id("worker-file"));
        click(By.id("worker-file"));
        assertThat(waitFor(By.id("filing-suggested")).getAttribute("data-category")).isEqualTo("DEEP");
        assertThat(browser.findElement(By.id("filing-reason")).getText()).contains("870");
        assertThat(browser.findElement(By.id("filing-per-capita")).getText()).isEqualTo("500.00");
        new Select(browser.findElement(By.id("primaryCause"))).selectByValue("ILLNESS");
        screenshot("file-filing");
        click(By.id("filing-submit"));

        waitFor(By.id("flash-success"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "DRAFT"));
        String url = browser.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // without the signed means-test consent the file cannot go to review; the caseworker uploads it
        assertThat(browser.findElement(By.id("consent-missing")).isDisplayed()).isTrue();
        browser.findElement(By.id("consent-file")).sendKeys(HardshipJourneyBrowserTests.consentPdf().toString());
        click(By.id("consent-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-consent"), "data-consent", "VALID"));

        click(By.id("action-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "IN_REVIEW"));
        click(By.id("action-notice"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "PUBLIC_NOTICE"));
        assertThat(browser.findElement(By.id("file-notice-ends")).getText()).isNotBlank();

        // time passes: the notice ended yesterday, and the scheduled job runs
        jdbc.update("update hardship_file set notice_started_on = current_date - 8, notice_ends_on = current_date - 1 "
                + "where id = ?", id);
        jobs.runOnce();
        open("/hardship/files/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "ACTIVE"));
        assertThat(browser.findElement(By.id("file-next-review")).getText()).isNotBlank();

        browser.findElement(By.id("exit-reason")).sendKeys("子女就业，家庭收入稳定");
        click(By.id("action-exit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "MONITORING"));
        assertThat(browser.findElement(By.id("file-monitoring-ends")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#file-history .history-row"))).hasSize(6);
        screenshot("file-monitoring");
    }
}
