package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * A finance office's week, in a real browser: a cash payout for a worker without an account cannot be approved;
 * the worker adds the account on their phone; the admin re-splits it onto a newly pledged source and approves;
 * the batch is sent and its file is the same at every download, also after the account changes again; the bank
 * fails the row; the admin reissues and the other admin approves; it is paid.
 */
class MoneyPathJourneyBrowserTests extends BrowserTestSupport {

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
    void fromAnUnpayableProposalToAReissuedPayment() throws Exception {
        TestPayouts test = new TestPayouts(new TestPeople(registry, userDetails, jdbc), payouts, funding, jdbc, users);
        long programme = TestPayouts.freshId();
        FundingSourceView budget = test.source(programme, "2500.00");
        long workerId = test.payeeWithoutAccount();
        String workerName = jdbc.queryForObject("select name from worker where id = ?", String.class, workerId);
        String username = "pay" + TestPayouts.freshId();
        users.create(new CreateUser(username, "test-password-123", workerName, test.yanta(), Set.of(Role.WORKER), null,
                workerId));
        PayoutView payout = test.propose(test.cashTo(programme, "2500.00", workerId));
        // another payout takes the whole budget line first
        test.approve("admin", test.proposeCash(programme, "2500.00").id());

        // the admin's queue says it cannot be paid, and approving is refused with the reason
        desktop();
        signInAsDemo("admin");
        open("/payouts/queue?sort=proposedAt,desc");
        WebElement row = waitFor(By.id("queue-row-" + payout.id()));
        assertThat(row.findElements(By.cssSelector(".queue-unpayable"))).hasSize(1);
        assertThat(row.findElements(By.cssSelector(".queue-funding-short"))).hasSize(1);
        click(By.id("queue-row-" + payout.id()));
        assertThat(waitFor(By.id("payout-account")).getAttribute("data-status")).isEqualTo("MISSING");
        click(By.id("payout-approve"));
        assertThat(waitFor(By.id("form-errors")).getText()).contains("收款人没有登记银行账户");
        assertThat(test.state(payout.id())).isEqualTo("PROPOSED");

        // the worker adds the account on /me, on a phone; a typo is caught at its field
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signIn(username, "test-password-123");
        open("/me");
        click(By.id("payout-account-edit"));
        waitFor(By.id("bankName")).sendKeys("中国工商银行西安雁塔支行");
        browser.findElement(By.id("holder")).sendKeys(workerName);
        browser.findElement(By.id("number")).sendKeys("6222 0000 1111 2222 336");
        click(By.id("account-save"));
        assertThat(waitFor(By.cssSelector("#number + .invalid-feedback")).getText()).contains("校验位");
        assertThat(browser.findElement(By.id("holder")).getAttribute("value")).isEqualTo(workerName);
        WebElement number = browser.findElement(By.id("number"));
        number.clear();
        number.sendKeys("6222 0000 1111 2222 337");
        click(By.id("account-save"));
        waitFor(By.id("flash-success"));
        assertThat(browser.findElement(By.id("payout-account-number")).getText()).isEqualTo("****2337");

        // a partner pledges a new source; the admin re-splits onto it and approves
        FundingSourceView pledged = test.partnerSource(programme, "5000.00",
                jdbc.queryForObject("select id from user_account where username = 'partner'", Long.class));
        browser.manage().deleteAllCookies();
        desktop();
        signInAsDemo("admin");
        open("/payouts/queue?sort=proposedAt,desc");
        row = waitFor(By.id("queue-row-" + payout.id()));
        assertThat(row.findElements(By.cssSelector(".queue-unpayable"))).isEmpty();
        open("/payouts/" + payout.id());
        waitFor(By.id("payout-funding-short"));
        WebElement fromBudget = waitFor(By.id("share-" + budget.id()));
        fromBudget.clear();
        fromBudget.sendKeys("0");
        WebElement fromPledge = browser.findElement(By.id("share-" + pledged.id()));
        fromPledge.clear();
        fromPledge.sendKeys("2,500.00");
        click(By.id("payout-resplit"));
        waitFor(By.id("flash-success"));
        assertThat(browser.findElements(By.id("payout-funding-short"))).isEmpty();
        click(By.id("payout-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));
        assertThat(test.available(pledged.id())).isEqualByComparingTo("2500.00");

        // the batch is sent; its file is the same at every download, also after the account changes again
        open("/payouts/batches");
        click(By.id("batch-gather"));
        waitFor(By.id("batch-line-" + payout.id()));
        assertThat(browser.findElements(By.id("batch-csv"))).isEmpty();
        click(By.id("batch-send"));
        String csvUrl = waitFor(By.id("batch-csv")).getAttribute("href");
        String first = download(csvUrl);
        String second = download(csvUrl);
        assertThat(second).isEqualTo(first);
        String firstText = new String(java.util.Base64.getDecoder().decode(first), StandardCharsets.UTF_8);
        assertThat(firstText).contains(payout.reference()).contains("6222000011112222337").contains("2500.00")
                .contains("CONTROL,");
        test.people.changeAccount(username, workerId, "中国银行西安分行", workerName,
                PayableAccountsIntegrationTests.OTHER_CARD);
        assertThat(download(csvUrl)).isEqualTo(first);
        assertThat(test.state(payout.id())).isEqualTo("IN_BATCH");

        // the bank fails the row
        Path failed = Files.createTempFile("bank-failed", ".csv");
        Files.writeString(failed, "reference,status,reason\n" + payout.reference() + ",FAILED,户名与账号不符\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("result-file")).sendKeys(failed.toAbsolutePath().toString());
        click(By.id("batch-results-submit"));
        waitFor(By.id("batch-outcome"));
        assertThat(test.state(payout.id())).isEqualTo("FAILED");

        // the admin reissues; the other admin approves (one approval, whoever proposed it)
        open("/payouts/" + payout.id());
        click(By.id("payout-reissue"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "PROPOSED"));
        long reissuedId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/payouts/(\\d+).*", "$1"));
        assertThat(browser.findElements(By.id("payout-approve"))).isEmpty();
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signInAsDemo("admin2");
        open("/payouts/" + reissuedId);
        click(By.id("payout-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));

        // sent again and paid
        open("/payouts/batches");
        click(By.id("batch-gather"));
        waitFor(By.id("batch-line-" + reissuedId));
        click(By.id("batch-send"));
        waitFor(By.id("batch-csv"));
        String reference = jdbc.queryForObject("select reference from payout where id = ?", String.class, reissuedId);
        Path paid = Files.createTempFile("bank-paid", ".csv");
        Files.writeString(paid, "reference,status,reason\n" + reference + ",PAID,\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("result-file")).sendKeys(paid.toAbsolutePath().toString());
        click(By.id("batch-results-submit"));
        waitFor(By.id("batch-outcome"));
        assertThat(test.state(reissuedId)).isEqualTo("PAID");
        assertThat(test.column(pledged.id(), "paid")).isEqualByComparingTo(new BigDecimal("2500.00"));
    }

    private void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A download through the signed-in session, as base64 of its bytes. */
    private String download(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                }).catch(e => done('failed ' + e));""", url);
    }
}
