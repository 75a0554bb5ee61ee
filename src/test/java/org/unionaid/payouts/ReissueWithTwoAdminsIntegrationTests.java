package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/**
 * Every way a payout can be proposed, approved, fail at the bank, be reissued and be approved again with exactly
 * two ADMINs (admin, admin2) completes, and nobody approves their own action. A reissue re-sends an approved
 * decision: one approval by the admin who did not reissue it, whatever the amount.
 */
class ReissueWithTwoAdminsIntegrationTests extends PayoutsTestSupport {

    static final List<String> ADMINS = List.of("admin", "admin2");

    static Stream<Arguments> paths() {
        Stream.Builder<Arguments> paths = Stream.builder();
        for (String amount : List.of("800.00", "12000.00")) {
            for (String reissuer : ADMINS) {
                paths.add(Arguments.of("caseworker", amount, reissuer));
            }
        }
        // an ADMIN's own proposal within the limit is approved by the other admin
        for (String proposer : ADMINS) {
            for (String reissuer : ADMINS) {
                paths.add(Arguments.of(proposer, "800.00", reissuer));
            }
        }
        return paths.build();
    }

    @ParameterizedTest(name = "proposed by {0}, {1}, reissued by {2}")
    @MethodSource("paths")
    void everyLegitimatePathIsPaidAndNobodyApprovesTheirOwnAction(String proposer, String amount, String reissuer) {
        long programme = test.programme("50000.00");
        PayoutView proposed = test.people.as(proposer, () -> payouts.propose(test.cash(programme, amount)));
        if (ADMINS.contains(proposer)) {
            assertThatThrownBy(() -> test.approve(proposer, proposed.id())).isInstanceOf(OwnProposalException.class);
        }
        for (String approver : ADMINS.stream().filter(a -> !a.equals(proposer)).toList()) {
            test.approve(approver, proposed.id());
        }
        assertThat(test.state(proposed.id())).isEqualTo("APPROVED");
        settle(proposed, "FAILED,户名与账号不符");
        assertThat(test.state(proposed.id())).isEqualTo("FAILED");

        // the account is fixed, then the failed payout is reissued: same payee, same amount
        test.people.changeAccount("caseworker", proposed.payeeWorkerId(), "中国银行西安分行", "新户名",
                PayableAccountsIntegrationTests.OTHER_CARD);
        PayoutView reissued = test.people.as(reissuer, () -> payouts.reissue(proposed.id()));
        assertThat(reissued.reissueOf()).isEqualTo(proposed.id());
        assertThat(reissued.needsSecondApproval()).isFalse();
        assertThatThrownBy(() -> test.approve(reissuer, reissued.id())).isInstanceOf(OwnProposalException.class);
        String other = ADMINS.stream().filter(a -> !a.equals(reissuer)).findFirst().orElseThrow();
        assertThat(test.approve(other, reissued.id()).state()).isEqualTo(PayoutState.APPROVED);
        settle(reissued, "PAID,");
        assertThat(test.state(reissued.id())).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("select proposed_by <> approved_by from payout where id = ?", Boolean.class,
                reissued.id())).isTrue();
    }

    @Test
    void anAdminsOwnProposalAboveTheLimitNeedsTwoOtherAdmins() {
        long programme = test.programme("50000.00");
        PayoutView own = test.people.as("admin", () -> payouts.propose(test.cash(programme, "12000.00")));
        test.approve("admin2", own.id());
        assertThat(test.state(own.id())).isEqualTo("PROPOSED");
        // the second approval comes from neither the proposer nor the first approver
        assertThatThrownBy(() -> test.approve("admin", own.id())).isInstanceOf(OwnProposalException.class);
        assertThat(test.approve("admin2", own.id()).state()).isEqualTo(PayoutState.PROPOSED);
        String third = test.user("admin3-", "SN-XA", org.unionaid.shared.security.Role.ADMIN);
        assertThat(test.approve(third, own.id()).state()).isEqualTo(PayoutState.APPROVED);
    }

    private void settle(PayoutView payout, String result) {
        BatchView batch = test.people.as("admin", () -> batches.gather());
        assertThat(batch.lines()).anyMatch(l -> l.payoutId() == payout.id());
        test.people.as("admin", () -> batches.send(batch.id()));
        test.people.as("admin", () -> bankResults.importResults(batch.id(), ("reference,status,reason\n"
                + payout.reference() + "," + result + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
