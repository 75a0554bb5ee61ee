package org.unionaid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.LeadState;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

class DashboardIntegrationTests extends IntegrationTestSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    Dashboard dashboard;
    @Autowired
    UserDetailsService userDetails;

    private DashboardView as(String username) {
        return SignedIn.as(userDetails, username, () -> dashboard.forCurrentUser());
    }

    private String pattern(String username) {
        return jdbc.queryForObject("select b.path || '%' from user_account u join branch b on b.id = u.branch_id "
                + "where u.username = ?", String.class, username);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    private Map<LeadState, Long> openLeadsInDatabase(String username) {
        Map<LeadState, Long> expected = new EnumMap<>(LeadState.class);
        for (LeadState s : List.of(LeadState.NEW, LeadState.ASSIGNED, LeadState.VERIFYING)) {
            expected.put(s, jdbc.queryForObject("select count(*) from lead l join branch b on b.id = l.branch_id "
                    + "where b.path like ? and l.state = ?", Long.class, pattern(username), s.name()));
        }
        return expected;
    }

    private Map<HardshipCategory, Long> activeFilesInDatabase(String username) {
        Map<HardshipCategory, Long> expected = new EnumMap<>(HardshipCategory.class);
        for (HardshipCategory c : HardshipCategory.values()) {
            expected.put(c, jdbc.queryForObject("select count(*) from hardship_file f join branch b on b.id = f.branch_id "
                    + "where b.path like ? and f.state = 'ACTIVE' and f.category = ?", Long.class, pattern(username),
                    c.name()));
        }
        return expected;
    }

    private Map<ClaimState, Long> claimsInDatabase(String username) {
        Map<ClaimState, Long> expected = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            if (s != ClaimState.DRAFT) {
                expected.put(s, jdbc.queryForObject("select count(*) from mutualaid_claim c join branch b "
                        + "on b.id = c.branch_id where b.path like ? and c.state = ?", Long.class, pattern(username),
                        s.name()));
            }
        }
        return expected;
    }

    private BigDecimal paidInDatabase(String username) {
        YearMonth now = YearMonth.now(CHINA);
        LocalDate from = now.minusMonths(Dashboard.MONTHS - 1).atDay(1);
        LocalDate to = now.plusMonths(1).atDay(1);
        return jdbc.queryForObject("select coalesce(sum(p.amount), 0) from payout p join branch b on b.id = p.branch_id "
                + "where b.path like ? and p.state = 'PAID' and p.paid_at >= ? and p.paid_at < ?", BigDecimal.class,
                pattern(username), Timestamp.from(from.atStartOfDay(CHINA).toInstant()),
                Timestamp.from(to.atStartOfDay(CHINA).toInstant()));
    }

    private long insertLead(String branchCode, String state) {
        return jdbc.queryForObject("insert into lead (branch_id, source, state, person_name, situation) "
                + "values (?, 'IMPORT', ?, ?, 'dashboard test') returning id", Long.class, branch(branchCode), state,
                "看板测试" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void adminSeesEveryFigureOfTheCitySubtreeAsTheDatabaseCountsIt() {
        DashboardView view = as("admin");

        assertThat(view.openLeads()).isEqualTo(openLeadsInDatabase("admin"));
        assertThat(view.activeFiles()).isEqualTo(activeFilesInDatabase("admin"));
        assertThat(view.claims()).isEqualTo(claimsInDatabase("admin"));
        assertThat(view.paid()).isNotNull();
        assertThat(view.paid().total()).isEqualByComparingTo(paidInDatabase("admin"));
        assertThat(view.paid().months()).hasSize(Dashboard.MONTHS).last().isEqualTo(YearMonth.now(CHINA));
        assertThat(view.paid().rows().stream().map(DashboardView.PaidRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(view.paid().total());
        assertThat(view.paid().series().stream().map(DashboardView.PaidSeries::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(view.paid().total());

        BigDecimal allocated = jdbc.queryForObject("select coalesce(sum(s.allocated), 0) from funding_source s "
                + "join branch b on b.id = s.branch_id where b.path like ? or (select path from branch where code = "
                + "'SN-XA') like b.path || '%'", BigDecimal.class, pattern("admin"));
        assertThat(view.budgets()).isNotNull();
        assertThat(view.budgets().stream().map(DashboardView.Budget::allocated).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(allocated);
        view.budgets().forEach(b -> assertThat(b.available())
                .isEqualByComparingTo(b.allocated().subtract(b.committed()).subtract(b.paid())));
    }

    @Test
    void caseworkersOfYantaAndBaojiSeeTheirOwnLeadsAndNeverTheOthers() {
        DashboardView yantaBefore = as("caseworker");
        DashboardView weibinBefore = as("caseworker2");

        insertLead("SN-BJ-WB-GT", "NEW");
        insertLead("SN-BJ-WB", "NEW");
        insertLead("SN-XA-YT-KD", "NEW");
        jdbc.update("update lead set state = 'DISMISSED', outcome_note = 'test' where id = ?",
                insertLead("SN-BJ-WB", "NEW"));

        DashboardView yanta = as("caseworker");
        DashboardView weibin = as("caseworker2");
        assertThat(yanta.openLeads().get(LeadState.NEW)).isEqualTo(yantaBefore.openLeads().get(LeadState.NEW) + 1);
        assertThat(weibin.openLeads().get(LeadState.NEW)).isEqualTo(weibinBefore.openLeads().get(LeadState.NEW) + 2);
        assertThat(yanta.openLeads()).isEqualTo(openLeadsInDatabase("caseworker"));
        assertThat(weibin.openLeads()).isEqualTo(openLeadsInDatabase("caseworker2"));
        assertThat(yanta.openLeads()).isNotEqualTo(weibin.openLeads());
        assertThat(yanta.activeFiles()).isEqualTo(activeFilesInDatabase("caseworker"));
        assertThat(weibin.activeFiles()).isEqualTo(activeFilesInDatabase("caseworker2"));
        assertThat(yanta.paid().total()).isEqualByComparingTo(paidInDatabase("caseworker"));
        assertThat(weibin.paid().total()).isEqualByComparingTo(paidInDatabase("caseworker2"));
        // a caseworker's role does not cover mutual-aid claims
        assertThat(yanta.claims()).isNull();
        assertThat(weibin.claims()).isNull();
    }

    @Test
    void aFileOfAnotherBranchNeverCountsForACaseworker() {
        Map<HardshipCategory, Long> yanta = as("caseworker").activeFiles();
        Map<HardshipCategory, Long> weibin = as("caseworker2").activeFiles();
        Map<HardshipCategory, Long> both = new HashMap<>();
        for (HardshipCategory c : HardshipCategory.values()) {
            both.put(c, yanta.get(c) + weibin.get(c));
        }
        Map<HardshipCategory, Long> city = as("admin").activeFiles();
        // Xi'an (admin) contains Yanta but not Weibin in Baoji
        for (HardshipCategory c : HardshipCategory.values()) {
            assertThat(city.get(c)).isGreaterThanOrEqualTo(yanta.get(c));
        }
        assertThat(activeFilesInDatabase("caseworker2")).isEqualTo(weibin);
        assertThat(both.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from hardship_file f join branch b on b.id = f.branch_id "
                        + "where f.state = 'ACTIVE' and (b.path like ? or b.path like ?)", Long.class,
                        pattern("caseworker"), pattern("caseworker2")));
    }

    @Test
    void claimsReviewerSeesClaimsAndMoneyButNoLeadsFilesOrBudget() {
        DashboardView reviewer = as("reviewer2");
        assertThat(reviewer.claims()).isEqualTo(claimsInDatabase("reviewer2"));
        assertThat(reviewer.paid()).isNotNull();
        assertThat(reviewer.openLeads()).isNull();
        assertThat(reviewer.activeFiles()).isNull();
        assertThat(reviewer.budgets()).isNull();
    }

    @Test
    void workerAndVolunteerMayNotOpenTheDashboard() throws Exception {
        mvc.perform(get("/dashboard").with(user(userDetails.loadUserByUsername("worker"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard.xlsx").with(user(userDetails.loadUserByUsername("worker"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(user(userDetails.loadUserByUsername("volunteer"))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> as("worker")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pageShowsTheCardsOfTheCallersRolesWithChartsAndTables() throws Exception {
        mvc.perform(get("/dashboard").with(user(userDetails.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-leads\"")))
                .andExpect(content().string(containsString("id=\"dashboard-files\"")))
                .andExpect(content().string(containsString("id=\"dashboard-paid\"")))
                .andExpect(content().string(containsString("id=\"chart-leads\"")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("Open leads")))
                .andExpect(content().string(containsString("/dist/chart.umd.min.js")))
                .andExpect(content().string(not(containsString("id=\"dashboard-claims\""))));
        mvc.perform(get("/dashboard").with(user(userDetails.loadUserByUsername("reviewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-claims\"")))
                .andExpect(content().string(not(containsString("id=\"dashboard-leads\""))));
        mvc.perform(get("/").with(user(userDetails.loadUserByUsername("caseworker"))))
                .andExpect(content().string(containsString("id=\"home-dashboard\"")))
                .andExpect(content().string(containsString("id=\"nav-dashboard\"")));
    }

    @Test
    void exportHoldsOneSheetPerTableWithTheSameFigures() throws Exception {
        DashboardView view = as("admin");
        byte[] xlsx = mvc.perform(get("/dashboard.xlsx").with(user(userDetails.loadUserByUsername("admin")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dashboard.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getSheetName(0)).isEqualTo("Open leads");

            List<List<String>> leads = rows(workbook.getSheetAt(0));
            assertThat(leads).containsExactly(
                    List.of("New", String.valueOf(view.openLeads().get(LeadState.NEW))),
                    List.of("Assigned", String.valueOf(view.openLeads().get(LeadState.ASSIGNED))),
                    List.of("Being verified", String.valueOf(view.openLeads().get(LeadState.VERIFYING))));

            List<List<String>> files = rows(workbook.getSheetAt(1));
            assertThat(files).hasSize(HardshipCategory.values().length);
            assertThat(files.get(0)).containsExactly("Deep hardship",
                    String.valueOf(view.activeFiles().get(HardshipCategory.DEEP)));

            List<List<String>> claims = rows(workbook.getSheetAt(2));
            assertThat(claims.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum())
                    .isEqualTo(view.claims().values().stream().mapToLong(Long::longValue).sum());

            // counts and amounts are number cells a finance office can sum
            Sheet paidSheet = workbook.getSheetAt(3);
            assertThat(paidSheet.getLastRowNum()).isEqualTo(view.paid().rows().size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 1; r <= paidSheet.getLastRowNum(); r++) {
                Cell amount = paidSheet.getRow(r).getCell(3);
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(paidSheet.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                sum = sum.add(BigDecimal.valueOf(amount.getNumericCellValue()));
            }
            assertThat(sum).isEqualByComparingTo(view.paid().total());

            Sheet budget = workbook.getSheetAt(4);
            assertThat(budget.getLastRowNum()).isEqualTo(view.budgets().size());
            for (int i = 0; i < view.budgets().size(); i++) {
                DashboardView.Budget b = view.budgets().get(i);
                Row row = budget.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(b.programmeName());
                assertThat(List.of(row.getCell(1).getNumericCellValue(), row.getCell(2).getNumericCellValue(),
                        row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue(),
                        row.getCell(5).getNumericCellValue())).containsExactly(b.allocated().doubleValue(),
                        b.committed().doubleValue(), b.paid().doubleValue(), b.available().doubleValue(),
                        (double) b.usedPercent());
            }
        }
    }

    @Test
    void apiAnswersTheSameFiguresAsJsonAndRefusesAWorker() throws Exception {
        DashboardView view = as("caseworker2");
        mvc.perform(get("/api/v1/dashboard").with(user(userDetails.loadUserByUsername("caseworker2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openLeads.NEW").value(view.openLeads().get(LeadState.NEW)))
                .andExpect(jsonPath("$.activeFiles.DEEP").value(view.activeFiles().get(HardshipCategory.DEEP)))
                .andExpect(jsonPath("$.claims").doesNotExist());
        mvc.perform(get("/api/v1/dashboard").with(user(userDetails.loadUserByUsername("worker"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportOfACaseworkerLeavesOutTheClaims() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard.xlsx").with(user(userDetails.loadUserByUsername("caseworker2"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(rows(workbook.getSheetAt(0)).stream().mapToLong(r -> Long.parseLong(r.get(1))).sum())
                    .isEqualTo(openLeadsInDatabase("caseworker2").values().stream().mapToLong(Long::longValue).sum());
        }
    }

    /** The rows under the header, as the text Excel shows. */
    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
