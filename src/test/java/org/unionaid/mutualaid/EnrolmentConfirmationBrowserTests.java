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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Issue 14's done-when for plans, in a real browser: the employer uploads a staff list below the plan's
 * participation floor (refused with the figures), then a valid one; the Yanta district caseworker confirms it; a
 * new member's cover starts at 0:00 tomorrow (after the waiting period for benefits), and the member whose
 * previous term ends today renews without a waiting period. The app clock is not moved: the dates are checked.
 */
class EnrolmentConfirmationBrowserTests extends BrowserTestSupport {

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

    @Test
    void belowTheFloorThenAValidListConfirmedByTheDistrictWithARenewalWithoutWaiting() throws Exception {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        TestClaims data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        LocalDate today = Today.date();
        String code = "F" + TestPeople.freshName("").replace("号", "");
        PlanView plan = people.as("admin", () -> plans.create(new PlanDetails(code, "门槛计划 " + code,
                PlanType.HOSPITALISATION, TestClaims.TERM_START, LocalDate.of(2030, 12, 31), new BigDecimal("60.00"),
                30, true), TestClaims.hospitalRule()));
        // a member of the plan whose term ends today: on the valid list again, as a renewal
        TestClaims.Member renewing = data.member(plan, today.minusMonths(11));
        // from today the union requires at least 3 members of an employer (a new version of the plan's terms)
        people.as("admin", () -> plans.addRules(plan.id(), today, TestClaims.hospitalRule(), new EnrolmentTerms(1,
                null, null, TermKind.CALENDAR_YEAR, 1, LateJoinerRule.FULL_TERM, null, 3)));
        jdbc.update("update mutualaid_enrolment set coverage_end = ? where id = ?", today, renewing.enrolmentId());
        String renewingId = people.as("caseworker", () -> registry.revealNationalId(renewing.workerId()));
        String newName = TestPeople.freshName("新参保");
        String newId = TestPeople.freshNationalId();
        Path dir = Files.createDirectories(Path.of("target/journey"));

        // below the floor: the member renewing and one new member are 2 of the 3 required
        Path small = dir.resolve("floor-" + code + ".csv");
        Files.writeString(small, "姓名,身份证号,电话,计划编号\n" + newName + "," + newId + ",13912345601," + code + "\n",
                StandardCharsets.UTF_8);
        signInAsDemo("employer");
        open("/mutualaid/enrolments");
        browser.findElement(By.id("staff-file")).sendKeys(small.toAbsolutePath().toString());
        click(By.id("upload-submit"));
        assertThat(waitFor(By.id("staff-list-problems")).getText())
                .contains("计划 " + code + "：参保 2 人 < 要求的 3 人");
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ? and status ="
                + " 'SUBMITTED'", Long.class, plan.id())).isZero();

        // a valid list: the renewal and two new members
        Path valid = dir.resolve("valid-" + code + ".csv");
        Files.writeString(valid, "姓名,身份证号,电话,计划编号\n"
                + newName + "," + newId + ",13912345601," + code + "\n"
                + TestPeople.freshName("新参保") + "," + TestPeople.freshNationalId() + ",13912345602," + code + "\n"
                + "续保职工," + renewingId + ",13912345603," + code + "\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("staff-file")).sendKeys(valid.toAbsolutePath().toString());
        click(By.id("upload-submit"));
        assertThat(waitFor(By.id("imported-count")).getText()).contains("3");
        assertThat(browser.findElement(By.id("enrolments")).getText()).contains(newName, "待确认");
        long newWorker = jdbc.queryForObject("select id from worker where name = ?", Long.class, newName);
        String username = "fl" + newWorker;
        users.create(new CreateUser(username, TestClaims.PASSWORD, newName, people.branch("SN-XA-YT-WL"),
                Set.of(Role.WORKER), null, newWorker));

        // the Yanta district caseworker confirms this plan's three (and leaves any other submissions alone)
        browser.manage().deleteAllCookies();
        signInAsDemo("caseworker");
        open("/");
        click(By.id("nav-group-mutualaid"));
        click(By.id("nav-mutualaid-confirmations"));
        waitFor(By.id("pending-check-" + jdbc.queryForObject(
                "select id from mutualaid_enrolment where plan_id = ? and worker_id = ? and status = 'SUBMITTED'",
                Long.class, plan.id(), newWorker)));
        WebElement form = null;
        for (WebElement row : browser.findElements(By.cssSelector("tr[id^='pending-']"))) {
            WebElement box = row.findElement(By.cssSelector("input[name='ids']"));
            boolean ours = row.getText().contains(code);
            if (box.isSelected() != ours) {
                box.click();
            }
            if (ours) {
                form = row.findElement(By.xpath("./ancestor::form"));
            }
        }
        assertThat(form).isNotNull();
        click(By.id(form.getAttribute("id").replace("confirm-form-", "confirm-submit-")));
        assertThat(waitFor(By.id("confirmed-count")).getText()).contains("3");
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ? and status ="
                + " 'CONFIRMED'", Long.class, plan.id())).isEqualTo(4);

        // the new member: covered from 0:00 tomorrow to the end of the calendar year, benefits after 30 days
        browser.manage().deleteAllCookies();
        signIn(username, TestClaims.PASSWORD);
        open("/me/coverage");
        long newEnrolment = jdbc.queryForObject("select id from mutualaid_enrolment where plan_id = ? and worker_id = ?",
                Long.class, plan.id(), newWorker);
        LocalDate tomorrow = today.plusDays(1);
        assertThat(waitFor(By.id("coverage-status-" + newEnrolment)).getText()).isEqualTo("已确认");
        assertThat(browser.findElement(By.id("coverage-dates-" + newEnrolment)).getText())
                .isEqualTo(tomorrow + " 零时起至 " + LocalDate.of(tomorrow.getYear(), 12, 31));
        assertThat(browser.findElement(By.id("coverage-waiting-" + newEnrolment)).getText())
                .isEqualTo(tomorrow.plusDays(30).toString());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user_id = (select id from"
                + " user_account where username = ?) and message_key = 'enrolment.notice.confirmed.member'",
                Long.class, username)).isEqualTo(1);

        // the renewing member: the new term follows the old one without a waiting period
        browser.manage().deleteAllCookies();
        signIn(renewing.username(), TestClaims.PASSWORD);
        open("/me/coverage");
        long renewal = jdbc.queryForObject("select id from mutualaid_enrolment where plan_id = ? and worker_id = ?"
                + " and id <> ?", Long.class, plan.id(), renewing.workerId(), renewing.enrolmentId());
        assertThat(waitFor(By.id("coverage-dates-" + renewal)).getText()).startsWith(tomorrow + " 零时起");
        assertThat(browser.findElement(By.id("coverage-waiting-" + renewal)).getText())
                .isEqualTo(tomorrow + "（续保，无等待期）");
        assertThat(browser.findElement(By.id("coverage-dates-" + renewing.enrolmentId())).getText())
                .endsWith("至 " + today);
    }
}
