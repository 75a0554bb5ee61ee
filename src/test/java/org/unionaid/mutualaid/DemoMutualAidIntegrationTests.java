package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

class DemoMutualAidIntegrationTests extends IntegrationTestSupport {

    @Test
    void demoDataHasBothPlansEnrolmentsOfTheDemoEmployerAndClaimsInEveryState() {
        assertThat(jdbc.queryForList("select type from mutualaid_plan where code in ('HZ-ZY', 'HZ-ZJ') order by code",
                String.class)).containsExactly("CRITICAL_ILLNESS", "HOSPITALISATION");
        assertThat(jdbc.queryForObject("""
                select count(*) from mutualaid_enrolment e join branch b on b.id = e.employer_branch_id
                 join mutualaid_plan p on p.id = e.plan_id where b.code = 'SN-XA-YT-WL' and p.code = 'HZ-ZY'""",
                Integer.class)).isEqualTo(9);
        List<String> states = jdbc.queryForList("""
                select distinct c.state from mutualaid_claim c join mutualaid_plan p on p.id = c.plan_id
                 where p.code in ('HZ-ZY', 'HZ-ZJ')""", String.class);
        assertThat(states).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "IN_REVIEW", "MORE_INFO_REQUESTED",
                "APPROVED", "REJECTED", "PAID");
        assertThat(jdbc.queryForObject("""
                select c.state from mutualaid_claim c join user_account u on u.worker_id = c.worker_id
                 join mutualaid_plan p on p.id = c.plan_id where u.username = 'worker' and p.code = 'HZ-ZY'""",
                String.class)).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("select count(distinct rule_version_id) from mutualaid_claim c "
                + "join mutualaid_plan p on p.id = c.plan_id where p.code = 'HZ-ZY' and c.rule_version_id is not null",
                Integer.class)).isEqualTo(2);
    }
}
