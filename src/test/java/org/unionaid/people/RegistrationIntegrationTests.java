package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unionaid.support.IntegrationTestSupport;

class RegistrationIntegrationTests extends IntegrationTestSupport {

    private MockHttpServletRequestBuilder register(String name, String nationalId, String username, String password,
                                                   String language) {
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT-KD'", Long.class);
        return post("/register").with(csrf()).header("Accept-Language", language)
                .param("name", name).param("nationalId", nationalId).param("phone", "13700001234")
                .param("branchId", String.valueOf(branch)).param("username", username)
                .param("password", password).param("confirmPassword", password);
    }

    @Test
    void registrationFormIsPublicAndListsActiveBranches() throws Exception {
        String html = mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"register-form\"").contains("雁塔区快递员联合工会").contains("_csrf");
    }

    @Test
    void aWorkerRegistersAndTheAccountIsLinkedToTheNewWorkerRecord() throws Exception {
        String id = TestPeople.freshNationalId();
        mvc.perform(register("注册成功", id, "selfreg-ok", "my-secret-pass-1", "zh-CN"))
                .andExpect(redirectedUrl("/login?registered"));

        Long workerId = jdbc.queryForObject("select worker_id from user_account where username = 'selfreg-ok'",
                Long.class);
        assertThat(workerId).isNotNull();
        assertThat(jdbc.queryForObject("select name from worker where id = ?", String.class, workerId))
                .isEqualTo("注册成功");
        assertThat(jdbc.queryForObject("""
                select count(*) from user_role r join user_account u on u.id = r.user_id
                 where u.username = 'selfreg-ok' and r.role = 'WORKER'""", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'Worker' and entity_id = ?
                   and action = 'SELF_REGISTER'""", Integer.class, String.valueOf(workerId))).isEqualTo(1);
    }

    @Test
    void aDuplicateNationalIdIsRefusedWithoutSayingItIsOnFileKeepingWhatWasTypedButThePassword() throws Exception {
        String id = TestPeople.freshNationalId();
        mvc.perform(register("先注册", id, "selfreg-first", "my-secret-pass-1", "zh-CN"))
                .andExpect(redirectedUrl("/login?registered"));

        String html = mvc.perform(register("后注册", id, "selfreg-second", "my-secret-pass-2", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // an anonymous visitor learns what to do, not that a worker with this ID exists
        assertThat(html).contains("无法用该身份证号在此注册。如您以前注册过，请直接登录")
                .doesNotContain("已经登记").contains("后注册").contains("selfreg-second")
                .contains("13700001234").doesNotContain("my-secret-pass-2");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'selfreg-second'",
                Integer.class)).isZero();
        // the duplicate protection holds: still one worker with this ID
        assertThat(jdbc.queryForObject("select count(*) from worker where name in ('先注册', '后注册', 'Later')"
                + " and national_id_masked = ?", Integer.class, id.substring(0, 4) + "**********" + id.substring(14)))
                .isEqualTo(1);

        String english = mvc.perform(register("Later", id, "selfreg-third", "my-secret-pass-3", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("If you have registered before, sign in").doesNotContain("already registered");
    }

    @Test
    void aMistypedIdAndMismatchedPasswordsAreShownInline() throws Exception {
        String html = mvc.perform(register("输错", "610113199003071238", "selfreg-typo", "my-secret-pass-1", "zh-CN")
                        .param("confirmPassword", "something-else"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("校验码").contains("两次").contains("输错");
    }

    @Test
    void aTakenUsernameLeavesNoWorkerBehind() throws Exception {
        String id = TestPeople.freshNationalId();
        String html = mvc.perform(register("用户名重复", id, "caseworker", "my-secret-pass-1", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("already taken");
        assertThat(jdbc.queryForObject("select count(*) from worker where name = '用户名重复'", Integer.class)).isZero();
    }
}
