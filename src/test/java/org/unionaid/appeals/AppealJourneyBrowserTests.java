package org.unionaid.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Programmes;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.users.Users;

/**
 * Issue 13's appeal journey in a real browser: a worker's application is rejected by the demo caseworker; the
 * worker appeals from the application's page on her phone with a reason and a document; the refusing caseworker
 * sees the appeal in the queue but cannot decide it; another caseworker upholds it; the worker finds the outcome
 * in her inbox and her application back for a new decision.
 */
class AppealJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Users users;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    HardshipFiles files;

    @Autowired
    org.unionaid.people.Households households;

    @Test
    void aRefusedApplicationIsAppealedAndDecidedByAnotherCaseworkerAndTheWorkerIsNotified() throws Exception {
        TestAppeals test = new TestAppeals(new TestPeople(registry, userDetails, jdbc), registry, users, programmes,
                applications, files, jdbc, households);
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        String colleague = test.colleague();

        // the worker appeals from the page that shows the refusal
        signIn(worker.username(), TestAppeals.PASSWORD);
        usePhoneWindow();
        open("/me/applications/" + application.id());
        waitFor(By.id("my-rejection"));
        click(By.id("appeal-button"));
        waitFor(By.id("appeal-form"));
        assertThat(browser.findElement(By.id("appeal-refusal-reason")).getText()).isEqualTo("材料不全");
        browser.findElement(By.id("reason")).sendKeys("材料已补齐，附上收入证明。");
        Path proof = Files.createTempFile("proof", ".png");
        Files.write(proof, AppealsIntegrationTests.png());
        browser.findElement(By.id("appeal-documents")).sendKeys(proof.toAbsolutePath().toString());
        click(By.id("appeal-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("appeal-state"), "data-state", "OPEN"));
        waitFor(By.id("flash-success"));
        assertThat(browser.findElement(By.id("appeal-documents")).getText()).contains("proof");
        long appealId = Long.parseLong(browser.getCurrentUrl().replaceAll("^.*/appeals/(\\d+).*$", "$1"));
        String reference = jdbc.queryForObject("select reference from appeal where id = ?", String.class, appealId);
        open("/me/applications/" + application.id());
        waitFor(By.id("appeal-lodged"));

        // the caseworker who rejected it finds it in the queue, but may not decide it
        browser.manage().deleteAllCookies();
        signInAsDemo("caseworker");
        open("/appeals");
        waitFor(By.id("appeal-row-" + appealId));
        click(By.cssSelector("#appeal-row-" + appealId + " a"));
        waitFor(By.id("appeal-own-refusal"));
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        assertThat(browser.findElement(By.id("appeal-refused-by")).getText()).startsWith("caseworker");

        // another caseworker upholds it
        browser.manage().deleteAllCookies();
        signIn(colleague, TestAppeals.PASSWORD);
        open("/appeals/" + appealId);
        waitFor(By.id("decision-form"));
        click(By.id("outcome-upheld"));
        browser.findElement(By.id("decision-reason")).sendKeys("补充材料齐全，重新审核。");
        click(By.id("decision-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("appeal-state"), "data-state", "UPHELD"));
        assertThat(browser.findElement(By.id("appeal-decided-by")).getText()).startsWith(colleague);

        // the worker is notified, and the application waits for a new decision
        browser.manage().deleteAllCookies();
        signIn(worker.username(), TestAppeals.PASSWORD);
        open("/inbox");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), reference));
        assertThat(pageText()).contains("补充材料齐全，重新审核。");
        open("/me/applications/" + application.id());
        wait.until(ExpectedConditions.attributeToBe(By.id("my-application-state"), "data-state", "SUBMITTED"));
        screenshot("appeal-journey-worker");
    }
}
