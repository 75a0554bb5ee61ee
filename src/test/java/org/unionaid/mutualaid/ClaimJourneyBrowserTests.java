package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * The journey of issue 5 in a real browser: the demo employer uploads a staff list; the new member files a claim
 * with an invoice and a diagnosis certificate from a phone; the reviewer asks for more information, the member
 * adds a discharge summary, the reviewer approves with the calculated amount and its explanation in view; the
 * payout is approved by an ADMIN (not the proposer) and paid through a bank batch; the member sees PAID.
 */
class ClaimJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;

    @Autowired
    EnrolmentConfirmations confirmations;
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
    void fromStaffListUploadToAPaidClaim() throws Exception {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        TestClaims data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        String name = TestPeople.freshName("互助职工");
        String nationalId = TestPeople.freshNationalId();
        Path dir = Files.createDirectories(Path.of("target/journey"));

        // the employer uploads the staff list
        Path list = dir.resolve("staff-" + plan.code() + ".csv");
        Files.writeString(list, "姓名,身份证号,电话,计划编号\n" + name + "," + nationalId + ",13912345678," + plan.code()
                + "\n", StandardCharsets.UTF_8);
        signInAsDemo("employer");
        open("/mutualaid/enrolments");
        browser.findElement(By.id("staff-file")).sendKeys(list.toAbsolutePath().toString());
        click(By.id("upload-submit"));
        assertThat(waitFor(By.id("imported-count")).getText()).contains("1");
        assertThat(browser.findElement(By.id("enrolments")).getText()).contains(name);
        long workerId = jdbc.queryForObject("select id from worker where name = ?", Long.class, name);
        long enrolmentId = jdbc.queryForObject("select id from mutualaid_enrolment where plan_id = ? and worker_id = ?",
                Long.class, plan.id(), workerId);

        // the member gets an account; time passes: the enrolment was made seven months ago
        String username = "journey" + workerId;
        users.create(new CreateUser(username, TestClaims.PASSWORD, name, people.branch("SN-XA-YT-WL"),
                Set.of(Role.WORKER), null, workerId));
        data.confirm(enrolmentId);
        data.backdate(enrolmentId, Today.date().minusMonths(7), 30);

        // the member files a claim from a phone
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signIn(username, TestClaims.PASSWORD);
        open("/me");
        click(By.id("me-coverage"));
        click(By.id("claim-new-" + plan.code()));
        waitFor(By.id("claim-form"));
        setDate("admission", Today.date().minusDays(12));
        setDate("discharge", Today.date().minusDays(6));
        browser.findElement(By.id("hospital")).sendKeys("西安市中心医院");
        browser.findElement(By.id("diagnosis")).sendKeys("急性胆囊炎");
        browser.findElement(By.id("invoiceTotal")).sendKeys("12000");
        browser.findElement(By.id("basicInsurancePaid")).clear();
        browser.findElement(By.id("basicInsurancePaid")).sendKeys("4000");
        browser.findElement(By.id("selfPaid")).sendKeys("8000");
        browser.findElement(By.id("invoiceNumbers")).sendKeys(TestClaims.invoice());
        browser.findElement(By.id("diagnosisFile")).sendKeys(pdf(dir, "diagnosis.pdf").toString());
        browser.findElement(By.id("invoiceFile")).sendKeys(pdf(dir, "invoice.pdf").toString());
        click(By.id("claim-save"));
        assertThat(waitFor(By.id("claim-state")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("claim-documents")).getText()).contains("diagnosis.pdf", "invoice.pdf");
        String claimUrl = browser.getCurrentUrl();
        click(By.id("claim-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "已提交"));

        // the reviewer asks for more information
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("reviewer");
        open("/mutualaid/claims?planId=" + plan.id());
        click(By.cssSelector("#claims-queue a"));
        click(By.id("claim-start-review"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "审核中"));
        browser.findElement(By.id("more-info-question")).sendKeys("请补充出院小结");
        click(By.id("claim-more-info"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "待补充材料"));

        // the member answers with a discharge summary
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signIn(username, TestClaims.PASSWORD);
        browser.get(claimUrl);
        assertThat(waitFor(By.id("open-question")).getText()).contains("请补充出院小结");
        browser.findElement(By.id("answer-text")).sendKeys("已上传出院小结");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("answer-kind")))
                .selectByValue("DISCHARGE_SUMMARY");
        browser.findElement(By.id("answer-file")).sendKeys(pdf(dir, "discharge.pdf").toString());
        click(By.id("answer-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "审核中"));

        // the reviewer approves with the calculated amount and its explanation in view
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAsDemo("reviewer");
        browser.get(claimUrl);
        String explanation = waitFor(By.id("explanation")).getText();
        assertThat(explanation).contains("起付线 1,000.00", "给付比例 60%", "年度封顶：已用 0.00（封顶 30,000.00）");
        assertThat(browser.findElement(By.id("calculated-amount")).getText()).contains("4,200.00");
        assertThat(browser.findElement(By.id("claim-documents")).getText()).contains("discharge.pdf");
        click(By.id("claim-approve"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "已核准"));
        assertThat(browser.findElement(By.id("claim-approved-amount")).getText()).isEqualTo("4,200.00");

        // the payout is approved by an ADMIN (not the proposer) and paid through a bank batch
        long claimId = Long.parseLong(claimUrl.substring(claimUrl.lastIndexOf('/') + 1));
        PayoutView payout = people.as("admin", () -> payoutQueries.liveFor(PayoutSourceType.CLAIM, claimId)).orElseThrow();
        assertThat(payout.amount()).isEqualByComparingTo(new BigDecimal("4200.00"));
        people.givePayableAccount(payout.payeeWorkerId());
        people.as("admin", () -> payouts.approve(payout.id()));
        BatchView gathered = people.as("admin", () -> batches.gather());
        BatchView batch = people.as("admin", () -> batches.send(gathered.id()));
        people.as("admin", () -> bankResults.importResults(batch.id(), ("reference,status,reason\n" + payout.reference()
                + ",PAID,\n").getBytes(StandardCharsets.UTF_8)));

        // the member sees PAID
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        signIn(username, TestClaims.PASSWORD);
        open("/me/coverage");
        assertThat(waitFor(By.id("my-claim-state-" + claimId)).getText()).isEqualTo("已给付");
        browser.get(claimUrl);
        assertThat(waitFor(By.id("claim-state")).getText()).isEqualTo("已给付");
        screenshot("mutualaid-claim-paid");
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, date.toString());
    }

    private static Path pdf(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, TestClaims.PDF);
        return file.toAbsolutePath();
    }
}
