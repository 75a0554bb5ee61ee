package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** The demo data holds the seed programmes, funding by the union and partners, and applications in every state. */
class DemoProgrammesIntegrationTests extends IntegrationTestSupport {

    @Test
    void theSeedProgrammesAreThereWithFundingFromTheUnionAndPartners() {
        assertThat(jdbc.queryForList("select kind from programme where created_by in ('admin', 'admin2')",
                String.class)).contains("STUDENT_AID", "EMPLOYMENT_SUBSIDY", "HOLIDAY_RELIEF", "MODEL_WORKER_CARE",
                "OTHER");
        assertThat(jdbc.queryForObject("select count(*) from programme where no_cash and benefit_form = 'IN_KIND'",
                Integer.class)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select distinct f.kind from funding_source f join programme p on p.id = "
                + "f.programme_id", String.class)).contains("UNION_BUDGET", "PARTNER");
    }

    @Test
    void demoApplicationsCoverEveryStateAndPayoutsSeveral() {
        assertThat(jdbc.queryForList("select distinct state from programme_application", String.class))
                .contains("SUBMITTED", "MORE_INFO_REQUESTED", "RECOMMENDED", "APPROVED", "REJECTED", "PAID",
                        "WITHDRAWN");
        assertThat(jdbc.queryForList("select distinct p.state from payout p join programme_application a on "
                + "p.source_type = 'APPLICATION' and p.source_id = a.id", String.class))
                .contains("PROPOSED", "APPROVED", "REJECTED", "PAID");
        assertThat(jdbc.queryForObject("select count(*) from programme_application a join user_account u on "
                + "u.worker_id = a.worker_id where u.username = 'worker' and a.state = 'PAID'", Integer.class))
                .isEqualTo(1);
    }
}
