package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.documents.DocumentKind;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.BrowserTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Issue 14: a member's claim draft inside the waiting period says why it cannot be submitted (no benefit
 * shown), and the member deletes it after confirming, on a phone and at a desk.
 */
class ClaimDraftBrowserTests extends BrowserTestSupport {

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

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {true, false})
    void aDraftInsideTheWaitingPeriodSaysWhyAndIsDeletedByTheMember(boolean phone) {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        TestClaims data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        LocalDate today = Today.date();
        PlanView plan = data.plan(90, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(60));
        ClaimView draft = people.as(member.username(), () -> {
            ClaimView d = claims.file(TestClaims.claim(plan, today.minusDays(20), 3, "90000.00", "0.00"));
            claims.attach(d.id(), DocumentKind.INVOICE, "invoice.pdf", TestClaims.PDF);
            return d;
        });

        if (phone) {
            usePhoneWindow();
        }
        signIn(member.username(), TestClaims.PASSWORD);
        open("/mutualaid/claims/" + draft.id());
        assertThat(waitFor(By.id("claim-blocker")).getText()).contains("观察期")
                .contains(today.minusDays(60).plusDays(91).toString());
        assertThat(browser.findElements(By.id("calculated-amount"))).isEmpty();
        assertThat(browser.findElements(By.id("claim-submit"))).isEmpty();
        screenshot("claim-draft-blocked-" + (phone ? "phone" : "desktop"));

        click(By.id("claim-delete"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-delete-submit"))).click();
        wait.until(ExpectedConditions.urlContains("/me/coverage"));
        assertThat(waitFor(By.id("flash-success")).getText()).contains("草稿已删除");
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where id = ?", Integer.class,
                draft.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document where owner_type = 'CLAIM' and owner_id = ?",
                Integer.class, draft.id())).isZero();
    }
}
