package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** The demo data holds plan-measure payouts in every state, a settled batch, a reissue and a delivery. */
class DemoPayoutsIntegrationTests extends IntegrationTestSupport {

    @Test
    void demoPayoutsCoverEveryState() {
        List<String> states = jdbc.queryForList(
                "select distinct state from payout where source_type = 'PLAN_MEASURE' and purpose not like '测试%'",
                String.class);
        assertThat(states).contains("PROPOSED", "APPROVED", "REJECTED", "IN_BATCH", "PAID", "FAILED", "CANCELLED");
        assertThat(jdbc.queryForObject("""
                select count(*) from payout p join payout f on f.id = p.reissue_of
                 where f.state = 'FAILED' and p.source_type = 'PLAN_MEASURE'""", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from payout where delivered_by is not null and state = 'PAID'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from payout where source_type = 'PLAN_MEASURE' and state = 'PROPOSED'
                   and first_approved_by is not null""", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from disbursement_batch_item where result = 'PAID'",
                Long.class)).isPositive();
    }
}
