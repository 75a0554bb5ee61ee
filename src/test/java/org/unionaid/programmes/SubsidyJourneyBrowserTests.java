package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;

/**
 * Issue 4's journey in a real browser: the demo worker applies for student aid for her daughter with a
 * document (a wrong file first), sees the eligibility result; the caseworker recommends, approves and proposes
 * the payout and cannot approve it; admin approves it, gathers a batch, exports the bank file and imports the
 * bank's result; the worker sees 'paid'.
 */
class SubsidyJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;

    @Test
    void aWorkerIsPaidStudentAidFromApplicationThroughBatchAndBankResult() throws Exception {
        TestProgrammes test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes,
                applications, funding, jdbc);
        ProgrammeView programme = test.create(new ProgrammeDetails(TestPeople.freshName("金秋助学旅程"),
                ProgrammeKind.STUDENT_AID, 0, "", Today.date().minusMonths(1), Today.date().plusMonths(11),
                Today.date().minusDays(1), Today.date().plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, false,
                null, null, null, null, 1,
                List.of(EligibilityRule.list(RuleType.SCHOOL_STAGE, SchoolStage.UNIVERSITY, SchoolStage.SENIOR_HIGH)),
                List.of(new ProgrammeQuestion("是否已获得其他助学资助?", false)),
                List.of(new BenefitTier(TierHousehold.FILED, SchoolStage.UNIVERSITY, new BigDecimal("5000")),
                        new BenefitTier(TierHousehold.FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("3000")),
                        new BenefitTier(TierHousehold.NOT_FILED, SchoolStage.UNIVERSITY, new BigDecimal("4000")),
                        new BenefitTier(TierHousehold.NOT_FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("2000")))));
        test.fund(programme.id(), "50000.00");

        // the worker applies on her phone; a wrong file is refused and the form keeps what she typed
        signInAsDemo("worker");
        usePhoneWindow();
        open("/programmes/" + programme.id());
        click(By.id("programme-apply"));
        Long daughter = jdbc.queryForObject("select id from household_member where name = '李小雨'", Long.class);
        new Select(waitFor(By.id("memberId"))).selectByValue(String.valueOf(daughter));
        click(By.id("answers0_no"));
        browser.findElement(By.id("statement")).sendKeys("女儿在读高中,丈夫重病。");
        Path wrong = Files.createTempFile("admission", ".pdf");
        Files.writeString(wrong, "MZ this is not a pdf at all", StandardCharsets.UTF_8);
        browser.findElement(By.id("documents")).sendKeys(wrong.toAbsolutePath().toString());
        click(By.id("application-submit"));
        waitFor(By.id("form-errors"));
        assertThat(browser.findElement(By.id("statement")).getAttribute("value")).isEqualTo("女儿在读高中,丈夫重病。");
        assertThat(browser.findElement(By.id("answers0_no")).isSelected()).isTrue();
        browser.findElement(By.id("documents")).sendKeys(photo().toString());
        click(By.id("application-submit"));
        waitFor(By.id("my-application-state"));
        assertThat(browser.findElement(By.id("eligibility-verdict")).getAttribute("data-eligible")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector(".rule-result[data-passed='true']"))).hasSize(3);
        assertThat(pageText()).contains("3000.00");
        long applicationId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/me/applications/(\\d+).*", "$1"));
        assertThat(jdbc.queryForObject("select count(*) from document where owner_type = 'APPLICATION' and owner_id = ?",
                Integer.class, applicationId)).isEqualTo(1);

        // the caseworker recommends, approves and proposes the payout
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signInAsDemo("caseworker");
        open("/applications/" + applicationId);
        waitFor(By.id("recommend-text")).sendKeys("入户核实,女儿在读高中,情况属实");
        click(By.id("recommend-submit"));
        waitFor(By.id("approve-text")).sendKeys("同意按建档家庭高中档次资助");
        click(By.id("approve-submit"));
        waitFor(By.cssSelector(".application-payout"));
        long payoutId = Long.parseLong(browser.findElement(By.cssSelector(".application-payout"))
                .getAttribute("data-payout-id"));
        String payoutReference = browser.findElement(By.cssSelector(".application-payout a")).getText();
        assertThat(state(applicationId)).isEqualTo("APPROVED");

        // the proposer has no approve button, and the server refuses the request anyway
        open("/payouts/" + payoutId);
        waitFor(By.id("payout-state"));
        assertThat(browser.findElements(By.id("payout-approve"))).isEmpty();
        assertThat(post("/payouts/" + payoutId + "/approve")).isIn(403L, 404L);
        assertThat(payoutState(payoutId)).isEqualTo("PROPOSED");

        // admin approves, gathers a batch, exports the bank file and imports the bank's result
        browser.manage().deleteAllCookies();
        signInAsDemo("admin");
        open("/payouts/" + payoutId);
        click(By.id("payout-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));
        open("/payouts/batches");
        click(By.id("batch-gather"));
        waitFor(By.id("batch-line-" + payoutId));
        click(By.id("batch-send"));
        waitFor(By.id("batch-csv"));
        String bankFile = get(browser.findElement(By.id("batch-csv")).getAttribute("href"));
        assertThat(bankFile).contains(payoutReference).contains("3000.00");
        Path result = Files.createTempFile("bank-result", ".csv");
        Files.writeString(result, "reference,status,reason\n" + payoutReference + ",PAID,\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("result-file")).sendKeys(result.toAbsolutePath().toString());
        click(By.id("batch-results-submit"));
        waitFor(By.id("batch-outcome"));
        assertThat(payoutState(payoutId)).isEqualTo("PAID");
        assertThat(state(applicationId)).isEqualTo("PAID");

        // the worker sees that it was paid
        browser.manage().deleteAllCookies();
        signInAsDemo("worker");
        open("/me/applications/" + applicationId);
        assertThat(waitFor(By.id("my-payout-state")).getAttribute("data-payout-state")).isEqualTo("PAID");
        assertThat(browser.findElement(By.id("my-application-state")).getAttribute("data-state")).isEqualTo("PAID");
        assertThat(browser.findElement(By.id("my-payout-state")).getText()).contains("已发放");
    }

    private String state(long applicationId) {
        return jdbc.queryForObject("select state from programme_application where id = ?", String.class,
                applicationId);
    }

    private String payoutState(long payoutId) {
        return jdbc.queryForObject("select state from payout where id = ?", String.class, payoutId);
    }

    /** A POST from the signed-in page with its CSRF token, as a crafted request would be; returns the status. */
    private long post(String path) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="_csrf"]').content;
                const header = document.querySelector('meta[name="_csrf_header"]').content;
                fetch(arguments[0], {method: 'POST', headers: {[header]: token}, redirect: 'manual'})
                    .then(r => done(r.status)).catch(e => done(-1));""", path);
        return ((Number) status).longValue();
    }

    /** A download through the signed-in session, as text. */
    private String get(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed ' + e));""", url);
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempFile("admission", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file.toAbsolutePath();
    }
}
