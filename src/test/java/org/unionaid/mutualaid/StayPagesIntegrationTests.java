package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hospital-stays page and API (issue 14 item 2): upload, problems in the user's language, template, scope. */
class StayPagesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    EnrolmentConfirmations confirmations;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Claims claims;
    @Autowired
    Users users;
    @Autowired
    JsonMapper json;

    TestPeople people;
    TestClaims data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        today = Today.date();
    }

    UserDetails as(String username) {
        return userDetails.loadUserByUsername(username);
    }

    @Test
    void theApiImportsAnXlsxListsScopedImportsAndConfirms() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        HospitalStaysIntegrationTests.TestStays.Member member = HospitalStaysIntegrationTests.TestStays.member(people,
                enrolments, users, data, plan, today.minusDays(200));
        String hospital = HospitalStaysIntegrationTests.TestStays.hospital();
        // typed cells as a medical-insurance office's Excel has them: dates and amounts, not texts
        byte[] xlsx = Spreadsheets.write("结算", List.of("身份证号", "医院", "入院", "出院", "总额", "统筹", "自付"),
                List.of(List.<Object>of(member.nationalId(), hospital, today.minusDays(10), today.minusDays(4),
                        new BigDecimal("5000.00"), BigDecimal.ZERO, new BigDecimal("5000.00"))));

        String body = mvc.perform(multipart("/api/v1/hospital-stays/imports")
                        .file(new MockMultipartFile("file", "jiesuan.xlsx", "application/octet-stream", xlsx))
                        .with(user(as("reviewer"))).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claimedRows").value(1))
                .andExpect(jsonPath("$.rows[0].outcome").value("CLAIMED"))
                .andReturn().getResponse().getContentAsString();
        JsonNode imported = json.readTree(body);
        long importId = imported.get("id").asLong();
        long claimId = imported.get("rows").get(0).get("claims").get(0).get("id").asLong();

        mvc.perform(get("/api/v1/hospital-stays").with(user(as("reviewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) importId)));
        mvc.perform(get("/api/v1/hospital-stays/" + importId).with(user(as("reviewer"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[0].hospital").value(hospital));
        mvc.perform(get("/api/v1/hospital-stays/" + importId).with(user(as("reviewer2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hospital-stays").with(user(as(member.username()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hospital-stays/pending").with(user(as("reviewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.claimId == " + claimId + ")].amount").value(2400.00));
        mvc.perform(post("/api/v1/hospital-stays/confirm").with(user(as("reviewer"))).with(csrf())
                        .contentType("application/json").content("{\"claimIds\": [" + claimId + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed.length()").value(1));
        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class, claimId))
                .isEqualTo("APPROVED");
        mvc.perform(post("/api/v1/hospital-stays/confirm").with(user(as("reviewer"))).with(csrf())
                        .contentType("application/json").content("{\"claimIds\": []}"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/hospital-stays/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(as("employer"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRejectedFileAnswers422WithItsRowsAndThePageShowsThemInTheUsersLanguage() throws Exception {
        String csv = HospitalStaysIntegrationTests.TestStays.HEADER
                + TestPeople.freshNationalId() + ",某医院,2026-13-01," + today.minusDays(2) + ",100,0,100\n";
        MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/hospital-stays/imports").file(file).with(user(as("reviewer"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("stay.import.rejected"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].code").value("stay.row.date"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(multipart("/mutualaid/stays/upload").file(file).with(user(as("reviewer"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file has 1 problem(s); nothing was imported.")))
                .andExpect(content().string(containsString("Not a date: 2026-13-01 (use 2026-03-01).")))
                .andExpect(content().string(containsString("Admission date")));
        mvc.perform(multipart("/mutualaid/stays/upload").file(file).with(user(as("reviewer"))).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是日期：2026-13-01")));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_hospital_stay where hospital = '某医院'",
                Integer.class)).isZero();
    }

    @Test
    void theTemplateHasTheColumnsInTheUsersLanguage() throws Exception {
        byte[] en = mvc.perform(get("/mutualaid/stays/template.xlsx").with(user(as("reviewer")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read(en, 10).get(0)).containsExactly("National ID", "Hospital", "Admission date",
                "Discharge date", "Invoice total", "Paid by basic insurance", "Self-paid");
        byte[] zh = mvc.perform(get("/mutualaid/stays/template.xlsx").with(user(as("reviewer")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read(zh, 10).get(0)).startsWith("身份证号", "医院", "入院日期");
        mvc.perform(get("/mutualaid/stays").with(user(as("caseworker")))).andExpect(status().isForbidden());
    }
}
