package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.IntegrationTestSupport;

/** The registry pages and API: scoping by URL guessing, masked IDs, the audited reveal, JSON shape. */
class WorkerPagesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    UserDetailsService userDetails;

    TestPeople test;

    @BeforeEach
    void setUp() {
        test = new TestPeople(people, userDetails, jdbc);
    }

    @Test
    void caseworkerGets404ForAWorkerOfAnotherCityOnPageAndApi() throws Exception {
        WorkerView baoji = test.register("caseworker2", TestPeople.freshName("猜网址"), "SN-BJ-WB");

        mvc.perform(get("/workers/{id}", baoji.id()).with(user(test.user("caseworker"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workers/{id}", baoji.id()).with(user(test.user("caseworker"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workers/{id}/national-id", baoji.id()).with(user(test.user("caseworker"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workers/{id}", baoji.id()).with(user(test.user("caseworker2"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/workers/{id}", 999_999_999L).with(user(test.user("caseworker2"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWorkerGets404ForAnotherWorkerAndSeesTheirOwnHomePage() throws Exception {
        WorkerView other = test.register("caseworker", TestPeople.freshName("别人"), "SN-XA-YT-WL");

        mvc.perform(get("/workers/{id}", other.id()).with(user(test.user("worker")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workers/{id}", other.id()).with(user(test.user("worker"))))
                .andExpect(status().isNotFound());
        String me = mvc.perform(get("/me").with(user(test.user("worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(me).contains("王秀兰").contains("6101**********").contains("id=\"household-per-capita\"");
        mvc.perform(get("/").with(user(test.user("worker")))).andExpect(redirectedUrl("/me"));
    }

    @Test
    void searchPageShowsOnlyMaskedIds() throws Exception {
        String id = TestPeople.freshNationalId();
        String name = TestPeople.freshName("列表");
        test.as("caseworker", () -> people.register(test.details(id, name, "SN-XA-YT")));

        String html = mvc.perform(get("/workers").param("q", name).with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(name).contains(id.substring(0, 4) + "**********" + id.substring(14))
                .doesNotContain(id).contains("table-responsive");
    }

    @Test
    void theFullListPagesThroughTheCaseworkersWorkers() throws Exception {
        String html = mvc.perform(get("/workers").param("q", "").with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("class=\"pagination").contains("rel=\"next\"").doesNotContain("rel=\"prev\"")
                .contains("worker-search-q");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"/workers\\?[^\"]*after=([A-Za-z0-9_-]+)\"")
                .matcher(html);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String second = mvc.perform(get("/workers").param("q", "").param("after", next.group(1))
                        .with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("rel=\"prev\"").contains("before=");
        assertThat(firstRowId(second)).isNotEqualTo(firstRowId(html));
        // a damaged cursor in the address shows the first page
        String damaged = mvc.perform(get("/workers").param("after", "%%%").with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(firstRowId(damaged)).isEqualTo(firstRowId(html));
    }

    @Test
    void revealButtonShowsTheFullIdAndAuditsTheView() throws Exception {
        String id = TestPeople.freshNationalId();
        WorkerView worker = test.as("caseworker",
                () -> people.register(test.details(id, TestPeople.freshName("显示"), "SN-XA-YT")));

        String detail = mvc.perform(get("/workers/{id}", worker.id()).with(user(test.user("caseworker"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).doesNotContain(id).contains("id=\"worker-reveal\"");

        String fragment = mvc.perform(post("/workers/{id}/national-id", worker.id())
                        .with(user(test.user("caseworker"))).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(id).contains("worker-national-id").doesNotContain("<html");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'Worker' and entity_id = ?
                   and action = 'VIEW_NATIONAL_ID' and actor = 'caseworker'""", Integer.class,
                String.valueOf(worker.id()))).isEqualTo(1);

        mvc.perform(post("/workers/{id}/national-id", worker.id()).with(user(test.user("caseworker"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void caseworkerRegistersAWorkerAndAMistypedIdKeepsWhatWasTyped() throws Exception {
        String name = TestPeople.freshName("新登记");
        String html = mvc.perform(post("/workers/new").with(user(test.user("caseworker"))).with(csrf())
                        .param("name", name).param("nationalId", "610113199003071238").param("phone", "13900001111")
                        .param("branchId", String.valueOf(test.branch("SN-XA-YT")))
                        .param("employmentForm", "FLEXIBLE").param("workerType", "URBAN")
                        .param("socialInsuranceMonths", "3").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("its last character does not match").contains(name).contains("13900001111");

        String id = TestPeople.freshNationalId();
        mvc.perform(post("/workers/new").with(user(test.user("caseworker"))).with(csrf())
                        .param("name", name).param("nationalId", id).param("phone", "13900001111")
                        .param("branchId", String.valueOf(test.branch("SN-XA-YT")))
                        .param("employmentForm", "FLEXIBLE").param("workerType", "URBAN")
                        .param("socialInsuranceMonths", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from worker where name = ?", Integer.class, name)).isEqualTo(1);
    }

    @Test
    void apiReturnsJsonWithMaskedIdsOnly() throws Exception {
        String id = TestPeople.freshNationalId();
        String name = TestPeople.freshName("接口");
        WorkerView worker = test.as("caseworker", () -> people.register(test.details(id, name, "SN-XA-YT")));

        String list = mvc.perform(get("/api/v1/workers").param("q", name).with(user(test.user("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(worker.id()))
                .andExpect(jsonPath("$.content[0].name").value(name))
                .andExpect(jsonPath("$.content[0].nationalIdMasked").value(worker.nationalIdMasked()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(id);

        String one = mvc.perform(get("/api/v1/workers/{id}", worker.id()).with(user(test.user("caseworker")))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.nationalIdMasked").value(worker.nationalIdMasked()))
                .andExpect(jsonPath("$.bankAccountMasked").value("****2337"))
                .andExpect(jsonPath("$.household.size").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(one).doesNotContain(id).doesNotContain("6222000011112222333");

        mvc.perform(get("/api/v1/workers").with(user(test.user("worker")))).andExpect(status().isForbidden());
    }

    @Test
    void openApiDocumentDescribesTheWorkerApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/workers").contains("/api/v1/workers/{id}");
    }

    @Test
    void theApiPagesByCursorAndRefusesADamagedOne() throws Exception {
        String prefix = TestPeople.freshName("游标");
        for (String suffix : List.of("1", "2", "3")) {
            test.as("caseworker", () -> people.register(test.details(TestPeople.freshNationalId(), prefix + suffix,
                    "SN-XA-YT")));
        }
        String first = mvc.perform(get("/api/v1/workers").param("q", prefix).param("size", "2")
                        .with(user(test.user("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value(prefix + "1"))
                .andExpect(jsonPath("$.content[1].name").value(prefix + "2"))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalCapped").value(false))
                .andExpect(jsonPath("$.previous").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String next = com.jayway.jsonpath.JsonPath.read(first, "$.next");
        String second = mvc.perform(get("/api/v1/workers").param("q", prefix).param("size", "2").param("after", next)
                        .with(user(test.user("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].name").value(prefix + "3"))
                .andExpect(jsonPath("$.next").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String previous = com.jayway.jsonpath.JsonPath.read(second, "$.previous");
        mvc.perform(get("/api/v1/workers").param("q", prefix).param("size", "2").param("before", previous)
                        .with(user(test.user("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value(prefix + "1"))
                .andExpect(jsonPath("$.content[1].name").value(prefix + "2"));
        mvc.perform(get("/api/v1/workers").param("after", "%%%not-ours").with(user(test.user("caseworker"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("paging.cursorInvalid"));
    }

    private static String firstRowId(String html) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"worker-row-([0-9]+)\"").matcher(html);
        assertThat(row.find()).isTrue();
        return row.group(1);
    }
}
