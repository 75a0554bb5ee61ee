package org.unionaid.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFileJobs;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.payouts.Funding;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.TestProgrammes;
import org.unionaid.support.BrowserTestSupport;

/**
 * The public notice board as the public and the union use it: a file goes on notice, someone without an account
 * objects on a phone, the file is back in review, the caseworker finds the objection not upheld and notices the
 * file again, and it becomes active; a student-aid award cannot be approved while on notice, and can after.
 */
class NoticeJourneyBrowserTests extends BrowserTestSupport {

    @Autowired People people;
    @Autowired org.unionaid.people.Households households;
    @Autowired UserDetailsService users;
    @Autowired HardshipFiles files;
    @Autowired HardshipFileJobs jobs;
    @Autowired Programmes programmes;
    @Autowired Applications applications;
    @Autowired Funding funding;

    @Test
    void aFileOnNoticeIsObjectedToAnonymouslyAndResolvedAndAStudentAidAwardWaitsForItsNotice() {
        TestPeople test = new TestPeople(people, users, jdbc);
        WorkerView worker = test.register("caseworker", TestPeople.freshName("公示户"), "SN-XA-YT");
        test.as("caseworker", () -> households.updateHousehold(worker.id(),
                new HouseholdDetails("雁塔区公示路 3 号", new BigDecimal("6000.00"), BigDecimal.ZERO)));
        long id = test.as("caseworker", () -> files.open(new OpenFile(worker.id(), null, FilingAnswers.none(), null,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), null))).id();
        org.unionaid.hardship.TestConsents.sign(jdbc, id);
        test.as("caseworker", () -> files.submitForReview(id));

        // the caseworker approves the file: its public notice starts
        signInAsDemo("caseworker");
        open("/hardship/files/" + id);
        click(By.id("action-notice"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "PUBLIC_NOTICE"));

        // someone without an account, on a phone, finds it on the board of Yanta and objects anonymously
        browser.manage().deleteAllCookies();
        usePhoneWindow();
        open("/notices?branch=SN-XA-YT");
        String card = "notice-HARDSHIP_FILE-" + id;
        waitFor(By.id(card));
        String cardText = browser.findElement(By.id(card)).getText();
        assertThat(cardText).contains(worker.name().substring(0, 1) + "*").doesNotContain(worker.name())
                .doesNotContain("公示路");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        screenshot("notice-board-phone");
        click(By.id("object-HARDSHIP_FILE-" + id));
        browser.findElement(By.id("text")).sendKeys("据了解其配偶经营一家餐馆，雇有员工");
        Matcher sum = Pattern.compile("(\\d) \\+ (\\d)").matcher(browser.findElement(By.cssSelector("label[for=answer]")).getText());
        assertThat(sum.find()).isTrue();
        browser.findElement(By.id("answer")).sendKeys(String.valueOf(Integer.parseInt(sum.group(1))
                + Integer.parseInt(sum.group(2))));
        click(By.id("objection-submit"));
        waitFor(By.id("objection-received"));
        assertThat(browser.findElement(By.id("objection-reference")).getText()).isNotBlank();

        // the caseworker finds it in the queue; the file is back in review
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signInAsDemo("caseworker");
        open("/hardship/files/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "IN_REVIEW"));
        open("/objections");
        long objectionId = jdbc.queryForObject("select id from objection where subject_type = 'HARDSHIP_FILE' "
                + "and subject_id = ?", Long.class, id);
        click(By.cssSelector("#objection-" + objectionId + " a"));
        assertThat(waitFor(By.id("objection-text")).getText()).contains("餐馆");
        click(By.id("finding-NOT_UPHELD"));
        browser.findElement(By.id("reason")).sendKeys("入户核实：餐馆系其兄弟所有，配偶无经营收入");
        click(By.id("objection-resolve"));
        waitFor(By.id("flash-success"));
        assertThat(browser.findElement(By.id("objection-state")).getText()).isEqualTo("不成立");

        // notice again; it ends without objection and the file becomes active
        open("/hardship/files/" + id);
        click(By.id("action-notice"));
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "PUBLIC_NOTICE"));
        jdbc.update("update hardship_file set notice_started_on = current_date - 8, notice_ends_on = current_date - 1 "
                + "where id = ?", id);
        jobs.runOnce();
        open("/hardship/files/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("file-state"), "data-state", "ACTIVE"));

        // a student-aid award is on notice: its payout cannot be approved before the notice ended
        TestProgrammes fixture = new TestProgrammes(test, people, households, files, programmes, applications, funding, jdbc);
        ProgrammeDetails base = TestProgrammes.cash("金秋助学公示", List.of(), List.of(), List.of(), "2000.00");
        ProgrammeView studentAid = fixture.create(new ProgrammeDetails(base.name(), ProgrammeKind.STUDENT_AID, 0, "",
                base.periodStart(), base.periodEnd(), base.applyFrom(), base.applyTo(), base.whoMayApply(),
                base.form(), false, base.baseAmount(), null, null, null, 1, List.of(), List.of(), List.of(), true, 7));
        fixture.fund(studentAid.id(), "20000.00");
        long student = fixture.worker(45);
        long child = fixture.child(student, org.unionaid.people.SchoolStage.UNIVERSITY).id();
        ApplicationView nominated = fixture.nominate(studentAid.id(), student, child, List.of());
        test.as("caseworker", () -> applications.recommend(nominated.id(), "成绩优异"));
        ApplicationView approved = test.as("admin", () -> applications.approve(nominated.id(), "同意", true));

        browser.manage().deleteAllCookies();
        signInAsDemo("admin2");
        open("/payouts/" + approved.payoutId());
        click(By.id("payout-approve"));
        assertThat(waitFor(By.id("form-errors")).getText()).contains("公示");
        assertThat(browser.findElement(By.id("payout-state")).getAttribute("data-state")).isEqualTo("PROPOSED");
        jdbc.update("update programme_application set notice_started_on = current_date - 8, "
                + "notice_ends_on = current_date - 1 where id = ?", nominated.id());
        open("/payouts/" + approved.payoutId());
        click(By.id("payout-approve"));
        wait.until(ExpectedConditions.attributeToBe(By.id("payout-state"), "data-state", "APPROVED"));
    }
}
