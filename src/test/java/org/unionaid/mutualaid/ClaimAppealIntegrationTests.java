package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.appeals.AppealFilter;
import org.unionaid.appeals.AppealState;
import org.unionaid.appeals.AppealSubjectType;
import org.unionaid.appeals.AppealView;
import org.unionaid.appeals.Appeals;
import org.unionaid.appeals.LodgeAppeal;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * An appeal against a rejected mutual-aid claim (docs/appeals.md): lodged by the claimant, read by the claims
 * reviewers of its scope (not by ADMIN or AUDITOR, who do not read claims), decided by a reviewer other than the
 * one who rejected it; upheld, the claim is back IN_REVIEW for a new decision.
 */
class ClaimAppealIntegrationTests extends IntegrationTestSupport {

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
    Appeals appeals;

    @Test
    void aRejectedClaimIsAppealedAndAnotherReviewerSendsItBackToReview() throws Exception {
        TestPeople people = new TestPeople(registry, userDetails, jdbc);
        TestClaims data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        LocalDate today = Today.date();
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00",
                TestClaims.invoice()));
        people.as("reviewer", () -> claims.reject(claim.id(), "发票不符"));
        String colleague = "appeal-rv" + System.nanoTime();
        people.as("sysadmin", () -> users.create(new Users.CreateUser(colleague, TestClaims.PASSWORD, colleague,
                people.branch("SN-XA"), Set.of(Role.CLAIMS_REVIEWER), null, null)));

        mvc.perform(get("/mutualaid/claims/" + claim.id()).with(user(people.user(member.username()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"appeal-button\"")));
        AppealView appeal = people.as(member.username(), () -> appeals.lodge(new LodgeAppeal(AppealSubjectType.CLAIM,
                claim.id(), "发票已更正", List.of())));
        assertThat(appeal.refusedBy()).isEqualTo("reviewer");
        assertThat(appeal.subjectLink()).isEqualTo("/mutualaid/claims/" + claim.id());

        java.util.function.Function<String, List<Long>> queue = u -> people.as(u, () -> appeals.search(
                AppealFilter.open(), PageRequest.of(0, 100)).map(AppealView::id).getContent());
        assertThat(queue.apply(colleague)).contains(appeal.id());
        assertThat(queue.apply("admin")).doesNotContain(appeal.id());
        assertThat(queue.apply("auditor")).doesNotContain(appeal.id());
        assertThatThrownBy(() -> people.as("reviewer", () -> appeals.decide(appeal.id(), AppealState.UPHELD, "x",
                appeal.version()))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "appeal.decide.ownRefusal");

        people.as(colleague, () -> appeals.decide(appeal.id(), AppealState.UPHELD, "重新审核发票", appeal.version()));

        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class, claim.id()))
                .isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("select decision_reason from mutualaid_claim where id = ?", String.class,
                claim.id())).isNull();
        ClaimView approved = people.as(colleague, () -> claims.approve(claim.id(), null, null));
        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
    }
}
