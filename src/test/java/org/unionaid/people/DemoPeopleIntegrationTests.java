package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** The demo registry: workers in both cities, households, and the demo user linked to their record. */
class DemoPeopleIntegrationTests extends IntegrationTestSupport {

    @Test
    void demoWorkersAreSpreadOverBothCitiesWithHouseholds() {
        assertThat(countInSubtree("SN-XA")).isGreaterThanOrEqualTo(100);
        assertThat(countInSubtree("SN-BJ")).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from household_member", Integer.class)).isGreaterThan(100);
    }

    @Test
    void demoUserWorkerIsLinkedToTheirOwnRecord() {
        String name = jdbc.queryForObject("""
                select w.name from worker w join user_account u on u.worker_id = w.id where u.username = 'worker'""",
                String.class);
        assertThat(name).isEqualTo("王秀兰");
    }

    private int countInSubtree(String code) {
        Integer count = jdbc.queryForObject("""
                select count(*) from worker w join branch b on b.id = w.branch_id
                 where b.path like (select path from branch where code = ?) || '%'""", Integer.class, code);
        return count == null ? 0 : count;
    }
}
