package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

/** The leads API over HTTP Basic, as a mobile app or another system would call it. */
class LeadApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void reportAssignAndDismissOverJsonWithTheSameRulesAsThePages() throws Exception {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        String name = TestPeople.freshName("接口");
        String body = mvc.perform(post("/api/v1/leads").with(httpBasic("volunteer", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"branchId\":" + yanta + ",\"personName\":\"" + name + "\",\"situation\":\"失业\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("NEW"))
                // a volunteer's answer is the state only, as on the page (never whether the person is on file)
                .andExpect(jsonPath("$.duplicateReason").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/leads/{id}", id).with(httpBasic("volunteer", "unionaid-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NEW"))
                .andExpect(jsonPath("$.situation").doesNotExist());

        mvc.perform(post("/api/v1/leads/{id}/refer", id).with(httpBasic("caseworker", "unionaid-demo"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"低保\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("lead.transition.illegal"))
                .andExpect(jsonPath("$.detail").value("Not possible: the lead is New and cannot be referred."));

        long caseworker = jdbc.queryForObject("select id from user_account where username = 'caseworker'", Long.class);
        mvc.perform(post("/api/v1/leads/{id}/assign", id).with(httpBasic("caseworker", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseworkerUserId\":" + caseworker + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
        mvc.perform(post("/api/v1/leads/{id}/dismiss", id).with(httpBasic("caseworker", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"重复上报\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISMISSED"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Lead' and entity_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(3);
    }

    @Test
    void anotherBranchGets404AndNeverSeesTheLeadInTheList() throws Exception {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        String body = mvc.perform(post("/api/v1/leads").with(httpBasic("caseworker", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"branchId\":" + yanta + ",\"personName\":\"" + TestPeople.freshName("接口")
                                + "\",\"situation\":\"重病\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = Integer.parseInt(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/leads/{id}", id).with(httpBasic("caseworker2", "unionaid-demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("notFound"));
        mvc.perform(get("/api/v1/leads").param("size", "100").with(httpBasic("caseworker2", "unionaid-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/leads").param("size", "100").param("state", "NEW")
                        .with(httpBasic("caseworker", "unionaid-demo")))
                .andExpect(jsonPath("$.content[*].id", hasItem(id)));
    }

    @Test
    void invalidNationalIdIsRefusedWith400() throws Exception {
        mvc.perform(post("/api/v1/leads").with(httpBasic("caseworker", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"branchId\":1,\"personName\":\"x\",\"situation\":\"y\",\"nationalId\":\"110101199002301234\"}"))
                .andExpect(status().isBadRequest());
    }
}
