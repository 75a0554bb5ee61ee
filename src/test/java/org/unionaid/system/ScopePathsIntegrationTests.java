package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

/**
 * Payouts, applications, claims, files, leads and the claimant summary carry their branch's path for scoped
 * lists (V182, V183, V185, V190, V191): it is set on
 * insert and follows a branch that moves, so a moved union's records leave the old district's lists.
 */
class ScopePathsIntegrationTests extends IntegrationTestSupport {

    static final List<String> SCOPED_TABLES = List.of("payout", "programme_application", "mutualaid_claim",
            "hardship_file", "lead", "mutualaid_claimant_total");

    @Autowired
    Branches branches;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void everyScopedRowCarriesItsBranchsPathAlsoAfterTheBranchMoves() {
        assertAllPathsMatch();
        BranchView union = branches.findByCode("SN-XA-YT-WL");
        BranchView yanta = branches.findByCode("SN-XA-YT");
        BranchView beilin = branches.findByCode("SN-XA-BL");
        long rows = SCOPED_TABLES.stream().mapToLong(t -> jdbc.queryForObject(
                "select count(*) from " + t + " where branch_id = ?", Long.class, union.id())).sum();
        assertThat(rows).as("demo records of the union").isPositive();
        assertThat(branches.scopeOf(union.id()).path()).as("scoped once, so its path is cached")
                .isEqualTo(union.path());
        asSysadmin(() -> branches.move(union.id(), beilin.id()));
        try {
            assertAllPathsMatch();
            assertThat(branches.scopeOf(union.id()).path()).as("the move forgets the cached path at once")
                    .isEqualTo(beilin.path() + union.id() + "/");
            for (String table : SCOPED_TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table
                        + " where branch_id = ? and branch_path like ?", Long.class, union.id(), yanta.path() + "%"))
                        .as(table).isZero();
            }
        } finally {
            asSysadmin(() -> branches.move(union.id(), yanta.id()));
        }
        assertAllPathsMatch();
    }

    private void assertAllPathsMatch() {
        for (String table : SCOPED_TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table
                    + " t join branch b on b.id = t.branch_id where t.branch_path <> b.path", Long.class))
                    .as(table).isZero();
        }
    }

    private void asSysadmin(Runnable action) {
        SignedIn.run(userDetails, "sysadmin", action);
    }

    @Test
    void everyStatementIsPlannedForItsOwnScopePattern() {
        // a generic plan cannot tell the province's '/%' from a grassroots branch's path (the pool's init SQL)
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
}
