package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

/** A plan measure that needs money or goods gets its payout proposed from the file's page. */
class MeasurePayoutIntegrationTests extends IntegrationTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    AssistancePlans plans;

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.unionaid.payouts.Payouts payouts;

    TestFiles test;

    @BeforeEach
    void setUp() {
        test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    private long[] activeFileWithMeasure(String caseworker, String branch) {
        long id = test.open(caseworker, branch).id();
        test.force(id, HardshipFileState.ACTIVE);
        long measure = test.people.as(caseworker, () -> plans.add(id, AssistanceMeasureKind.LIVING,
                "冬季取暖补助", "社区工会", Today.date().plusDays(30))).id();
        return new long[] {id, measure};
    }

    @Test
    void aFileDoesNotExitWhileAPayoutOfItsPlanAwaitsADecisionAndAfterARelapseShowsTheExitAsPrevious()
            throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker")))
                        .with(csrf()).param("form", "CASH").param("amount", "650.00"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> payout = jdbc.queryForMap("select id, reference from payout where source_type = "
                + "'PLAN_MEASURE' and source_id = ?", ids[1]);

        // the exit form names the payout that waits
        mvc.perform(get("/hardship/files/{id}", ids[0]).with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("id=\"exit-undecided-payouts\"")))
                .andExpect(content().string(containsString("These payouts of the plan await a decision.")))
                .andExpect(content().string(containsString((String) payout.get("reference"))));
        mvc.perform(post("/hardship/files/{id}/exit", ids[0]).with(user(as("caseworker"))).with(csrf())
                        .header("Accept-Language", "zh-CN").param("reason", "已就业"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本档案尚有待审批的帮扶支付（" + payout.get("reference")
                        + "）")));
        assertThat(test.state(ids[0])).isEqualTo("ACTIVE");

        // once the payout is decided, the file exits
        test.people.as("admin", () -> payouts.reject(((Number) payout.get("id")).longValue(), "已解困，不再发放"));
        mvc.perform(post("/hardship/files/{id}/exit", ids[0]).with(user(as("caseworker"))).with(csrf())
                        .param("reason", "已就业，收入稳定"))
                .andExpect(status().is3xxRedirection());
        assertThat(test.state(ids[0])).isEqualTo("MONITORING");
        mvc.perform(get("/hardship/files/{id}", ids[0]).with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(">Exited on<")))
                .andExpect(content().string(not(containsString("id=\"exit-undecided-payouts\""))));

        // after a relapse the file is active again: the old exit is labelled as the previous one
        test.people.as("caseworker", () -> files.reopenAfterRelapse(ids[0], "再次失业"));
        mvc.perform(get("/hardship/files/{id}", ids[0]).with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(">Previous exit on<")))
                .andExpect(content().string(containsString(">Previous exit reason<")))
                .andExpect(content().string(containsString("已就业，收入稳定")))
                .andExpect(content().string(not(containsString(">Exited on<"))));
    }

    @Test
    void aCaseworkerProposesACashPayoutForAMeasureToTheFilesWorker() throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker")))
                        .with(csrf()).param("form", "CASH").param("amount", "800.00"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.queryForMap("select p.source_type, p.state, p.amount, p.payee_worker_id, "
                + "p.branch_id, p.programme_id from payout p where p.source_type = 'PLAN_MEASURE' and p.source_id = ?",
                ids[1]);
        long worker = jdbc.queryForObject("select primary_worker_id from hardship_file where id = ?", Long.class,
                ids[0]);
        long branch = jdbc.queryForObject("select branch_id from hardship_file where id = ?", Long.class, ids[0]);
        assertThat(row.get("state")).isEqualTo("PROPOSED");
        assertThat(row.get("amount")).hasToString("800.00");
        assertThat(((Number) row.get("payee_worker_id")).longValue()).isEqualTo(worker);
        assertThat(((Number) row.get("branch_id")).longValue()).isEqualTo(branch);
        assertThat(row.get("programme_id")).isNull();

        mvc.perform(get("/hardship/files/{id}", ids[0]).with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measure-payout-" + ids[1] + "\"")))
                .andExpect(content().string(containsString("Proposed")))
                .andExpect(content().string(not(containsString("id=\"measure-payout-form-" + ids[1] + "\""))));
    }

    @Test
    void aSecondPayoutForTheSameMeasureIsRefusedNextToTheLiveOne() throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        test.people.as("caseworker", () -> plans.proposePayout(ids[0], ids[1],
                new MeasurePayout(org.unionaid.payouts.PayoutKind.CASH, new java.math.BigDecimal("300.00"), null, null)));

        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker")))
                        .with(csrf()).param("form", "CASH").param("amount", "500.00").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measure-payout-errors-" + ids[1] + "\"")))
                .andExpect(content().string(containsString("This case already has a payout in progress or paid.")))
                .andExpect(content().string(containsString("id=\"measure-payout-" + ids[1] + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from payout where source_type = 'PLAN_MEASURE' and source_id = ?",
                Integer.class, ids[1])).isEqualTo(1);
    }

    @Test
    void anInvalidAmountIsExplainedAndKeptAsTyped() throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker")))
                        .with(csrf()).param("form", "IN_KIND").param("amount", "12.345").param("item", "米面油礼包")
                        .param("quantity", "2").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the amount in yuan with at most two decimals.")))
                .andExpect(content().string(containsString("value=\"12.345\"")))
                .andExpect(content().string(containsString("value=\"米面油礼包\"")));
        assertThat(jdbc.queryForObject("select count(*) from payout where source_type = 'PLAN_MEASURE' and source_id = ?",
                Integer.class, ids[1])).isZero();
    }

    @Test
    void aCaseworkerOfAnotherBranchCannotProposeAPayoutForTheMeasure() throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker2")))
                        .with(csrf()).param("form", "CASH").param("amount", "800.00"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from payout where source_type = 'PLAN_MEASURE' and source_id = ?",
                Integer.class, ids[1])).isZero();
    }

    @Test
    void aCancelledMeasureGetsNoPayout() throws Exception {
        long[] ids = activeFileWithMeasure("caseworker", "SN-XA-YT");
        test.people.as("caseworker", () -> plans.update(ids[0], ids[1], AssistanceMeasureStatus.CANCELLED,
                Today.date().plusDays(30), "社区工会"));
        mvc.perform(post("/hardship/files/{id}/measures/{m}/payout", ids[0], ids[1]).with(user(as("caseworker")))
                        .with(csrf()).param("form", "CASH").param("amount", "800.00").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A cancelled measure gets no payout.")));
    }
}
