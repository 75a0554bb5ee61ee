package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

/**
 * A programme's funding figures (the funding page, its htmx fragment and {@code /api/v1/payouts/funding}) are shown
 * exactly to those who may see the programme: staff of its branch's subtree and above it, the partner who funds
 * it; 404 for another branch's staff and partners; 403 for the roles the page and the API refuse outright
 * (SYSADMIN, workers, volunteers, employers: the role x resource matrix, docs/security.md).
 */
class FundingVisibilityIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;

    @Test
    void fundingFiguresAre404ForWhoeverCannotSeeTheProgramme() throws Exception {
        TestProgrammes test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes,
                applications, funding, jdbc);
        long programme = test.create(TestProgrammes.cash("资金可见", List.of(), List.of(), List.of(), "500.00")).id();
        test.fund(programme, "1000.00");
        test.fundByPartner(programme, "300.00", "partner");

        // username → expected status of the page (and its fragment), then of the API
        Map<String, int[]> expected = new java.util.LinkedHashMap<>();
        for (String rightful : List.of("admin", "admin2", "caseworker", "auditor", "reviewer", "partner")) {
            expected.put(rightful, new int[] {200, 200});
        }
        expected.put("sysadmin", new int[] {403, 403});
        for (String otherBranch : List.of("caseworker2", "auditor2", "reviewer2", "partner2")) {
            expected.put(otherBranch, new int[] {404, 404});
        }
        expected.put("sysadmin2", new int[] {403, 403});
        for (String never : List.of("worker", "volunteer", "volunteer2", "employer", "employer2")) {
            expected.put(never, new int[] {403, 403});
        }

        List<String> wrong = new ArrayList<>();
        for (var e : expected.entrySet()) {
            var user = users.loadUserByUsername(e.getKey());
            int page = mvc.perform(get("/payouts/funding").param("programme", String.valueOf(programme))
                    .with(user(user))).andReturn().getResponse().getStatus();
            int fragment = mvc.perform(get("/payouts/funding").param("programme", String.valueOf(programme))
                    .param("fragment", "true").with(user(user))).andReturn().getResponse().getStatus();
            var api = mvc.perform(get("/api/v1/payouts/funding").param("programme", String.valueOf(programme))
                    .with(user(user))).andReturn().getResponse();
            if (page != e.getValue()[0] || fragment != e.getValue()[0] || api.getStatus() != e.getValue()[1]) {
                wrong.add(e.getKey() + ": page " + page + ", fragment " + fragment + ", API " + api.getStatus());
            }
            if (api.getStatus() == 404) {
                assertThat(api.getContentAsString()).doesNotContain("1000.00").doesNotContain("allocated");
            }
            if (api.getStatus() == 200) {
                assertThat(api.getContentAsString()).contains("\"allocated\":1300.00");
            }
        }
        assertThat(wrong).as("who sees the funding figures").isEmpty();

        int missing = mvc.perform(get("/api/v1/payouts/funding").param("programme", "987654321")
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse().getStatus();
        assertThat(missing).isEqualTo(404);
    }
}
