package org.unionaid.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users.CreateUser;

class SignInIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void demoUserSignsInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("caseworker").password("unionaid-demo"))
                .andExpect(authenticated().withUsername("caseworker").withRoles("CASEWORKER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() throws Exception {
        mvc.perform(formLogin("/login").user("caseworker").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void accountIsLockedAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        users.create(new CreateUser("lockme", "correct-horse-battery", "Lock Me", branch, Set.of(Role.CASEWORKER),
                null, null));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockme").password("wrong-" + i)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin("/login").user("lockme").password("correct-horse-battery"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.queryForObject("select locked_until > now() from user_account where username = 'lockme'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                 where entity_type = 'UserAccount' and action = 'LOCKED'
                   and entity_id = (select id::text from user_account where username = 'lockme')""",
                Integer.class)).isEqualTo(1);

        long id = jdbc.queryForObject("select id from user_account where username = 'lockme'", Long.class);
        // unlocking is a SYSADMIN's action (Users.unlock is @PreAuthorize'd)
        mvc.perform(post("/admin/users/{id}/unlock", id).with(csrf())
                        .with(user(userDetailsService.loadUserByUsername("sysadmin"))))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(formLogin("/login").user("lockme").password("correct-horse-battery"))
                .andExpect(authenticated());
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'caseworker'",
                String.class);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
