package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** The demo data shows leads in every state in both cities, and a flagged duplicate. */
class DemoLeadsIntegrationTests extends IntegrationTestSupport {

    @Test
    void demoLeadsCoverEveryNonFiledStateInBothCities() {
        for (String city : List.of("SN-XA", "SN-BJ")) {
            List<String> states = jdbc.queryForList("""
                    select distinct l.state from lead l join branch b on b.id = l.branch_id
                     where l.situation like '[demo]%' and b.code like ? order by 1""", String.class, city + "%");
            assertThat(states).containsExactlyInAnyOrder("NEW", "ASSIGNED", "VERIFYING", "REFERRED", "DISMISSED");
        }
        assertThat(jdbc.queryForObject("select count(*) from lead where situation like '[demo]%' "
                + "and duplicate_reason = 'OPEN_LEAD'", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from verification_visit v join lead l on l.id = v.lead_id "
                + "where l.situation like '[demo]%'", Integer.class)).isEqualTo(2);
    }
}
