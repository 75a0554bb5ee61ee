package org.unionaid.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;
import org.unionaid.users.UserSummary;

class UserAdminIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "initial-Pass-2026";

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    Users users;

    @Test
    void sysadminCreatesAUserWhoCanThenSignIn() throws Exception {
        String username = uniqueName("new");
        long yanta = branchId("SN-XA-YT");

        mvc.perform(post("/admin/users").with(as("sysadmin")).with(csrf())
                        .param("username", username).param("displayName", "新同事 New Colleague")
                        .param("email", username + "@unionaid.example").param("branchId", String.valueOf(yanta))
                        .param("roles", "CASEWORKER").param("roles", "ADMIN").param("_roles", "on")
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "admin.user.created"));

        long id = userId(username);
        assertThat(jdbc.queryForObject("select branch_id from user_account where id = ?", Long.class, id))
                .isEqualTo(yanta);
        assertThat(roles(id)).containsExactlyInAnyOrder("ADMIN", "CASEWORKER");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                 where entity_type = 'UserAccount' and entity_id = ? and action = 'CREATE' and actor = 'sysadmin'""",
                Integer.class, String.valueOf(id))).isEqualTo(1);

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles("ADMIN", "CASEWORKER"));
    }

    @Test
    void invalidNewUserIsShownAgainWithTheInputKept() throws Exception {
        String username = uniqueName("bad");
        mvc.perform(post("/admin/users").with(as("sysadmin")).with(csrf()).header("Accept-Language", "en")
                        .param("username", username).param("displayName", "Someone")
                        .param("branchId", String.valueOf(branchId("SN-XA-YT"))).param("_roles", "on")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose at least one role.")))
                .andExpect(content().string(Matchers.containsString("value=\"" + username + "\"")));
        // the password rule of the facade becomes a form error as well
        mvc.perform(post("/admin/users").with(as("sysadmin")).with(csrf()).header("Accept-Language", "en")
                        .param("username", username).param("displayName", "Someone")
                        .param("branchId", String.valueOf(branchId("SN-XA-YT"))).param("roles", "CASEWORKER")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The password must have at least 10 characters.")));
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
                username)).isZero();
    }

    @Test
    void sysadminOfACityCannotCreateAUserInXian() throws Exception {
        String username = uniqueName("out");
        mvc.perform(post("/admin/users").with(as("sysadmin2")).with(csrf()).header("Accept-Language", "en")
                        .param("username", username).param("displayName", "Outsider")
                        .param("branchId", String.valueOf(branchId("SN-XA-YT"))).param("roles", "CASEWORKER")
                        .param("password", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "You may only assign branches within your own scope.")));
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
                username)).isZero();
    }

    @Test
    void listShowsUsersOfTheScopeWithRolesAndSearch() throws Exception {
        mvc.perform(get("/admin/users").param("q", "caseworker").with(as("sysadmin")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-caseworker\"")))
                .andExpect(content().string(Matchers.containsString("id=\"user-caseworker2\"")))
                .andExpect(content().string(Matchers.containsString("Caseworker")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"user-auditor\""))));

        mvc.perform(get("/admin/users").param("q", "caseworker").with(as("sysadmin2")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-caseworker2\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"user-caseworker\""))));
    }

    @Test
    void listIsPaged() throws Exception {
        String prefix = uniqueName("pg");
        long weibin = branchId("SN-BJ-WB");
        for (int i = 0; i < 21; i++) {
            users.create(new CreateUser(prefix + "-" + (100 + i), PASSWORD, "Paged " + i, weibin,
                    Set.of(Role.VOLUNTEER), null, null));
        }
        mvc.perform(get("/admin/users").param("q", prefix).with(as("sysadmin2")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-" + prefix + "-119\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"user-" + prefix + "-120\""))))
                .andExpect(content().string(Matchers.containsString("page=1")));
        mvc.perform(get("/admin/users").param("q", prefix).param("page", "1").with(as("sysadmin2")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-" + prefix + "-120\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"user-" + prefix + "-100\""))));
    }

    @Test
    void sysadminOfACityGetsNotFoundForAXianUser() throws Exception {
        long caseworker = userId("caseworker");
        mvc.perform(get("/admin/users/{id}", caseworker).with(as("sysadmin2"))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/unlock", caseworker).with(as("sysadmin2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}", caseworker).with(as("sysadmin2")).with(csrf())
                        .param("displayName", "hijacked").param("branchId", String.valueOf(branchId("SN-BJ")))
                        .param("roles", "CASEWORKER").param("enabled", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/password", caseworker).with(as("sysadmin2")).with(csrf())
                        .param("newPassword", "hijacked-password-1"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                caseworker)).isEqualTo("雁塔区 张伟");
    }

    @Test
    void sysadminUpdatesRolesBranchAndEnabledState() throws Exception {
        UserSummary created = createUser("upd", "SN-XA-YT", Role.CASEWORKER);
        long beilin = branchId("SN-XA-BL");

        mvc.perform(post("/admin/users/{id}", created.id()).with(as("sysadmin")).with(csrf())
                        .param("displayName", "改名 Renamed").param("email", "renamed@unionaid.example")
                        .param("branchId", String.valueOf(beilin)).param("roles", "ADMIN").param("_roles", "on")
                        .param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users/" + created.id()))
                .andExpect(flash().attribute("success", "admin.user.updated"));

        assertThat(jdbc.queryForMap("select display_name, email, branch_id, enabled from user_account where id = ?",
                created.id()))
                .containsEntry("display_name", "改名 Renamed").containsEntry("email", "renamed@unionaid.example")
                .containsEntry("branch_id", beilin).containsEntry("enabled", false);
        assertThat(roles(created.id())).containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("""
                select after_value ->> 'enabled' from audit_event
                 where entity_type = 'UserAccount' and entity_id = ? and action = 'UPDATE'""", String.class,
                String.valueOf(created.id()))).isEqualTo("false");
    }

    @Test
    void unlockMakesALockedAccountUsableAgain() throws Exception {
        UserSummary created = createUser("lck", "SN-XA-YT", Role.CASEWORKER);
        jdbc.update("update user_account set locked_until = now() + interval '1 hour' where id = ?", created.id());

        mvc.perform(get("/admin/users/{id}", created.id()).with(as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"unlock-form\"")));
        mvc.perform(get("/admin/users").param("q", created.username()).with(as("sysadmin")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Locked")));

        mvc.perform(post("/admin/users/{id}/unlock", created.id()).with(as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + created.id()))
                .andExpect(flash().attribute("success", "admin.user.unlocked"));

        assertThat(jdbc.queryForObject("select locked_until from user_account where id = ?", Object.class,
                created.id())).isNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                 where entity_type = 'UserAccount' and entity_id = ? and action = 'UNLOCK' and actor = 'sysadmin'""",
                Integer.class, String.valueOf(created.id()))).isEqualTo(1);
        mvc.perform(formLogin("/login").user(created.username()).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void sysadminSetsANewPasswordForAUser() throws Exception {
        UserSummary created = createUser("pwd", "SN-XA-YT", Role.CASEWORKER);
        mvc.perform(post("/admin/users/{id}/password", created.id()).with(as("sysadmin")).with(csrf())
                        .param("newPassword", "a-brand-new-secret"))
                .andExpect(redirectedUrl("/admin/users/" + created.id()))
                .andExpect(flash().attribute("success", "admin.user.passwordReset"));
        mvc.perform(formLogin("/login").user(created.username()).password("a-brand-new-secret"))
                .andExpect(authenticated());
    }

    @Test
    void sysadminCannotDropTheirOwnSysadminRoleNorDisableThemselves() throws Exception {
        UserSummary admin = createUser("sa", "SN-BJ-WB", Role.SYSADMIN);
        String branch = String.valueOf(branchId("SN-BJ-WB"));

        mvc.perform(post("/admin/users/{id}", admin.id()).with(as(admin.username())).with(csrf())
                        .header("Accept-Language", "en")
                        .param("displayName", "Self").param("branchId", branch)
                        .param("roles", "ADMIN").param("_roles", "on").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "You cannot remove the system administrator role from your own account.")));
        mvc.perform(post("/admin/users/{id}", admin.id()).with(as(admin.username())).with(csrf())
                        .header("Accept-Language", "en")
                        .param("displayName", "Self").param("branchId", branch)
                        .param("roles", "SYSADMIN").param("_roles", "on").param("_enabled", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You cannot disable your own account.")));

        assertThat(roles(admin.id())).containsExactly("SYSADMIN");
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, admin.id()))
                .isTrue();

        // another SYSADMIN may take the role away
        mvc.perform(post("/admin/users/{id}", admin.id()).with(as("sysadmin2")).with(csrf())
                        .param("displayName", "Demoted").param("branchId", branch)
                        .param("roles", "ADMIN").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users/" + admin.id()));
        assertThat(roles(admin.id())).containsExactly("ADMIN");
    }

    @Test
    void caseworkerIsForbiddenTheUserPages() throws Exception {
        mvc.perform(get("/admin/users").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock", userId("caseworker")).with(as("caseworker")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private UserSummary createUser(String prefix, String branchCode, Role role) {
        return users.create(new CreateUser(uniqueName(prefix), PASSWORD, "Test " + prefix, branchId(branchCode),
                Set.of(role), null, null));
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    private long branchId(String code) {
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private List<String> roles(long userId) {
        return jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, userId);
    }
}
