package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionaid.support.Today;
import org.unionaid.support.PrometheusScrape;

/**
 * The payouts' figures on /actuator/prometheus move with what an admin does: proposing fills the PROPOSED
 * state, the final approval counts one approved payout and its amount, the delivery one paid payout.
 */
class PayoutMetricsIntegrationTests extends PayoutsTestSupport {

    @Test
    void proposingApprovingAndDeliveringAPayoutMoveTheFigures() throws Exception {
        long programme = test.programme("1000.00");
        PrometheusScrape before = PrometheusScrape.of(port);

        PayoutView proposed = test.propose(test.command(programme, PayoutKind.IN_KIND, "432.10", null));
        PrometheusScrape afterProposal = PrometheusScrape.of(port);
        assertThat(afterProposal.value("unionaid_payouts", "state", "PROPOSED"))
                .isEqualTo(before.value("unionaid_payouts", "state", "PROPOSED") + 1);
        assertThat(afterProposal.value("unionaid_payouts_amount", "state", "PROPOSED"))
                .isCloseTo(before.value("unionaid_payouts_amount", "state", "PROPOSED") + 432.10, within(0.001));

        test.approve("admin", proposed.id());
        PrometheusScrape afterApproval = PrometheusScrape.of(port);
        assertThat(afterApproval.value("unionaid_payouts_approved_total", "source", "APPLICATION"))
                .isEqualTo(before.value("unionaid_payouts_approved_total", "source", "APPLICATION") + 1);
        assertThat(afterApproval.value("unionaid_payouts_approved_amount_total", "source", "APPLICATION"))
                .isCloseTo(before.value("unionaid_payouts_approved_amount_total", "source", "APPLICATION") + 432.10,
                        within(0.001));
        assertThat(afterApproval.value("unionaid_payouts", "state", "APPROVED"))
                .isEqualTo(before.value("unionaid_payouts", "state", "APPROVED") + 1);
        assertThat(afterApproval.value("unionaid_payouts", "state", "PROPOSED"))
                .isEqualTo(before.value("unionaid_payouts", "state", "PROPOSED"));

        test.people.as("caseworker", () -> payouts.markDelivered(proposed.id(), Today.date().minusDays(1), "李师傅"));
        PrometheusScrape afterDelivery = PrometheusScrape.of(port);
        assertThat(afterDelivery.value("unionaid_payouts_paid_total", "source", "APPLICATION"))
                .isEqualTo(before.value("unionaid_payouts_paid_total", "source", "APPLICATION") + 1);
        assertThat(afterDelivery.value("unionaid_payouts_paid_amount_total", "source", "APPLICATION"))
                .isCloseTo(before.value("unionaid_payouts_paid_amount_total", "source", "APPLICATION") + 432.10,
                        within(0.001));
        assertThat(afterDelivery.value("unionaid_payouts", "state", "PAID"))
                .isEqualTo(before.value("unionaid_payouts", "state", "PAID") + 1);
        assertThat(afterDelivery.value("unionaid_payouts_amount", "state", "PAID"))
                .isCloseTo(before.value("unionaid_payouts_amount", "state", "PAID") + 432.10, within(0.001));
        assertThat(afterDelivery.value("unionaid_payouts", "state", "APPROVED"))
                .isEqualTo(before.value("unionaid_payouts", "state", "APPROVED"));
    }
}
