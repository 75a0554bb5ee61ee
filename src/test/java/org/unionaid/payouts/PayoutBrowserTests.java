package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.users.Users;

/** Real forms (with their CSRF fields) on a phone-sized window: approval, delivery, batch and bank results. */
class PayoutBrowserTests extends BrowserTestSupport {

    @Autowired
    Payouts payouts;
    @Autowired
    Funding funding;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Users users;

    @Test
    void theProposerSeesNoApproveButtonAndAnotherAdminApprovesBatchesAndImportsTheBankResult() throws Exception {
        TestPayouts test = new TestPayouts(new TestPeople(registry, userDetails, jdbc), payouts, funding, jdbc, users);
        String makerAdmin = test.user("makeradmin", "SN-XA", Role.ADMIN, Role.CASEWORKER);
        long programme = test.programme("1000.00");
        PayoutView cash = test.people.as(makerAdmin, () -> payouts.propose(test.cash(programme, "300.00")));
        PayoutView goods = test.propose(test.command(programme, PayoutKind.IN_KIND, "200.00", null));

        usePhoneWindow();
        signIn(makerAdmin, "test-password-123");
        open("/payouts/" + cash.id());
        waitFor(By.id("payout-own-proposal"));
        assertThat(browser.findElements(By.id("payout-approve"))).isEmpty();

        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signInAsDemo("admin");
        open("/payouts/queue?sort=proposedAt,desc");
        click(By.id("queue-row-" + cash.id()));
        click(By.id("payout-approve"));
        waitFor(By.id("flash-success"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));

        open("/payouts/" + goods.id());
        click(By.id("payout-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));
        String yesterday = Today.date().minusDays(1).format(DateTimeFormatter.ISO_DATE);
        // a date input's typing order depends on the browser's locale: set the value the way the picker would
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("deliveredOn")), yesterday);
        browser.findElement(By.id("deliverer")).sendKeys("李师傅");
        click(By.id("payout-deliver"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "PAID"));

        open("/payouts/batches");
        click(By.id("batch-gather"));
        waitFor(By.id("batch-lines"));
        waitFor(By.id("batch-line-" + cash.id()));
        assertThat(browser.findElement(By.cssSelector("#batch-line-" + cash.id() + " .batch-account")).getText())
                .doesNotContain("000011112222");
        click(By.id("batch-send"));
        waitFor(By.id("batch-csv"));

        Path bad = Files.createTempFile("result", ".csv");
        Files.writeString(bad, "reference,status,reason\n" + cash.reference() + ",PAID,\nPO-000000000,PAID,\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("result-file")).sendKeys(bad.toString());
        click(By.id("batch-results-submit"));
        waitFor(By.id("batch-problems"));
        assertThat(browser.findElements(By.cssSelector(".batch-problem"))).hasSize(1);
        assertThat(test.state(cash.id())).isEqualTo("IN_BATCH");

        Path good = Files.createTempFile("result", ".csv");
        Files.writeString(good, "reference,status,reason\n" + cash.reference() + ",PAID,\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("result-file")).sendKeys(good.toString());
        click(By.id("batch-results-submit"));
        waitFor(By.id("batch-outcome"));
        assertThat(test.state(cash.id())).isEqualTo("PAID");
        screenshot("payout-batch-settled");
    }
}
