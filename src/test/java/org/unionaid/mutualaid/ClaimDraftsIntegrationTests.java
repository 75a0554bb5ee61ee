package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.documents.DocumentKind;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Issue 14, item 4: a claim draft that can never be submitted says why instead of showing a benefit, and its owner
 * deletes it with its documents; nobody else can, and a submitted claim is not deleted.
 */
class ClaimDraftsIntegrationTests extends IntegrationTestSupport {

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
    ClaimQueries claimQueries;
    @Autowired
    ClaimDrafts drafts;
    @Autowired
    Users users;

    TestPeople people;
    TestClaims data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        today = Today.date();
    }

    ClaimView draftInWaitingPeriod(TestClaims.Member member, PlanView plan) {
        return people.as(member.username(), () -> {
            ClaimView draft = claims.file(TestClaims.claim(plan, today.minusDays(20), 3, "90000.00", "0.00",
                    TestClaims.invoice()));
            claims.attach(draft.id(), DocumentKind.INVOICE, "invoice.pdf", TestClaims.PDF);
            return draft;
        });
    }

    @Test
    void aDraftInsideTheWaitingPeriodShowsWhyItCannotBeSubmittedAndNoBenefit() throws Exception {
        PlanView plan = data.plan(90, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(60));
        ClaimView draft = draftInWaitingPeriod(member, plan);

        ClaimView view = people.as(member.username(), () -> claimQueries.get(draft.id()));
        assertThat(view.blocker()).isNotNull();
        assertThat(view.blocker().key()).isEqualTo("claim.refused.waitingPeriod");
        assertThat(view.explanation()).isNull();
        String page = mvc.perform(get("/mutualaid/claims/" + draft.id()).with(user(people.user(member.username())))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("claim-blocker").contains("inside the waiting period")
                .doesNotContain("calculated-amount").doesNotContain("id=\"claim-submit\"")
                .contains("claim-delete-submit");

        // a draft that can be submitted still shows its benefit
        PlanView open = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member covered = data.member(open, today.minusDays(100));
        ClaimView fine = people.as(covered.username(), () -> claims.file(TestClaims.claim(open, today.minusDays(10), 3,
                "3000.00", "0.00")));
        ClaimView fineView = people.as(covered.username(), () -> claimQueries.get(fine.id()));
        assertThat(fineView.blocker()).isNull();
        assertThat(fineView.explanation()).isNotNull();
    }

    @Test
    void theOwnerDeletesADraftWithItsDocumentsAndItIsAudited() throws Exception {
        PlanView plan = data.plan(90, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(60));
        ClaimView draft = draftInWaitingPeriod(member, plan);
        long documentId = jdbc.queryForObject("select id from document where owner_type = 'CLAIM' and owner_id = ?",
                Long.class, draft.id());

        mvc.perform(post("/mutualaid/claims/" + draft.id() + "/delete").with(user(people.user(member.username())))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/coverage"));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where id = ?", Integer.class, draft.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, documentId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_content where document_id = ?", Integer.class,
                documentId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim_invoice where claim_id = ?",
                Integer.class, draft.id())).isZero();
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'MutualAidClaim' "
                + "and entity_id = ? order by id", String.class, String.valueOf(draft.id())))
                .containsSubsequence("FILE", "DELETE_DRAFT");
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'Document' "
                + "and entity_id = ? order by id", String.class, String.valueOf(documentId)))
                .containsExactly("UPLOAD", "DELETE");
    }

    @Test
    void anotherUserCannotDeleteTheDraftAndASubmittedClaimIsNotDeleted() throws Exception {
        PlanView plan = data.plan(90, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(60));
        ClaimView draft = draftInWaitingPeriod(member, plan);
        TestClaims.Member other = data.member(plan, today.minusDays(60));

        mvc.perform(post("/mutualaid/claims/" + draft.id() + "/delete").with(user(people.user(other.username())))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mutualaid/claims/" + draft.id() + "/delete").with(user(people.user("reviewer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where id = ?", Integer.class, draft.id()))
                .isOne();

        PlanView open = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member covered = data.member(open, today.minusDays(100));
        ClaimView submitted = data.submitted(covered, TestClaims.claim(open, today.minusDays(10), 3, "3000.00",
                "0.00"));
        assertThatThrownBy(() -> people.as(covered.username(), () -> {
            drafts.delete(submitted.id());
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("claim.delete.notDraft"));
        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class,
                submitted.id())).isEqualTo("SUBMITTED");
    }
}
