package org.unionaid.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users.CreateUser;

class PasswordChangeIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetails;

    private String username;

    @BeforeEach
    void createUser() {
        username = "pwchange" + System.nanoTime();
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        users.create(new CreateUser(username, "first-password-1", "Password Changer", branch,
                Set.of(Role.CASEWORKER), null, null));
    }

    @Test
    void userChangesOwnPasswordAndSignsInWithTheNewOne() throws Exception {
        mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                        .param("currentPassword", "first-password-1")
                        .param("newPassword", "新的密码很安全-2026")
                        .param("confirmPassword", "新的密码很安全-2026"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(formLogin("/login").user(username).password("first-password-1")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password("新的密码很安全-2026")).andExpect(authenticated());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'CHANGE_PASSWORD'
                   and entity_id = (select id::text from user_account where username = ?)""", Integer.class, username))
                .isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
        mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "another-password-3")
                        .param("confirmPassword", "another-password-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is wrong.")));
        mvc.perform(formLogin("/login").user(username).password("first-password-1")).andExpect(authenticated());
    }

    @Test
    void mismatchedConfirmationAndShortPasswordAreExplained() throws Exception {
        mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("currentPassword", "first-password-1")
                        .param("newPassword", "short")
                        .param("confirmPassword", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("currentPassword", "first-password-1")
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少需要 10 个字符")));
    }

    @Test
    void staffWithoutSysadminRoleGetTheFriendly403Page() throws Exception {
        mvc.perform(get("/admin/users").with(user(userDetails.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden());
    }
}
