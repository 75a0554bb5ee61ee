package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** The approver chooses the funding when the proposed split no longer fits the budgets. */
class FundingAtApprovalIntegrationTests extends PayoutsTestSupport {

    @Test
    void whenTheBudgetLineRanOutTheApproverReSplitsOntoANewlyPledgedSource() {
        long programme = TestPayouts.freshId();
        FundingSourceView first = test.source(programme, "2500.00");
        PayoutView a = test.proposeCash(programme, "2500.00");
        PayoutView b = test.proposeCash(programme, "2500.00");
        test.approve("admin", a.id());
        assertThat(test.available(first.id())).isEqualByComparingTo("0.00");

        // the queue shows that the budget no longer covers b, and approving it is refused with the figures
        assertThat(queueRow(b.id()).fundingShort()).isTrue();
        assertThat(test.people.as("admin", () -> payoutQueries.get(b.id())).fundingShort()).isTrue();
        assertThatThrownBy(() -> test.approve("admin", b.id())).isInstanceOf(BusinessRuleException.class)
                .extracting("code").isEqualTo("payout.funding.insufficient");

        FundingSourceView pledged = test.partnerSource(programme, "4000.00",
                jdbc.queryForObject("select id from user_account where username = 'partner'", Long.class));
        List<FundingOption> options = test.people.as("admin", () -> payoutQueries.fundingOptions(b.id()));
        assertThat(options).extracting(FundingOption::sourceId).containsExactly(first.id(), pledged.id());
        assertThat(options.get(0).available()).isEqualByComparingTo("0.00");
        assertThat(options.get(0).share()).isEqualByComparingTo("2500.00");
        assertThat(options.get(1).available()).isEqualByComparingTo("4000.00");

        PayoutView resplit = test.people.as("admin", () -> payouts.resplit(b.id(),
                List.of(new FundingShare(pledged.id(), new BigDecimal("2500.00")))));
        assertThat(resplit.split()).extracting(FundingShareView::fundingSourceId).containsExactly(pledged.id());
        assertThat(resplit.fundingShort()).isFalse();
        assertThat(queueRow(b.id()).fundingShort()).isFalse();
        assertThat(test.auditActions(b.id())).containsExactly("PROPOSE", "RESPLIT");
        assertThat(jdbc.queryForObject("""
                select before_value::text || ' ' || after_value::text from audit_event
                 where entity_type = 'Payout' and entity_id = ? and action = 'RESPLIT'""", String.class,
                String.valueOf(b.id()))).contains(first.id() + ":2500.00").contains(pledged.id() + ":2500.00");

        assertThat(test.approve("admin", b.id()).state()).isEqualTo(PayoutState.APPROVED);
        assertThat(test.available(pledged.id())).isEqualByComparingTo("1500.00");
        assertThat(test.available(first.id())).isEqualByComparingTo("0.00");
    }

    @Test
    void aReSplitMayCoFundAcrossSourcesAndMustAddUpWithinTheProgramme() {
        long programme = TestPayouts.freshId();
        FundingSourceView one = test.source(programme, "100.00");
        FundingSourceView two = test.source(programme, "100.00");
        FundingSourceView elsewhere = test.source(TestPayouts.freshId(), "1000.00");
        PayoutView p = test.proposeCash(programme, "150.00");

        assertThatThrownBy(() -> resplit(p, one.id(), "100.00", two.id(), "40.00"))
                .extracting("code").isEqualTo("payout.split.sumMismatch");
        assertThatThrownBy(() -> resplit(p, elsewhere.id(), "150.00"))
                .extracting("code").isEqualTo("payout.split.otherProgramme");
        assertThatThrownBy(() -> resplit(p, one.id(), "150.00"))
                .extracting("code").isEqualTo(FundingLedger.INSUFFICIENT);
        assertThatThrownBy(() -> resplit(p, one.id(), "-50.00", two.id(), "200.00"))
                .extracting("code").isEqualTo("payout.amount.invalid");
        assertThat(test.auditActions(p.id())).containsExactly("PROPOSE");

        resplit(p, one.id(), "50.00", two.id(), "100.00");
        test.approve("admin", p.id());
        assertThat(test.available(one.id())).isEqualByComparingTo("50.00");
        assertThat(test.available(two.id())).isEqualByComparingTo("0.00");
        // once approved the split is fixed
        assertThatThrownBy(() -> resplit(p, one.id(), "100.00", two.id(), "50.00"))
                .extracting("code").isEqualTo("payout.transition.illegal");
    }

    @Test
    void theProposerNeverChoosesTheFundingOfTheirOwnProposal() {
        long programme = test.programme("1000.00");
        FundingSourceView source = test.source(programme, "1000.00");
        PayoutView own = test.people.as("admin", () -> payouts.propose(test.cash(programme, "10.00")));
        assertThatThrownBy(() -> test.people.as("admin", () -> payouts.resplit(own.id(),
                List.of(new FundingShare(source.id(), new BigDecimal("10.00"))))))
                .isInstanceOf(OwnProposalException.class);
        PayoutView byCaseworker = test.proposeCash(programme, "10.00");
        assertThatThrownBy(() -> test.people.as("caseworker", () -> payouts.resplit(byCaseworker.id(),
                List.of(new FundingShare(source.id(), new BigDecimal("10.00"))))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PayoutView resplit(PayoutView p, Object... idsAndAmounts) {
        List<FundingShare> shares = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndAmounts.length; i += 2) {
            shares.add(new FundingShare((Long) idsAndAmounts[i], new BigDecimal((String) idsAndAmounts[i + 1])));
        }
        return test.people.as("admin", () -> payouts.resplit(p.id(), shares));
    }

    private PayoutSummary queueRow(long id) {
        return test.people.as("admin", () -> payoutQueries.approvalQueue(PageRequest.of(0, 100,
                Sort.by("proposedAt").descending()))).getContent().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
    }
}
