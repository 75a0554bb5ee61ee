package org.unionaid.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.audit.AuditFilter;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.support.IntegrationTestSupport;

class AuditBrowsingIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    Branches branches;

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void auditorSeesRowsFilteredByEntityTypeWithBeforeAndAfterValues() throws Exception {
        BranchView branch = createBranch("SN-XA");
        branches.rename(branch.id(), "审计更名", "Audited rename");
        long renameRow = auditRowId(branch.id(), "RENAME");

        String page = mvc.perform(get("/audit").with(as("auditor"))
                        .param("entityType", "Branch").param("entityId", String.valueOf(branch.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"audit-row-" + renameRow + "\"")))
                .andExpect(content().string(Matchers.containsString("id=\"audit-row-" + auditRowId(branch.id(), "CREATE") + "\"")))
                .andExpect(content().string(Matchers.containsString("Audited rename")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("data-entity-type=\"UserAccount\"");
        // newest first
        assertThat(page.indexOf("audit-row-" + renameRow))
                .isLessThan(page.indexOf("audit-row-" + auditRowId(branch.id(), "CREATE")));

        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "UserAccount"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-entity-type=\"UserAccount\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-entity-type=\"Branch\""))));

        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(branch.id())).param("action", "RENAME"))
                .andExpect(content().string(Matchers.containsString("id=\"audit-row-" + renameRow + "\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(
                        "id=\"audit-row-" + auditRowId(branch.id(), "CREATE") + "\""))));
    }

    @Test
    void dateFilterLimitsTheRows() throws Exception {
        BranchView branch = createBranch("SN-XA");
        long row = auditRowId(branch.id(), "CREATE");
        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(branch.id())).param("to", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"audit-row-" + row + "\""))));
        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(branch.id())).param("from", "2020-01-01"))
                .andExpect(content().string(Matchers.containsString("id=\"audit-row-" + row + "\"")));
        // a date that does not parse is ignored rather than failing the page
        mvc.perform(get("/audit").with(as("auditor")).param("from", "yesterday")).andExpect(status().isOk());
    }

    @Test
    void auditorOfACityDoesNotSeeRowsOfXianBranches() throws Exception {
        BranchView xianBranch = createBranch("SN-XA");
        BranchView baojiBranch = createBranch("SN-BJ");

        mvc.perform(get("/audit").with(as("auditor2")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(xianBranch.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(
                        "id=\"audit-row-" + auditRowId(xianBranch.id(), "CREATE") + "\""))));
        mvc.perform(get("/audit").with(as("auditor2")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(baojiBranch.id())))
                .andExpect(content().string(Matchers.containsString(
                        "id=\"audit-row-" + auditRowId(baojiBranch.id(), "CREATE") + "\"")));
        // the provincial auditor sees both
        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "Branch")
                        .param("entityId", String.valueOf(xianBranch.id())))
                .andExpect(content().string(Matchers.containsString(
                        "id=\"audit-row-" + auditRowId(xianBranch.id(), "CREATE") + "\"")));
    }

    @Test
    void sysadminMayBrowseButACaseworkerIsForbidden() throws Exception {
        mvc.perform(get("/audit").with(as("sysadmin"))).andExpect(status().isOk());
        mvc.perform(get("/audit").with(as("caseworker"))).andExpect(status().isForbidden());
        // nothing on the page writes: a POST is not a supported method for an auditor
        mvc.perform(post("/audit").with(as("auditor")).with(csrf())).andExpect(status().is4xxClientError());
    }

    @Test
    void facadeRefusesTheTrailToOtherRoles() {
        UserDetails caseworker = userDetailsService.loadUserByUsername("caseworker");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caseworker, null, caseworker.getAuthorities()));
        try {
            assertThatThrownBy(() -> audit.browse(AuditFilter.none(), 1L, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void exportHoldsTheFilteredRowsWithinTheScope() throws Exception {
        BranchView branch = createBranch("SN-XA");
        byte[] xlsx = mvc.perform(get("/audit/export.xlsx").with(as("auditor")).header("Accept-Language", "en")
                        .param("entityType", "Branch").param("entityId", String.valueOf(branch.id())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("audit-trail.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Action");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(String.valueOf(branch.id()));
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("CREATE");
        }

        byte[] outOfScope = mvc.perform(get("/audit/export.xlsx").with(as("auditor2"))
                        .param("entityType", "Branch").param("entityId", String.valueOf(branch.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(outOfScope))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
        mvc.perform(get("/audit/export.xlsx").with(as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void theDateFilterCountsBeijingDaysAndTheExportWritesBeijingTimeAsADateCell() throws Exception {
        String probe = "tz-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        long branch = branchId("SN-XA");
        // 2026-11-30T15:30Z is 23:30 on 30 Nov in Beijing; 16:30Z is 00:30 on 1 Dec; 2026-12-01T16:30Z is 00:30 on 2 Dec
        for (String at : new String[] {"2026-11-30T15:30:00Z", "2026-11-30T16:30:00Z", "2026-12-01T16:30:00Z"}) {
            jdbc.update("insert into audit_event (occurred_at, actor, entity_type, entity_id, action, branch_id, reason)"
                    + " values (?, 'tz-test', 'TimeZoneProbe', ?, 'PROBE', ?, ?)", Timestamp.from(Instant.parse(at)),
                    probe, branch, "AT-" + at.substring(8, 13));
        }
        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "TimeZoneProbe").param("entityId", probe)
                        .param("from", "2026-12-01").param("to", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AT-30T16")))
                .andExpect(content().string(Matchers.containsString("2026-12-01 00:30:00")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("AT-30T15"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("AT-01T16"))));
        byte[] xlsx = mvc.perform(get("/audit/export.xlsx").with(as("auditor")).param("entityType", "TimeZoneProbe")
                        .param("entityId", probe).param("from", "2026-12-01").param("to", "2026-12-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("AT-30T16");
            Cell time = sheet.getRow(1).getCell(0);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 30));
        }
        byte[] nextDay = mvc.perform(get("/audit/export.xlsx").with(as("auditor")).param("entityType", "TimeZoneProbe")
                        .param("entityId", probe).param("from", "2026-12-02").param("to", "2026-12-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(nextDay))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("AT-01T16");
        }
    }

    private BranchView createBranch(String parentCode) {
        String code = "AU-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
                + SEQUENCE.incrementAndGet();
        return branches.create(new CreateBranch(branchId(parentCode), code, "审计测试工会", "Audit test union",
                BranchLevel.DISTRICT, null));
    }

    private long branchId(String code) {
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    @Test
    void theChinesePageNamesRecordTypesActionsAndPeopleInChinese() throws Exception {
        BranchView branch = createBranch("SN-XA");
        org.unionaid.support.SignedIn.run(userDetailsService, "sysadmin",
                () -> branches.rename(branch.id(), "审计标签", "Audit labels"));
        long row = auditRowId(branch.id(), "RENAME");
        assertThat(jdbc.queryForObject("select actor from audit_event where id = ?", String.class, row))
                .isEqualTo("sysadmin");
        String name = jdbc.queryForObject("select display_name from user_account where username = 'sysadmin'",
                String.class);
        String page = mvc.perform(get("/audit").with(as("auditor")).header("Accept-Language", "zh-CN")
                        .param("entityType", "Branch").param("entityId", String.valueOf(branch.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String html = page.substring(page.indexOf("id=\"audit-row-" + row + "\""));
        html = html.substring(0, html.indexOf("</tr>"));
        assertThat(html).contains("工会组织 #" + branch.id()).contains(">更名<").contains(">" + name + "<")
                .doesNotContain(">RENAME<").doesNotContain(">Branch #");
        // the filter's choices too
        assertThat(page).contains(">困难职工档案</option>").contains(">发放</option>");
    }

    @Test
    void everyRecordTypeAndActionInTheTrailHasALabelInBothLanguages() {
        // the codes the application wrote (demo data and the tests' journeys); AuditTrailIntegrationTests records
        // a made-up "Probe" record of its own
        String own = " where entity_type <> 'Probe'";
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            for (String type : jdbc.queryForList("select distinct entity_type from audit_event" + own, String.class)) {
                if (messages.getMessage("audit.entity." + type, null, null, locale) == null) {
                    missing.add(locale + " audit.entity." + type);
                }
            }
            for (String action : jdbc.queryForList("select distinct action from audit_event" + own, String.class)) {
                if (messages.getMessage("audit.act." + action, null, null, locale) == null) {
                    missing.add(locale + " audit.act." + action);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private long auditRowId(long branchId, String action) {
        return jdbc.queryForObject("""
                select max(id) from audit_event where entity_type = 'Branch' and entity_id = ? and action = ?""",
                Long.class, String.valueOf(branchId), action);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
