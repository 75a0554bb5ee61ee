package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Issue 14's zero-touch journey (免申即享) in a real browser: the reviewer imports a settlement file; the benefit
 * appears for confirmation with its explanation (and the member is marked as having no payout account); the reviewer
 * confirms it; an ADMIN approves the payout and it is paid through a bank batch; the member sees the paid benefit and
 * its explanation on /me/coverage and the claim page without ever filing a claim; importing the same file again adds
 * nothing and says so.
 */
class StayJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    EnrolmentConfirmations confirmations;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Claims claims;
    @Autowired
    Users users;
    @Autowired
    Payouts payouts;
    @Autowired
    PayoutQueries payoutQueries;
    @Autowired
    DisbursementBatches batches;
    @Autowired
    BankResults bankResults;

    @Test
    void fromASettlementFileToAPaidBenefitTheMemberNeverClaimed() throws Exception {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        TestClaims data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        LocalDate today = Today.date();
        HospitalStaysIntegrationTests.TestStays.Member member = HospitalStaysIntegrationTests.TestStays.member(people,
                enrolments, users, data, plan, today.minusDays(200));
        String hospital = HospitalStaysIntegrationTests.TestStays.hospital();
        Path dir = Files.createDirectories(Path.of("target/journey"));
        Path file = dir.resolve("settlement-" + plan.code() + ".csv");
        Files.writeString(file, HospitalStaysIntegrationTests.TestStays.HEADER
                + HospitalStaysIntegrationTests.TestStays.row(member.nationalId(), hospital, today.minusDays(10),
                        today.minusDays(7), "5000.00", "0.00", "5000.00")
                + HospitalStaysIntegrationTests.TestStays.row(TestPeople.freshNationalId(), hospital,
                        today.minusDays(10), today.minusDays(9), "900.00", "400.00", "500.00"), StandardCharsets.UTF_8);

        // the reviewer imports the settlement file from the mutual-aid menu
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("reviewer");
        open("/mutualaid/claims");
        click(By.id("nav-group-mutualaid"));
        click(By.id("nav-mutualaid-stays"));
        browser.findElement(By.id("stay-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("stay-upload-submit"));
        assertThat(waitFor(By.id("stay-imported-claimed")).getText()).contains("1");
        assertThat(browser.findElement(By.id("stay-imported-not-members")).getText()).contains("1");
        long claimId = jdbc.queryForObject("select id from mutualaid_claim where worker_id = ? and origin = 'IMPORTED'",
                Long.class, member.workerId());

        // the benefit waits for confirmation with its explanation; the member has no payout account yet
        String explanation = waitFor(By.id("explanation-" + claimId)).getText();
        assertThat(explanation).contains("2,400.00", "起付线 1,000.00", "给付比例 60%");
        assertThat(browser.findElement(By.id("no-account-" + claimId)).isDisplayed()).isTrue();
        WebElement mine = browser.findElement(By.id("claim-check-" + claimId));
        click(By.id("stay-select-all"));
        assertThat(mine.isSelected()).isTrue();
        click(By.id("stay-select-all"));
        assertThat(mine.isSelected()).isFalse();
        mine.click();
        screenshot("mutualaid-stays-pending");
        click(By.id("stay-confirm"));
        assertThat(waitFor(By.id("stay-confirmed")).getText()).contains("1");
        assertThat(browser.findElements(By.id("pending-" + claimId))).isEmpty();
        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class, claimId))
                .isEqualTo("APPROVED");

        // an ADMIN (not the reviewer) approves the payout once the account exists; it is paid through a bank batch
        PayoutView payout = people.as("admin", () -> payoutQueries.liveFor(PayoutSourceType.CLAIM, claimId)).orElseThrow();
        people.givePayableAccount(member.workerId());
        people.as("admin", () -> payouts.approve(payout.id()));
        BatchView gathered = people.as("admin", () -> batches.gather());
        BatchView batch = people.as("admin", () -> batches.send(gathered.id()));
        people.as("admin", () -> bankResults.importResults(batch.id(), ("reference,status,reason\n"
                + payout.reference() + ",PAID,\n").getBytes(StandardCharsets.UTF_8)));

        // the member sees the paid benefit and its explanation, never having filed a claim
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signIn(member.username(), TestClaims.PASSWORD);
        open("/me/coverage");
        assertThat(waitFor(By.id("imported-state-" + claimId)).getText()).isEqualTo("已给付");
        String card = browser.findElement(By.id("imported-" + claimId)).getText();
        assertThat(card).contains(hospital, "起付线 1,000.00", "2,400.00");
        click(By.cssSelector("#imported-" + claimId + " a"));
        assertThat(waitFor(By.id("claim-origin-imported")).getText()).contains("免申即享");
        assertThat(browser.findElement(By.id("explanation")).getText()).contains("起付线 1,000.00", "给付比例 60%");
        assertThat(browser.findElement(By.id("claim-approved-amount")).getText()).isEqualTo("2,400.00");
        assertThat(browser.findElements(By.id("claim-diagnosis"))).isEmpty();
        screenshot("mutualaid-stay-paid-member");
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ? and origin = 'MANUAL'",
                Integer.class, member.workerId())).isZero();

        // importing the same file again adds nothing, and the page says so
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("reviewer");
        open("/mutualaid/stays");
        browser.findElement(By.id("stay-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("stay-upload-submit"));
        assertThat(waitFor(By.id("stay-imported-duplicates")).getText()).contains("2");
        assertThat(browser.findElement(By.id("stay-imported-nothing")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("stay-imported-claimed")).getText()).contains("0");
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                member.workerId())).isEqualTo(1);
    }
}
