package org.unionaid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionaid.support.IntegrationTestSupport;

/** The export link of each filtered list carries every filter that is set, and the export answers with it. */
class FilterLinksIntegrationTests extends IntegrationTestSupport {

    @Autowired
    UserDetailsService users;

    @Test
    void theHardshipFilesExportCarriesEveryActiveFilter() throws Exception {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("state", "ACTIVE");
        filter.put("category", "DEEP");
        filter.put("level", "CITY");
        filter.put("primaryCause", "ILLNESS");
        filter.put("caseworkerId", "12345");
        filter.put("branchId", branchOf("caseworker"));
        filter.put("sort", "fileNumber,asc");
        assertExportCarries("/hardship/files", "files-export", "/hardship/files/export.xlsx", filter);
    }

    @Test
    void thePayoutsExportCarriesEveryActiveFilter() throws Exception {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("state", "PROPOSED");
        filter.put("form", "CASH");
        filter.put("sourceType", "APPLICATION");
        filter.put("programmeId", "54321");
        filter.put("branchId", branchOf("caseworker"));
        filter.put("from", "2026-01-01");
        filter.put("to", "2026-02-28");
        filter.put("sort", "amount,desc");
        assertExportCarries("/payouts", "payouts-export", "/payouts/export.xlsx", filter);
    }

    @Test
    void theApplicationsExportCarriesEveryActiveFilterAFalseOneToo() throws Exception {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("programmeId", "54321");
        filter.put("state", "SUBMITTED");
        filter.put("branchId", branchOf("caseworker"));
        filter.put("eligible", "false");
        filter.put("sort", "reference,asc");
        assertExportCarries("/applications", "applications-export", "/applications/export.xlsx", filter);
    }

    @Test
    void filtersThatAreNotSetAreLeftOutOfTheExport() throws Exception {
        String html = page(get("/payouts").param("state", "PAID").param("form", "").param("from", ""));
        assertThat(href(html, "payouts-export")).isEqualTo("/payouts/export.xlsx?state=PAID");
    }

    private void assertExportCarries(String list, String exportId, String exportPath, Map<String, String> filter)
            throws Exception {
        MockHttpServletRequestBuilder request = get(list);
        filter.forEach(request::param);
        String link = href(page(request), exportId);
        var uri = UriComponentsBuilder.fromUriString(link).build();
        assertThat(uri.getPath()).isEqualTo(exportPath);
        assertThat(uri.getQueryParams().toSingleValueMap()).isEqualTo(filter);
        // and the link is one the export answers
        mvc.perform(get(link).with(user(as("caseworker")))).andExpect(status().isOk());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as("caseworker")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String href(String html, String id) {
        Matcher a = Pattern.compile("<a[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(a.find()).as("link #" + id).isTrue();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(a.group());
        assertThat(href.find()).isTrue();
        return href.group(1).replace("&amp;", "&");
    }

    private String branchOf(String username) {
        return String.valueOf(jdbc.queryForObject("select branch_id from user_account where username = ?",
                Long.class, username));
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
