package org.unionaid.branches.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.support.IntegrationTestSupport;

class BranchAdminIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    Branches branches;

    @Test
    void sysadminCreatesABranchThatAppearsInTheTreeAndTheAuditTrail() throws Exception {
        String code = uniqueCode("NEW");
        long xian = branchId("SN-XA");

        mvc.perform(post("/admin/branches").with(as("sysadmin")).with(csrf())
                        .param("parentId", String.valueOf(xian)).param("code", code).param("name", "新区总工会")
                        .param("nameEn", "New District Federation").param("level", "DISTRICT")
                        .param("regionCode", "610199"))
                .andExpect(redirectedUrl("/admin/branches"))
                .andExpect(flash().attribute("success", "admin.branch.created"));

        Map<String, Object> row = jdbc.queryForMap(
                "select id, parent_id, name, name_en, level, path, region_code, active from branch where code = ?", code);
        long id = ((Number) row.get("id")).longValue();
        assertThat(row).containsEntry("parent_id", xian).containsEntry("name", "新区总工会")
                .containsEntry("name_en", "New District Federation").containsEntry("level", "DISTRICT")
                .containsEntry("region_code", "610199").containsEntry("active", true)
                .containsEntry("path", pathOf(xian) + id + "/");
        assertThat(auditCount(id, "CREATE", "sysadmin")).isEqualTo(1);

        mvc.perform(get("/admin/branches").with(as("sysadmin")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"branch-" + code + "\"")))
                .andExpect(content().string(Matchers.containsString("New District Federation")));
    }

    @Test
    void invalidNewBranchIsShownAgainWithTheInputKept() throws Exception {
        String code = uniqueCode("BAD");
        mvc.perform(post("/admin/branches").with(as("sysadmin")).with(csrf()).header("Accept-Language", "en")
                        .param("parentId", String.valueOf(branchId("SN-XA"))).param("code", code)
                        .param("name", "").param("level", "DISTRICT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the Chinese name.")))
                .andExpect(content().string(Matchers.containsString("value=\"" + code + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from branch where code = ?", Integer.class, code)).isZero();
    }

    @Test
    void businessRuleOnCreateIsShownAsAFormError() throws Exception {
        mvc.perform(post("/admin/branches").with(as("sysadmin")).with(csrf()).header("Accept-Language", "en")
                        .param("parentId", String.valueOf(branchId("SN-XA"))).param("code", "SN-BJ")
                        .param("name", "重复").param("level", "DISTRICT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The branch code SN-BJ is already used.")))
                .andExpect(content().string(Matchers.containsString("id=\"form-errors\"")));
    }

    @Test
    void sysadminRenamesMovesDeactivatesAndReactivatesABranch() throws Exception {
        BranchView district = createBranch("SN-XA", BranchLevel.DISTRICT);
        BranchView grassroots = createBranch(district.code(), BranchLevel.GRASSROOTS);

        mvc.perform(post("/admin/branches/{id}/rename", district.id()).with(as("sysadmin")).with(csrf())
                        .param("name", "更名区总工会").param("nameEn", "Renamed District"))
                .andExpect(redirectedUrl("/admin/branches/" + district.id()))
                .andExpect(flash().attribute("success", "admin.branch.renamed"));
        assertThat(jdbc.queryForMap("select name, name_en from branch where id = ?", district.id()))
                .containsEntry("name", "更名区总工会").containsEntry("name_en", "Renamed District");
        assertThat(jdbc.queryForObject("""
                select after_value ->> 'name' from audit_event
                 where entity_type = 'Branch' and entity_id = ? and action = 'RENAME'""", String.class,
                String.valueOf(district.id()))).isEqualTo("更名区总工会");

        long baoji = branchId("SN-BJ");
        mvc.perform(post("/admin/branches/{id}/move", district.id()).with(as("sysadmin")).with(csrf())
                        .param("newParentId", String.valueOf(baoji)))
                .andExpect(redirectedUrl("/admin/branches/" + district.id()))
                .andExpect(flash().attribute("success", "admin.branch.moved"));
        String newPath = pathOf(baoji) + district.id() + "/";
        assertThat(jdbc.queryForMap("select parent_id, path from branch where id = ?", district.id()))
                .containsEntry("parent_id", baoji).containsEntry("path", newPath);
        assertThat(pathOf(grassroots.id())).isEqualTo(newPath + grassroots.id() + "/");
        assertThat(auditCount(district.id(), "MOVE", "sysadmin")).isEqualTo(1);

        // the parent still has an active sub-branch
        mvc.perform(post("/admin/branches/{id}/deactivate", district.id()).with(as("sysadmin")).with(csrf())
                        .header("Accept-Language", "en").param("reason", "merged"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Deactivate the sub-branches first.")));
        // a reason is mandatory
        mvc.perform(post("/admin/branches/{id}/deactivate", grassroots.id()).with(as("sysadmin")).with(csrf())
                        .header("Accept-Language", "en").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give the reason for deactivating the branch.")));
        assertThat(isActive(grassroots.id())).isTrue();

        mvc.perform(post("/admin/branches/{id}/deactivate", grassroots.id()).with(as("sysadmin")).with(csrf())
                        .param("reason", "the company closed"))
                .andExpect(redirectedUrl("/admin/branches/" + grassroots.id()))
                .andExpect(flash().attribute("success", "admin.branch.deactivated"));
        assertThat(isActive(grassroots.id())).isFalse();
        assertThat(jdbc.queryForObject("""
                select reason from audit_event
                 where entity_type = 'Branch' and entity_id = ? and action = 'DEACTIVATE'""", String.class,
                String.valueOf(grassroots.id()))).isEqualTo("the company closed");

        mvc.perform(post("/admin/branches/{id}/activate", grassroots.id()).with(as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/branches/" + grassroots.id()))
                .andExpect(flash().attribute("success", "admin.branch.activated"));
        assertThat(isActive(grassroots.id())).isTrue();
        assertThat(auditCount(grassroots.id(), "ACTIVATE", "sysadmin")).isEqualTo(1);
    }

    @Test
    void reactivationUnderADeactivatedParentIsRefused() throws Exception {
        BranchView district = createBranch("SN-XA", BranchLevel.DISTRICT);
        BranchView grassroots = createBranch(district.code(), BranchLevel.GRASSROOTS);
        branches.deactivate(grassroots.id(), "test");
        branches.deactivate(district.id(), "test");

        mvc.perform(post("/admin/branches/{id}/activate", grassroots.id()).with(as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/branches/" + grassroots.id()))
                .andExpect(flash().attribute("failure", "branch.parent.inactive"));
        assertThat(isActive(grassroots.id())).isFalse();
    }

    @Test
    void movingABranchUnderItsOwnSubtreeIsRefusedWithTheMessageShown() throws Exception {
        BranchView district = createBranch("SN-XA", BranchLevel.DISTRICT);
        BranchView grassroots = createBranch(district.code(), BranchLevel.GRASSROOTS);

        mvc.perform(post("/admin/branches/{id}/move", district.id()).with(as("sysadmin")).with(csrf())
                        .header("Accept-Language", "en").param("newParentId", String.valueOf(grassroots.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "A branch cannot be moved under itself or one of its sub-branches.")));
        assertThat(pathOf(district.id())).isEqualTo(pathOf(branchId("SN-XA")) + district.id() + "/");
    }

    @Test
    void moveOffersOnlyValidNewParents() throws Exception {
        BranchView district = createBranch("SN-XA", BranchLevel.DISTRICT);
        String page = mvc.perform(get("/admin/branches/{id}", district.id()).with(as("sysadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String select = page.substring(page.indexOf("id=\"newParentId\""), page.indexOf("</select>",
                page.indexOf("id=\"newParentId\"")));
        assertThat(select).contains("value=\"" + branchId("SN-BJ") + "\"")     // another city
                .doesNotContain("value=\"" + branchId("SN-XA") + "\"")          // its current parent
                .doesNotContain("value=\"" + branchId("SN-XA-YT") + "\"")       // a district: same level
                .doesNotContain("value=\"" + branchId("ACFTU") + "\"");          // outside the scope
    }

    @Test
    void sysadminOfACitySeesOnlyTheCitySubtreeAndGetsNotFoundForXian() throws Exception {
        long xian = branchId("SN-XA");
        mvc.perform(get("/admin/branches").with(as("sysadmin2")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"branch-SN-BJ-WB\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"branch-SN-XA\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"branch-SN\""))));

        mvc.perform(get("/admin/branches/{id}", xian).with(as("sysadmin2"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/branches/{id}", branchId("SN")).with(as("sysadmin2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/branches/{id}/rename", xian).with(as("sysadmin2")).with(csrf())
                        .param("name", "被改名"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/branches/{id}/deactivate", branchId("SN-XA-BL")).with(as("sysadmin2")).with(csrf())
                        .param("reason", "no"))
                .andExpect(status().isNotFound());
        String code = uniqueCode("OUT");
        mvc.perform(post("/admin/branches").with(as("sysadmin2")).with(csrf())
                        .param("parentId", String.valueOf(xian)).param("code", code).param("name", "越权")
                        .param("level", "DISTRICT"))
                .andExpect(status().isNotFound());
        // moving a Baoji branch under Xi'an (outside the scope) is refused the same way
        BranchView baojiDistrict = createBranch("SN-BJ", BranchLevel.DISTRICT);
        mvc.perform(post("/admin/branches/{id}/move", baojiDistrict.id()).with(as("sysadmin2")).with(csrf())
                        .param("newParentId", String.valueOf(xian)))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select name from branch where id = ?", String.class, xian)).isEqualTo("西安市总工会");
        assertThat(isActive(branchId("SN-XA-BL"))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from branch where code = ?", Integer.class, code)).isZero();
        assertThat(pathOf(baojiDistrict.id())).startsWith(pathOf(branchId("SN-BJ")));
    }

    @Test
    void sysadminCannotDeactivateTheirOwnBranch() throws Exception {
        mvc.perform(post("/admin/branches/{id}/deactivate", branchId("SN-BJ")).with(as("sysadmin2")).with(csrf())
                        .header("Accept-Language", "en").param("reason", "testing"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "You cannot deactivate the branch your own account belongs to.")));
        assertThat(isActive(branchId("SN-BJ"))).isTrue();
    }

    @Test
    void caseworkerIsForbiddenTheBranchPages() throws Exception {
        mvc.perform(get("/admin/branches").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/branches/{id}/rename", branchId("SN-XA-YT")).with(as("caseworker")).with(csrf())
                .param("name", "x")).andExpect(status().isForbidden());
    }

    @Test
    void facadeRefusesChangesByAnyoneButASysadmin() {
        UserDetails caseworker = userDetailsService.loadUserByUsername("caseworker");
        long yanta = branchId("SN-XA-YT");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caseworker, null, caseworker.getAuthorities()));
        try {
            assertThatThrownBy(() -> branches.rename(branches.scopeOf(yanta), yanta, "x", null))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private BranchView createBranch(String parentCode, BranchLevel level) {
        return branches.create(new CreateBranch(branchId(parentCode), uniqueCode("T"), "测试工会" + SEQUENCE.get(),
                "Test union " + SEQUENCE.get(), level, null));
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
                + SEQUENCE.incrementAndGet();
    }

    private long branchId(String code) {
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    private String pathOf(long id) {
        return jdbc.queryForObject("select path from branch where id = ?", String.class, id);
    }

    private boolean isActive(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select active from branch where id = ?", Boolean.class, id));
    }

    private int auditCount(long branchId, String action, String actor) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                 where entity_type = 'Branch' and entity_id = ? and action = ? and actor = ?""", Integer.class,
                String.valueOf(branchId), action, actor);
    }
}
