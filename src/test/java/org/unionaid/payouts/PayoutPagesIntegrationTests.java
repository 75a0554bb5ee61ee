package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** The payout pages and the JSON API, as each role sees them. */
class PayoutPagesIntegrationTests extends PayoutsTestSupport {

    @Autowired
    Times times;

    @Test
    void theApproveButtonIsAbsentForTheProposerAndTheServerRefusesWith403() throws Exception {
        String makerAdmin = test.user("makeradmin", "SN-XA", Role.ADMIN, Role.CASEWORKER);
        long programme = test.programme("1000.00");
        PayoutView own = test.people.as(makerAdmin, () -> payouts.propose(test.cash(programme, "100.00")));
        mvc.perform(get("/payouts/" + own.id()).with(user(as(makerAdmin))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"payout-approve\""))))
                .andExpect(content().string(containsString("id=\"payout-own-proposal\"")));
        mvc.perform(get("/payouts/" + own.id()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payout-approve\"")));
        mvc.perform(post("/payouts/" + own.id() + "/approve").with(user(as(makerAdmin))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("another administrator must approve it")));
        mvc.perform(post("/api/v1/payouts/" + own.id() + "/approve").with(user(as(makerAdmin))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("payout.approve.ownProposal"));
        assertThat(test.state(own.id())).isEqualTo("PROPOSED");
        mvc.perform(post("/payouts/" + own.id() + "/approve").with(user(as("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/payouts/" + own.id()));
        assertThat(test.state(own.id())).isEqualTo("APPROVED");
    }

    @Test
    void auditorReadsButNeverActs() throws Exception {
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        mvc.perform(get("/payouts/" + proposed.id()).with(user(as("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"payout-approve\""))))
                .andExpect(content().string(not(containsString("id=\"payout-reject\""))));
        mvc.perform(post("/payouts/" + proposed.id() + "/approve").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/payouts/" + proposed.id() + "/approve").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(test.state(proposed.id())).isEqualTo("PROPOSED");
    }

    @Test
    void anAdminOfAnotherBranchGets404OnPageAndApi() throws Exception {
        String baojiAdmin = test.user("bjadmin", "SN-BJ", Role.ADMIN);
        long programme = test.programme("1000.00");
        PayoutView proposed = test.proposeCash(programme, "100.00");
        mvc.perform(get("/payouts/" + proposed.id()).with(user(as(baojiAdmin)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payouts/" + proposed.id()).with(user(as(baojiAdmin))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/payouts/" + proposed.id() + "/approve").with(user(as(baojiAdmin))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payouts").param("programmeId", String.valueOf(programme))
                        .with(user(as(baojiAdmin))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        String today = times.today().toString();
        mvc.perform(get("/api/v1/payouts").param("programmeId", String.valueOf(programme)).param("from", today)
                        .param("to", today).with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        String tomorrow = times.today().plusDays(1).toString();
        mvc.perform(get("/api/v1/payouts").param("programmeId", String.valueOf(programme)).param("from", tomorrow)
                        .with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void listFiltersAndExportsExactlyWhatItShows() throws Exception {
        long programme = test.programme("5000.00");
        PayoutView a = test.proposeCash(programme, "100.00");
        PayoutView b = test.proposeCash(programme, "200.00");
        test.approve("admin", b.id());
        mvc.perform(get("/payouts").param("programmeId", String.valueOf(programme)).param("state", "APPROVED")
                        .with(user(as("admin"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("payout-row-" + b.id())))
                .andExpect(content().string(not(containsString("payout-row-" + a.id() + "\""))));
        byte[] xlsx = mvc.perform(get("/payouts/export.xlsx").param("programmeId", String.valueOf(programme))
                        .param("sort", "amount,asc").with(user(as("admin"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheet = Spreadsheets.read(xlsx, 100);
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(0).get(0)).isEqualTo("Reference");
        assertThat(sheet.get(1).get(0)).isEqualTo(a.reference());
        assertThat(sheet.get(2).get(0)).isEqualTo(b.reference());
        assertThat(sheet.get(2)).contains("Approved", "200.00");
    }

    @Test
    void theDashboardMonthOfAPayoutIsItsMonthInBeijing() {
        long programme = test.programme("5000.00");
        long december = paidAt(programme, "2026-11-30T17:00:00Z"); // 01:00 on 1 December in Beijing
        long november = paidAt(programme, "2026-11-30T15:59:00Z"); // 23:59 on 30 November in Beijing
        List<PaidInMonth> months = test.people.as("admin", () -> payoutQueries.paidByProgrammeAndMonth(
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2027, 1, 1)));
        assertThat(months).filteredOn(m -> Long.valueOf(programme).equals(m.programmeId()))
                .extracting(PaidInMonth::month, PaidInMonth::payouts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 11), 1L),
                        org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 12), 1L));
        assertThat(december).isNotEqualTo(november);
    }

    private long paidAt(long programme, String instant) {
        PayoutView proposed = test.propose(test.command(programme, PayoutKind.IN_KIND, "100.00", null));
        test.approve("admin", proposed.id());
        test.people.as("caseworker", () -> payouts.markDelivered(proposed.id(), times.today(), "李师傅"));
        jdbc.update("update payout set paid_at = ? where id = ?", Timestamp.from(Instant.parse(instant)),
                proposed.id());
        return proposed.id();
    }

    @Test
    void thePageAndTheExportShowTheSameLocalTimeAndTheExportHoldsNumbers() throws Exception {
        long programme = test.programme("5000.00");
        PayoutView p = test.proposeCash(programme, "1200.50");
        // 21:58 UTC on 1 December is 05:58 on 2 December in Beijing (the configured zone)
        jdbc.update("update payout set proposed_at = ? where id = ?",
                Timestamp.from(Instant.parse("2026-12-01T21:58:00Z")), p.id());
        mvc.perform(get("/payouts").param("programmeId", String.valueOf(programme)).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-12-02 05:58")))
                .andExpect(content().string(not(containsString("2026-12-01 21:58"))));
        mvc.perform(get("/payouts/" + p.id()).with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2026-12-02 05:58")));
        // the filter counts Beijing days: 2 December holds it, 1 December does not
        mvc.perform(get("/api/v1/payouts").param("programmeId", String.valueOf(programme))
                        .param("from", "2026-12-02").param("to", "2026-12-02").with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/payouts").param("programmeId", String.valueOf(programme))
                        .param("from", "2026-12-01").param("to", "2026-12-01").with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));

        byte[] xlsx = mvc.perform(get("/payouts/export.xlsx").param("programmeId", String.valueOf(programme))
                        .with(user(as("admin"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(p.reference());
            Cell amount = row.getCell(7);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1200.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(programme);
            Cell proposedAt = row.getCell(11);
            assertThat(proposedAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(proposedAt)).isTrue();
            assertThat(proposedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 2, 5, 58));
        }
        assertThat(Spreadsheets.read(xlsx, 10).get(1)).contains("1,200.50", "2026-12-02 05:58");
    }

    @Test
    void approvalQueueShowsCountAndSumWithoutOwnProposals() throws Exception {
        long programme = test.programme("5000.00");
        PayoutView p = test.proposeCash(programme, "321.00");
        mvc.perform(get("/payouts/queue").param("sort", "proposedAt,desc").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("queue-row-" + p.id())))
                .andExpect(content().string(containsString("id=\"queue-count\"")));
        QueueTotals totals = test.people.as("admin", () -> payoutQueries.approvalQueueTotals());
        Long count = jdbc.queryForObject("""
                select count(*) from payout p join branch b on b.id = p.branch_id
                 where p.state = 'PROPOSED' and b.path like (select path || '%' from branch where code = 'SN-XA')
                   and p.proposed_by <> (select id from user_account where username = 'admin')
                   and coalesce(p.first_approved_by, 0) <> (select id from user_account where username = 'admin')""",
                Long.class);
        assertThat(totals.count()).isEqualTo(count);
        mvc.perform(get("/payouts/queue").with(user(as("caseworker")))).andExpect(status().isForbidden());
    }

    @Test
    void rejectWithoutReasonShowsTheErrorAndKeepsThePayout() throws Exception {
        long programme = test.programme("1000.00");
        PayoutView p = test.proposeCash(programme, "100.00");
        mvc.perform(post("/payouts/" + p.id() + "/reject").with(user(as("admin"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give a reason.")));
        mvc.perform(post("/payouts/" + p.id() + "/reject").param("reason", "材料不全").with(user(as("admin")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(test.state(p.id())).isEqualTo("REJECTED");
    }

    @Test
    void apiRefusalIsAProblemDetailWithTheReason() throws Exception {
        long programme = test.programme("150.00");
        PayoutView a = test.proposeCash(programme, "100.00");
        PayoutView b = test.proposeCash(programme, "100.00");
        mvc.perform(post("/api/v1/payouts/" + a.id() + "/approve").with(user(as("admin"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        mvc.perform(post("/api/v1/payouts/" + b.id() + "/approve").with(user(as("admin"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("payout.funding.insufficient"))
                .andExpect(jsonPath("$.detail").value(containsString("50.00 available, 100.00 needed")));
        mvc.perform(post("/api/v1/payouts/" + b.id() + "/cancel").with(user(as("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"预算用完\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get("/api/v1/payouts/" + a.id() + "/history").with(user(as("auditor"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].action").value("APPROVE"));
    }

    @Test
    void batchPagesDownloadAndUploadWithRowErrors() throws Exception {
        long programme = test.programme("1000.00");
        PayoutView p = test.proposeCash(programme, "100.00");
        test.approve("admin", p.id());
        mvc.perform(post("/payouts/batches").with(user(as("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long batchId = jdbc.queryForObject("select batch_id from payout where id = ?", Long.class, p.id());
        mvc.perform(get("/payouts/batches/" + batchId).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("batch-line-" + p.id())))
                .andExpect(content().string(not(containsString(TestPeople.VALID_CARD))));
        // nothing to download before the batch is sent
        mvc.perform(get("/payouts/batches/" + batchId + "/bank-file.csv").with(user(as("admin"))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/payouts/batches/" + batchId + "/send").with(user(as("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String csv = mvc.perform(get("/payouts/batches/" + batchId + "/bank-file.csv").with(user(as("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(TestPeople.VALID_CARD);
        mvc.perform(get("/payouts/batches/" + batchId + "/bank-file.csv").with(user(as("auditor"))))
                .andExpect(status().isForbidden());
        MockMultipartFile bad = new MockMultipartFile("file", "result.csv", "text/csv",
                ("reference,status,reason\n" + p.reference() + ",LOST,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/payouts/batches/" + batchId + "/results").file(bad).with(user(as("admin")))
                        .with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Status &quot;LOST&quot; is neither PAID nor FAILED.")));
        assertThat(test.state(p.id())).isEqualTo("IN_BATCH");
        MockMultipartFile good = new MockMultipartFile("file", "result.csv", "text/csv",
                ("reference,status,reason\n" + p.reference() + ",PAID,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/payouts/batches/" + batchId + "/results").file(good).with(user(as("admin")))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(1));
        assertThat(test.state(p.id())).isEqualTo("PAID");
    }

    @Test
    void fundingPageShowsTheSourcesAndAdminsPledge() throws Exception {
        long programme = test.programme("1000.00");
        mvc.perform(get("/payouts/funding").param("programme", String.valueOf(programme)).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pledge-form\"")))
                .andExpect(content().string(containsString("1,000.00")));
        mvc.perform(get("/payouts/funding").param("programme", String.valueOf(programme)).param("fragment", "true")
                        .with(user(as("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-sources\"")))
                .andExpect(content().string(not(containsString("pledge-form"))));
        mvc.perform(post("/payouts/funding").with(user(as("admin"))).with(csrf())
                        .param("programmeId", String.valueOf(programme)).param("branchId", String.valueOf(test.xian()))
                        .param("kind", "PARTNER").param("name", "春雨基金会").param("partnerUsername", "partner")
                        .param("allocated", "500.00"))
                .andExpect(status().is3xxRedirection());
        assertThat(funding.useOf(programme).allocated()).isEqualByComparingTo("1500.00");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'FundingSource' "
                + "and action = 'PLEDGE' and after_value->>'programmeId' = ?", Long.class, String.valueOf(programme)))
                .isEqualTo(2);
        mvc.perform(post("/payouts/funding").with(user(as("auditor"))).with(csrf())
                        .param("programmeId", String.valueOf(programme)).param("branchId", String.valueOf(test.xian()))
                        .param("kind", "UNION_BUDGET").param("name", "x").param("allocated", "1.00"))
                .andExpect(status().isForbidden());
    }

    @Test
    void partnerListsOnlyWhatItFundsWithNamesMasked() throws Exception {
        long programme = TestPayouts.freshId();
        long partnerUser = jdbc.queryForObject("select id from user_account where username = 'partner'", Long.class);
        test.partnerSource(programme, "1000.00", partnerUser);
        PayoutView funded = test.proposeCash(programme, "100.00");
        PayoutView other = test.proposeCash(test.programme("1000.00"), "100.00");
        mvc.perform(get("/payouts").with(user(as("partner"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("payout-row-" + funded.id())))
                .andExpect(content().string(not(containsString("payout-row-" + other.id() + "\""))))
                .andExpect(content().string(not(containsString(funded.payeeName()))));
        mvc.perform(get("/payouts/" + other.id()).with(user(as("partner")))).andExpect(status().isNotFound());
    }
}
