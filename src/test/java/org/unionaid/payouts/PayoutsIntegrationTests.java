package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

@RecordApplicationEvents
class PayoutsIntegrationTests extends PayoutsTestSupport {

    @Autowired
    ApplicationEvents events;

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---- proposing and funding -------------------------------------------------------------------

    @Test
    void proposalIsSplitAutomaticallyOverTheProgrammesSourcesInIdOrder() {
        long programme = TestPayouts.freshId();
        FundingSourceView first = test.source(programme, "300.00");
        FundingSourceView second = test.source(programme, "1000.00");
        PayoutView payout = test.proposeCash(programme, "500.00");
        assertThat(payout.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(payout.reference()).startsWith("PO-");
        assertThat(payout.split()).extracting(FundingShareView::fundingSourceId, FundingShareView::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), new BigDecimal("300.00")),
                        org.assertj.core.groups.Tuple.tuple(second.id(), new BigDecimal("200.00")));
        // nothing is committed before approval
        assertThat(test.available(first.id())).isEqualByComparingTo("300.00");
        BigDecimal rowsSum = jdbc.queryForObject("select sum(amount) from payout_funding where payout_id = ?",
                BigDecimal.class, payout.id());
        assertThat(rowsSum).isEqualByComparingTo("500.00");
    }

    @Test
    void coFundedPayoutCommitsEachShareAndPaysItOnDelivery() {
        long programme = TestPayouts.freshId();
        long partnerUser = jdbc.queryForObject("select id from user_account where username = 'partner'", Long.class);
        FundingSourceView union = test.source(programme, "1000.00");
        FundingSourceView partner = test.partnerSource(programme, "1000.00", partnerUser);
        PayoutView payout = test.propose(test.command(programme, PayoutKind.IN_KIND, "500.00", List.of(
                new FundingShare(union.id(), new BigDecimal("250.00")),
                new FundingShare(partner.id(), new BigDecimal("250.00")))));
        test.approve("admin", payout.id());
        assertThat(test.column(union.id(), "committed")).isEqualByComparingTo("250.00");
        assertThat(test.column(partner.id(), "committed")).isEqualByComparingTo("250.00");
        BudgetUse use = funding.useOf(programme);
        assertThat(use.allocated()).isEqualByComparingTo("2000.00");
        assertThat(use.committed()).isEqualByComparingTo("500.00");
        assertThat(use.available()).isEqualByComparingTo("1500.00");
    }

    @Test
    void splitWhoseSumDiffersFromTheAmountIsRefused() {
        long programme = TestPayouts.freshId();
        FundingSourceView source = test.source(programme, "1000.00");
        refused(() -> test.propose(test.command(programme, PayoutKind.CASH, "500.00",
                List.of(new FundingShare(source.id(), new BigDecimal("400.00"))))), "payout.split.sumMismatch");
    }

    @Test
    void splitOnAnotherProgrammesSourceIsRefused() {
        long programme = TestPayouts.freshId();
        FundingSourceView other = test.source(TestPayouts.freshId(), "1000.00");
        test.source(programme, "1000.00");
        refused(() -> test.propose(test.command(programme, PayoutKind.CASH, "100.00",
                List.of(new FundingShare(other.id(), new BigDecimal("100.00"))))), "payout.split.otherProgramme");
    }

    @Test
    void proposalBeyondTheProgrammesAvailableFundingIsRefused() {
        long programme = test.programme("100.00", "50.00");
        refused(() -> test.proposeCash(programme, "150.01"), "payout.funding.programmeInsufficient");
    }

    @Test
    void cashOnANoCashProgrammeIsRefused() {
        long programme = test.programme("1000.00");
        ProposePayout cash = test.cash(programme, "100.00");
        ProposePayout noCash = new ProposePayout(cash.sourceType(), cash.sourceId(), cash.branchId(),
                cash.payeeWorkerId(), programme, PayoutKind.CASH, cash.amount(), null, null, false, null, "x");
        refused(() -> test.propose(noCash), "payout.cash.notAllowed");
        ProposePayout inKind = new ProposePayout(cash.sourceType(), cash.sourceId(), cash.branchId(),
                cash.payeeWorkerId(), programme, PayoutKind.IN_KIND, cash.amount(), "米面油", 2, false, null, "x");
        assertThat(test.propose(inKind).state()).isEqualTo(PayoutState.PROPOSED);
    }

    @Test
    void aSecondLivePayoutForTheSameOriginIsRefused() {
        long programme = test.programme("1000.00");
        PayoutView first = test.proposeCash(programme, "100.00");
        ProposePayout again = new ProposePayout(first.sourceType(), first.sourceId(), first.branchId(),
                first.payeeWorkerId(), programme, PayoutKind.CASH, new BigDecimal("100.00"), null, null, true, null,
                "again");
        refused(() -> test.propose(again), "payout.live.exists");
        // once rejected, the origin may get a new payout
        test.people.as("admin", () -> payouts.reject(first.id(), "金额有误"));
        assertThat(test.propose(again).state()).isEqualTo(PayoutState.PROPOSED);
    }

    @Test
    void theDatabaseRefusesASecondLivePayoutEvenWithoutTheCheck() {
        long programme = test.programme("1000.00");
        PayoutView first = test.proposeCash(programme, "100.00");
        assertThatThrownBy(() -> jdbc.update("""
                insert into payout (reference, source_type, source_id, branch_id, payee_worker_id, form, amount,
                                    purpose, state, proposed_by, proposed_by_name, proposed_at)
                select 'PO-X' || id, source_type, source_id, branch_id, payee_worker_id, form, amount, purpose,
                       'PROPOSED', proposed_by, proposed_by_name, now() from payout where id = ?""", first.id()))
                .hasMessageContaining("payout_live_source_uq");
    }

    @Test
    void theDatabaseRefusesFundingRowsThatDoNotAddUpToTheAmount() {
        long programme = TestPayouts.freshId();
        test.source(programme, "1000.00");
        FundingSourceView other = test.source(programme, "1000.00");
        PayoutView payout = test.proposeCash(programme, "100.00");
        assertThatThrownBy(() -> jdbc.update("insert into payout_funding (payout_id, funding_source_id, amount) "
                + "values (?, ?, 1.00)", payout.id(), other.id())).hasMessageContaining("funding rows sum to");
    }

    @Test
    void theDatabaseRefusesABudgetBelowZero() {
        FundingSourceView source = test.source(TestPayouts.freshId(), "100.00");
        assertThatThrownBy(() -> jdbc.update("update funding_source set committed = 100.01 where id = ?",
                source.id())).hasMessageContaining("funding_source_available_check");
    }

    // ---- maker-checker ---------------------------------------------------------------------------

    @Test
    void adminApprovesAndFundingIsCommittedAndThePayeeWithAnAccountIsNotified() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "400.00");
        String workerUser = "payee" + TestPayouts.freshId();
        users.create(new Users.CreateUser(workerUser, "test-password-123", workerUser,
                test.yanta(), java.util.Set.of(Role.WORKER), null, proposed.payeeWorkerId()));
        PayoutView approved = test.approve("admin", proposed.id());
        assertThat(approved.state()).isEqualTo(PayoutState.APPROVED);
        assertThat(approved.approvedBy()).isNotNull();
        long source = approved.split().get(0).fundingSourceId();
        assertThat(test.column(source, "committed")).isEqualByComparingTo("400.00");
        assertThat(test.available(source)).isEqualByComparingTo("600.00");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join user_account u on u.id = n.recipient_user_id
                 where u.username = ? and n.kind = 'PAYOUT_STATE'""", Long.class, workerUser)).isEqualTo(1);
    }

    @Test
    void proposerCanNeverApproveTheirOwnPayout() {
        String makerAdmin = test.user("makeradmin", "SN-XA", Role.ADMIN, Role.CASEWORKER);
        long programme = test.programme("1000.00");
        PayoutView own = test.people.as(makerAdmin, () -> payouts.propose(test.cash(programme, "100.00")));
        refused(() -> test.approve(makerAdmin, own.id()), "payout.approve.ownProposal");
        assertThat(test.state(own.id())).isEqualTo("PROPOSED");
        assertThat(test.people.as(makerAdmin, () -> payoutQueries.mayApprove(own))).isFalse();
        assertThat(test.people.as("admin", () -> payoutQueries.mayApprove(own))).isTrue();
    }

    @Test
    void nonAdminsCannotApprove() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        assertThatThrownBy(() -> test.approve("caseworker", proposed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> test.approve("auditor", proposed.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aboveTheLimitASecondDifferentAdminMustApprove() {
        assertThat(payoutQueries.secondApprovalAbove()).isEqualByComparingTo("10000.00");
        long programme = test.programme("50000.00");
        PayoutView big = test.proposeCash(programme, "10000.01");
        PayoutView first = test.approve("admin", big.id());
        assertThat(first.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(first.firstApprovedBy()).isNotNull();
        assertThat(test.available(first.split().get(0).fundingSourceId())).isEqualByComparingTo("50000.00");
        // the same admin again changes nothing
        PayoutView again = test.approve("admin", big.id());
        assertThat(again.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(again.version()).isEqualTo(first.version());
        PayoutView second = test.approve("admin2", big.id());
        assertThat(second.state()).isEqualTo(PayoutState.APPROVED);
        assertThat(second.approvedBy()).isNotEqualTo(second.firstApprovedBy());
        assertThat(test.auditActions(big.id())).containsExactly("PROPOSE", "APPROVE_FIRST", "APPROVE");
        // exactly at the limit one approval is enough
        PayoutView atLimit = test.proposeCash(programme, "10000.00");
        assertThat(test.approve("admin", atLimit.id()).state()).isEqualTo(PayoutState.APPROVED);
    }

    @Test
    void approvingTwiceChangesNothing() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        PayoutView once = test.approve("admin", proposed.id());
        PayoutView twice = test.approve("admin", proposed.id());
        PayoutView byOther = test.approve("admin2", proposed.id());
        assertThat(twice.version()).isEqualTo(once.version());
        assertThat(byOther.approvedBy()).isEqualTo(once.approvedBy());
        assertThat(test.column(once.split().get(0).fundingSourceId(), "committed")).isEqualByComparingTo("100.00");
        assertThat(test.auditActions(proposed.id())).containsExactly("PROPOSE", "APPROVE");
    }

    @Test
    void approvalWithoutEnoughFundingIsRefusedAndThePayoutStaysProposed() {
        long programme = TestPayouts.freshId();
        FundingSourceView source = test.source(programme, "150.00");
        PayoutView a = test.proposeCash(programme, "100.00");
        PayoutView b = test.proposeCash(programme, "100.00");
        test.approve("admin", a.id());
        assertThatThrownBy(() -> test.approve("admin", b.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("payout.funding.insufficient");
                    assertThat(e.args()).contains(source.name(), "50.00", "100.00");
                });
        assertThat(test.state(b.id())).isEqualTo("PROPOSED");
        assertThat(test.available(source.id())).isEqualByComparingTo("50.00");
    }

    // ---- the other transitions -------------------------------------------------------------------

    @Test
    void rejectNeedsAReasonAndIsFinal() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        refused(() -> test.people.as("admin", () -> payouts.reject(proposed.id(), " ")), "payout.reason.required");
        PayoutView rejected = test.people.as("admin", () -> payouts.reject(proposed.id(), "材料不全"));
        assertThat(rejected.state()).isEqualTo(PayoutState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("材料不全");
        refused(() -> test.approve("admin", proposed.id()), "payout.transition.illegal");
        refused(() -> test.people.as("admin", () -> payouts.cancel(proposed.id(), "x")), "payout.transition.illegal");
        refused(() -> test.people.as("admin", () -> payouts.reissue(proposed.id())), "payout.transition.illegal");
        assertThat(test.auditActions(proposed.id())).containsExactly("PROPOSE", "REJECT");
    }

    @Test
    void cancellingAnApprovedPayoutReleasesItsFunding() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "300.00");
        long source = proposed.split().get(0).fundingSourceId();
        test.approve("admin", proposed.id());
        assertThat(test.available(source)).isEqualByComparingTo("700.00");
        PayoutView cancelled = test.people.as("admin", () -> payouts.cancel(proposed.id(), "重复申请"));
        assertThat(cancelled.state()).isEqualTo(PayoutState.CANCELLED);
        assertThat(test.available(source)).isEqualByComparingTo("1000.00");
        assertThat(test.column(source, "committed")).isEqualByComparingTo("0.00");
        refused(() -> test.approve("admin", proposed.id()), "payout.transition.illegal");
        assertThat(test.auditActions(proposed.id())).containsExactly("PROPOSE", "APPROVE", "CANCEL");
        assertThat(jdbc.queryForList("select kind from funding_movement where payout_id = ? order by id",
                String.class, proposed.id())).containsExactly("COMMIT", "RELEASE");
    }

    @Test
    void cancellingAProposedPayoutReleasesNothing() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "300.00");
        test.people.as("admin", () -> payouts.cancel(proposed.id(), "撤回"));
        assertThat(test.available(proposed.split().get(0).fundingSourceId())).isEqualByComparingTo("1000.00");
    }

    @Test
    void inKindPayoutIsDeliveredAndPaid() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.propose(test.command(programme, PayoutKind.IN_KIND, "500.00", null));
        refused(() -> test.people.as("admin", () -> payouts.markDelivered(proposed.id(), Today.date(), "李师傅")),
                "payout.transition.illegal");
        test.approve("admin", proposed.id());
        PayoutView paid = test.people.as("caseworker", () -> payouts.markDelivered(proposed.id(),
                Today.date().minusDays(1), "李师傅"));
        assertThat(paid.state()).isEqualTo(PayoutState.PAID);
        assertThat(paid.paidAt()).isNotNull();
        long source = proposed.split().get(0).fundingSourceId();
        assertThat(test.column(source, "paid")).isEqualByComparingTo("500.00");
        assertThat(test.column(source, "committed")).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject("select delivered_by from payout where id = ?", String.class, proposed.id()))
                .isEqualTo("李师傅");
        assertThat(test.auditActions(proposed.id())).containsExactly("PROPOSE", "APPROVE", "DELIVER");
    }

    @Test
    void cashPayoutCannotBeMarkedDelivered() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        test.approve("admin", proposed.id());
        refused(() -> test.people.as("admin", () -> payouts.markDelivered(proposed.id(), Today.date(), "x")),
                "payout.deliver.notInKind");
    }

    @Test
    void plainMeasurePayoutWithoutProgrammeCarriesNoFunding() {
        ProposePayout command = new ProposePayout(PayoutSourceType.PLAN_MEASURE, TestPayouts.freshId(), test.yanta(),
                test.payee(), null, PayoutKind.CASH, new BigDecimal("800.00"), null, null, true, null, "医疗救助");
        PayoutView payout = test.propose(command);
        assertThat(payout.split()).isEmpty();
        assertThat(test.approve("admin", payout.id()).state()).isEqualTo(PayoutState.APPROVED);
    }

    @Test
    void eventsArePublishedInTheTransactionOfTheChange() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        test.approve("admin", proposed.id());
        assertThat(events.stream(PayoutProposed.class)).contains(
                new PayoutProposed(proposed.id(), PayoutSourceType.APPLICATION, proposed.sourceId()));
        assertThat(events.stream(PayoutApproved.class)).contains(
                new PayoutApproved(proposed.id(), PayoutSourceType.APPLICATION, proposed.sourceId(),
                        new BigDecimal("100.00")));
    }

    @Test
    void historyListsEveryTransition() {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        test.approve("admin", proposed.id());
        List<PayoutTransitionView> history = test.people.as("auditor", () -> payoutQueries.history(proposed.id()));
        assertThat(history).extracting(PayoutTransitionView::action).containsExactly("PROPOSE", "APPROVE");
        assertThat(history.get(1).actor()).isEqualTo("admin");
    }

    @Test
    void adminOfAnotherCityGetsNotFound() {
        String baojiAdmin = test.user("bjadmin", "SN-BJ", Role.ADMIN);
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        assertThatThrownBy(() -> test.people.as(baojiAdmin, () -> payoutQueries.get(proposed.id())))
                .isInstanceOf(PayoutNotFoundException.class);
        assertThatThrownBy(() -> test.approve(baojiAdmin, proposed.id())).isInstanceOf(PayoutNotFoundException.class);
        assertThat(test.state(proposed.id())).isEqualTo("PROPOSED");
    }

    @Test
    void partnerSeesOnlyPayoutsItFundsWithThePayeeMasked() {
        long programme = TestPayouts.freshId();
        long partnerUser = jdbc.queryForObject("select id from user_account where username = 'partner'", Long.class);
        test.partnerSource(programme, "1000.00", partnerUser);
        PayoutView funded = test.proposeCash(programme, "100.00");
        PayoutView other = test.proposeCash(test.programme("1000.00"), "100.00");
        PayoutView seen = test.people.as("partner", () -> payoutQueries.get(funded.id()));
        assertThat(seen.payeeName()).endsWith("**");
        assertThatThrownBy(() -> test.people.as("partner", () -> payoutQueries.get(other.id())))
                .isInstanceOf(PayoutNotFoundException.class);
        assertThat(test.people.as("partner", () -> funding.programmesFundedBy(partnerUser))).contains(programme);
    }
}
