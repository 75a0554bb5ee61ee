package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.support.Today;

/**
 * Issue 14's journey of a worker serving themselves, on a phone and at a desk: a parent registers at /register,
 * opens student aid, adds her daughter from the apply form ("add a household member" returns to the form with the
 * daughter chosen), applies; the caseworker approves and the payout is paid through a bank batch; the parent sees
 * the paid payout at /me/payouts and her daughter at /me/household.
 */
class SelfServiceJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    People people;
    @Autowired
    Households households;
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
    @Autowired
    Payouts payouts;
    @Autowired
    PayoutQueries payoutQueries;
    @Autowired
    DisbursementBatches batches;
    @Autowired
    BankResults bankResults;

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {true, false})
    void aSelfRegisteredParentAddsHerChildAppliesForStudentAidAndSeesThePaidPayout(boolean phone) throws Exception {
        TestPeople test = new TestPeople(people, users, jdbc);
        TestProgrammes data = new TestProgrammes(test, people, households, files, programmes, applications, funding,
                jdbc);
        ProgrammeView programme = data.create(new ProgrammeDetails(TestPeople.freshName("自助助学"),
                ProgrammeKind.STUDENT_AID, 0, "", Today.date().minusMonths(1), Today.date().plusMonths(11),
                Today.date().minusDays(1), Today.date().plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, false,
                null, null, null, null, 1,
                List.of(EligibilityRule.list(RuleType.SCHOOL_STAGE, SchoolStage.SENIOR_HIGH)),
                List.of(new ProgrammeQuestion("是否已获得其他助学资助?", false)),
                List.of(new BenefitTier(TierHousehold.FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("3000")),
                        new BenefitTier(TierHousehold.NOT_FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("2000")))));
        data.fund(programme.id(), "20000.00");
        if (phone) {
            usePhoneWindow();
        }

        // the parent registers herself and signs in
        String name = TestPeople.freshName("自助家长");
        String username = "self-parent-" + System.nanoTime() % 1_000_000;
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT-KD'", Long.class);
        open("/register");
        waitFor(By.id("name")).sendKeys(name);
        browser.findElement(By.id("nationalId")).sendKeys(TestPeople.freshNationalId());
        browser.findElement(By.id("phone")).sendKeys("13612345670");
        new Select(browser.findElement(By.id("branchId"))).selectByValue(String.valueOf(branch));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("parent-password-1");
        browser.findElement(By.id("confirmPassword")).sendKeys("parent-password-1");
        click(By.id("register-submit"));
        waitFor(By.id("login-registered"));
        signIn(username, "parent-password-1");
        long workerId = jdbc.queryForObject("select worker_id from user_account where username = ?", Long.class,
                username);

        // the apply form has nobody to choose yet: she adds her daughter from there and comes back with her chosen
        open("/programmes/" + programme.id());
        click(By.id("programme-apply"));
        waitFor(By.id("apply-no-members"));
        click(By.id("apply-add-member"));
        String daughter = TestPeople.freshName("女儿");
        waitFor(By.id("name")).sendKeys(daughter);
        new Select(browser.findElement(By.id("relation"))).selectByValue("CHILD");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('birthDate').value = arguments[0];",
                Today.date().minusYears(16).toString());
        new Select(browser.findElement(By.id("schoolStage"))).selectByValue("SENIOR_HIGH");
        new Select(browser.findElement(By.id("employment"))).selectByValue("STUDENT");
        screenshot("self-service-member-" + (phone ? "phone" : "desktop"));
        click(By.id("my-member-submit"));
        // the form's own address names the apply form (returnTo): wait until the browser has left the form
        wait.until(ExpectedConditions.and(ExpectedConditions.urlContains("/programmes/" + programme.id() + "/apply"),
                ExpectedConditions.not(ExpectedConditions.urlContains("/me/household"))));
        long memberId = jdbc.queryForObject("select id from household_member where name = ?", Long.class, daughter);
        assertThat(new Select(waitFor(By.id("memberId"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(memberId));
        assertThat(waitFor(By.id("flash-success")).getText()).contains("家庭成员已保存");

        click(By.id("answers0_no"));
        browser.findElement(By.id("statement")).sendKeys("女儿在读高中,申请助学。");
        browser.findElement(By.id("documents")).sendKeys(photo().toString());
        click(By.id("application-submit"));
        waitFor(By.id("my-application-state"));
        long applicationId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/me/applications/(\\d+).*", "$1"));
        assertThat(jdbc.queryForObject("select member_id from programme_application where id = ?", Long.class,
                applicationId)).isEqualTo(memberId);

        // the caseworker approves, an admin approves the payout, and it is paid through a bank batch
        test.givePayableAccount(workerId);
        test.as("caseworker", () -> applications.recommend(applicationId, "入户核实,女儿在读高中"));
        test.as("caseworker", () -> applications.approve(applicationId, "同意资助", true));
        PayoutView payout = test.as("admin", () -> payoutQueries.liveFor(PayoutSourceType.APPLICATION, applicationId))
                .orElseThrow();
        test.as("admin2", () -> payouts.approve(payout.id()));
        long batchId = test.as("admin", () -> batches.gather()).id();
        test.as("admin", () -> batches.send(batchId));
        test.as("admin", () -> bankResults.importResults(batchId,
                ("reference,status,reason\n" + payout.reference() + ",PAID,\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select state from payout where id = ?", String.class, payout.id()))
                .isEqualTo("PAID");

        // she finds the paid payout under her menu, at /me/payouts
        open("/me");
        if (phone) {
            click(By.cssSelector("button.navbar-toggler"));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-my-payouts"))).click();
        var line = waitFor(By.id("my-payout-" + payout.id()));
        assertThat(line.getAttribute("data-state")).isEqualTo("PAID");
        assertThat(line.getText()).contains(programme.name()).contains("2,000.00").contains("已发放");
        screenshot("self-service-payouts-" + (phone ? "phone" : "desktop"));
        open("/me/household");
        assertThat(waitFor(By.id("my-member-" + memberId)).getText()).contains(daughter).contains("高中");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempFile("admission", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file.toAbsolutePath();
    }
}
