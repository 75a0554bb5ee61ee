package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

class LeadsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Leads leads;

    @Autowired
    Visits visits;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.unionaid.people.People registry;

    @Autowired
    HardshipFiles files;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void volunteerReportsALeadWithAPhotoFromThePhoneForm() throws Exception {
        String name = TestPeople.freshName("线索");
        String nationalId = TestPeople.freshNationalId();
        mvc.perform(multipart("/leads").file(new MockMultipartFile("photos", "家门口.png", "image/png", png()))
                        .with(user(users.loadUserByUsername("volunteer"))).with(csrf())
                        .param("branchId", String.valueOf(branch("SN-XA-YT")))
                        .param("personName", name).param("nationalId", nationalId).param("phone", "13900001111")
                        .param("situation", "丈夫重病，两个孩子上学"))
                .andExpect(redirectedUrl("/leads/mine"));

        var row = jdbc.queryForMap("select id, state, source, national_id_enc, national_id_masked from lead "
                + "where person_name = ?", name);
        assertThat(row).containsEntry("state", "NEW").containsEntry("source", "VOLUNTEER");
        assertThat((String) row.get("national_id_enc")).doesNotContain(nationalId).doesNotContain(nationalId.substring(6, 14));
        assertThat((String) row.get("national_id_masked")).isEqualTo(nationalId.substring(0, 4) + "**********"
                + nationalId.substring(14));
        assertThat(jdbc.queryForObject("select count(*) from document where owner_type = 'LEAD' and owner_id = ?",
                Integer.class, row.get("id"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Lead' "
                + "and entity_id = ? and action = 'REPORT' and actor = 'volunteer'", Integer.class,
                String.valueOf(row.get("id")))).isEqualTo(1);

        // the volunteer follows the state but never sees the caseworkers' page
        mvc.perform(get("/leads/{id}", row.get("id")).with(user(users.loadUserByUsername("volunteer")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Received; a caseworker will be assigned soon.")))
                .andExpect(content().string(not(containsString("丈夫重病"))));
    }

    @Test
    void aSecondLeadForTheSameNationalIdIsFlaggedNotSilentlyAdded() {
        String nationalId = TestPeople.freshNationalId();
        LeadView first = report("volunteer", "SN-XA-YT", nationalId);
        LeadView second = report("caseworker", "SN-XA-YT", nationalId.toLowerCase());

        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.duplicateReason()).isEqualTo(DuplicateReason.OPEN_LEAD);
        assertThat(second.duplicateOfLeadId()).isEqualTo(first.id());
        // duplicates are found across branches too: one person is one record (docs/design.md §2)
        LeadView third = report("volunteer2", "SN-BJ-WB", nationalId);
        assertThat(third.duplicateOfLeadId()).isEqualTo(first.id());
    }

    @Test
    void aVolunteerIsToldOnlyThatTheReportArrivedWhileTheCaseworkerSeesTheFlagAndTheReportersContact()
            throws Exception {
        String nationalId = TestPeople.freshNationalId();
        LeadView first = report("volunteer", "SN-XA-YT", nationalId);
        String name = TestPeople.freshName("回访");
        mvc.perform(multipart("/leads").with(user(users.loadUserByUsername("volunteer"))).with(csrf())
                        .param("branchId", String.valueOf(branch("SN-XA-YT"))).param("personName", name)
                        .param("nationalId", nationalId).param("situation", "再次上报")
                        .param("reporterContact", "志愿者王 13700007777"))
                .andExpect(redirectedUrl("/leads/mine"))
                .andExpect(flash().attribute("success", "lead.reported"));
        long id = jdbc.queryForObject("select id from lead where person_name = ?", Long.class, name);
        // flagged for the staff all the same
        assertThat(jdbc.queryForMap("select duplicate_reason, duplicate_of_lead_id from lead where id = ?", id))
                .containsEntry("duplicate_reason", "OPEN_LEAD").containsEntry("duplicate_of_lead_id", first.id());
        mvc.perform(get("/leads/mine").with(user(users.loadUserByUsername("volunteer")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("未结线索"))))
                .andExpect(content().string(not(containsString("疑似重复"))));
        mvc.perform(get("/leads/{id}", id).with(user(users.loadUserByUsername("volunteer")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("疑似重复"))));

        // the caseworker sees the flag, who reported and how to call them back
        mvc.perform(get("/leads/{id}", id).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("疑似重复：该身份证号已有未结线索。")))
                .andExpect(content().string(containsString("上报人联系方式")))
                .andExpect(content().string(containsString("志愿者王 13700007777")))
                .andExpect(content().string(containsString(
                        jdbc.queryForObject("select display_name from user_account where username = 'volunteer'",
                                String.class))));
        // another branch's volunteer or caseworker never reaches the contact
        mvc.perform(get("/leads/{id}", id).with(user(users.loadUserByUsername("volunteer2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leads/{id}", id).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());

        // the API answers a volunteer the same way: the state, no duplicate flag
        mvc.perform(post("/api/v1/leads").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("volunteer", "unionaid-demo"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"branchId\":" + branch("SN-XA-YT") + ",\"personName\":\"" + name
                                + "\",\"nationalId\":\"" + nationalId + "\",\"situation\":\"第三次\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.state")
                        .value("NEW"))
                .andExpect(content().string(not(containsString("duplicate"))));
    }

    @Test
    void aLeadForSomeoneWithAnOpenHardshipFileIsFlagged() {
        TestPeople testPeople = new TestPeople(registry, users, jdbc);
        String nationalId = TestPeople.freshNationalId();
        long worker = testPeople.as("caseworker", () -> registry.register(
                testPeople.details(nationalId, TestPeople.freshName("在档"), "SN-XA-YT")).id());
        testPeople.as("caseworker", () -> households.updateHousehold(worker,
                new org.unionaid.people.HouseholdDetails(null, new java.math.BigDecimal("6000.00"),
                        java.math.BigDecimal.ZERO)));
        testPeople.as("caseworker", () -> files.open(TestFiles.command(worker)));

        LeadView lead = report("volunteer", "SN-XA-YT", nationalId);

        assertThat(lead.duplicateReason()).isEqualTo(DuplicateReason.ACTIVE_FILE);
    }

    @Test
    void assignmentNotifiesTheCaseworkerAndIsAudited() {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        long caseworker = userId("caseworker");

        LeadView assigned = SignedIn.as(users, "caseworker", () -> leads.assign(lead.id(), caseworker));

        assertThat(assigned.state()).isEqualTo(LeadState.ASSIGNED);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user_id = ? "
                + "and kind = 'LEAD_ASSIGNED' and link = ?", Integer.class, caseworker, "/leads/" + lead.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select after_value ->> 'state' from audit_event where entity_type = 'Lead' "
                + "and entity_id = ? and action = 'ASSIGN'", String.class, String.valueOf(lead.id())))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void aLeadCannotBeGivenToACaseworkerWhoCannotSeeItsBranch() {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        assertThatThrownBy(() -> SignedIn.as(users, "admin2", () -> leads.assign(lead.id(), userId("caseworker2"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("lead.assign.notACaseworkerForBranch"));
    }

    @Test
    void visitWithFewerThanTwoVisitorsOrAFakePhotoIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        LeadView lead = assignedLead();
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/leads/{id}/visits", lead.id())
                        .file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", exe))
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("visitDate", Today.date().toString())
                        .param("visitors", "张伟\n李娜").param("findings", "家中只有一张床")
                        .param("householdSize", "3").param("annualDisposableIncome", "24000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be uploaded")))
                .andExpect(content().string(containsString("家中只有一张床")));
        mvc.perform(multipart("/leads/{id}/visits", lead.id())
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("visitDate", Today.date().toString())
                        .param("visitors", "张伟").param("findings", "家中只有一张床")
                        .param("householdSize", "3").param("annualDisposableIncome", "24000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter at least two visitors")));
        assertThat(jdbc.queryForObject("select count(*) from verification_visit where lead_id = ?", Integer.class,
                lead.id())).isZero();
        assertThat(jdbc.queryForObject("select state from lead where id = ?", String.class, lead.id()))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void visitWithTwoVisitorsAndAPhotoStartsVerificationAndDerivesIncome() throws Exception {
        LeadView lead = assignedLead();
        mvc.perform(multipart("/leads/{id}/visits", lead.id())
                        .file(new MockMultipartFile("photos", "visit.png", "image/png", png()))
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .param("visitDate", Today.date().toString())
                        .param("visitors", "张伟, 志愿者陈静").param("findings", "属实")
                        .param("householdSize", "4").param("annualDisposableIncome", "36000.00")
                        .param("rigidExpenditure", "6000").param("consentSigned", "true"))
                .andExpect(redirectedUrl("/leads/" + lead.id()));

        assertThat(jdbc.queryForObject("select state from lead where id = ?", String.class, lead.id()))
                .isEqualTo("VERIFYING");
        List<VisitView> seen = SignedIn.as(users, "caseworker", () -> visits.ofLead(lead.id()));
        assertThat(seen).singleElement().satisfies(v -> {
            assertThat(v.visitors()).containsExactly("张伟", "志愿者陈静");
            assertThat(v.perCapitaMonthlyIncome()).isEqualByComparingTo("625.00");
            assertThat(v.documents()).singleElement().satisfies(d -> assertThat(d.mediaType()).isEqualTo("image/png"));
        });
        mvc.perform(get("/leads/{id}", lead.id()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(content().string(containsString("625.00")));
    }

    @Test
    void visitIncomeAcceptsGroupedAndFullWidthFiguresAsPeopleTypeThem() throws Exception {
        for (String typed : List.of("36,000", "\uFF13\uFF16\uFF10\uFF10\uFF10", " 36\uFF0C000\uFF0E00 ")) {
            LeadView lead = assignedLead();
            mvc.perform(multipart("/leads/{id}/visits", lead.id())
                            .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                            .param("visitDate", Today.date().toString())
                            .param("visitors", "张伟\n李娜").param("findings", "属实")
                            .param("householdSize", "4").param("annualDisposableIncome", typed))
                    .andExpect(redirectedUrl("/leads/" + lead.id()));
            assertThat(jdbc.queryForObject("select annual_disposable_income from verification_visit where lead_id = ?",
                    java.math.BigDecimal.class, lead.id())).as(typed).isEqualByComparingTo("36000.00");
        }
    }

    @Test
    void anIncomeThatIsNoFigureReRendersTheFormWithAFieldMessageInChineseAndStoresNothing() throws Exception {
        LeadView lead = assignedLead();
        for (String typed : List.of("两万", "abc", "1.2.3")) {
            mvc.perform(multipart("/leads/{id}/visits", lead.id())
                            .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                            .param("visitDate", Today.date().toString())
                            .param("visitors", "张伟\n李娜").param("findings", "家中只有一张床")
                            .param("householdSize", "3").param("annualDisposableIncome", typed))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请用数字填写金额")))
                    .andExpect(content().string(not(containsString("Failed to convert"))))
                    .andExpect(content().string(containsString("家中只有一张床")))
                    .andExpect(content().string(containsString("value=\"" + typed + "\"")));
        }
        mvc.perform(multipart("/leads/{id}/visits", lead.id())
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("visitDate", Today.date().toString())
                        .param("visitors", "张伟\n李娜").param("findings", "属实")
                        .param("householdSize", "three").param("annualDisposableIncome", "两万"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an amount in figures")))
                .andExpect(content().string(containsString("Enter a whole number in figures.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        assertThat(jdbc.queryForObject("select count(*) from verification_visit where lead_id = ?", Integer.class,
                lead.id())).isZero();
    }

    @Test
    void illegalTransitionIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        mvc.perform(post("/leads/{id}/refer", lead.id()).param("note", "低保")
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf()))
                .andExpect(redirectedUrl("/leads/" + lead.id()))
                .andExpect(result -> assertThat(result.getFlashMap().get("failure")).isEqualTo("lead.transition.illegal"));
        BusinessRuleException refused = org.junit.jupiter.api.Assertions.assertThrows(BusinessRuleException.class,
                () -> SignedIn.as(users, "caseworker", () -> leads.refer(lead.id(), "低保")));
        assertThat(messages.getMessage(refused.code(), refused.args(), java.util.Locale.ENGLISH))
                .isEqualTo("Not possible: the lead is New and cannot be referred.");
        assertThat(messages.getMessage(refused.code(), refused.args(), java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("无法操作：线索当前为“新上报”，不能转介。");
        assertThat(jdbc.queryForObject("select state from lead where id = ?", String.class, lead.id())).isEqualTo("NEW");
    }

    @Test
    void dismissalNeedsAReasonAndIsAudited() throws Exception {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        mvc.perform(post("/leads/{id}/dismiss", lead.id()).param("reason", " ")
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf()))
                .andExpect(result -> assertThat(result.getFlashMap().get("failure"))
                        .isEqualTo("lead.dismiss.reasonRequired"));
        mvc.perform(post("/leads/{id}/dismiss", lead.id()).param("reason", "已搬离本市")
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf()))
                .andExpect(redirectedUrl("/leads/" + lead.id()));
        assertThat(jdbc.queryForMap("select state, outcome_note from lead where id = ?", lead.id()))
                .containsEntry("state", "DISMISSED").containsEntry("outcome_note", "已搬离本市");
        assertThat(jdbc.queryForObject("select reason from audit_event where entity_type = 'Lead' and entity_id = ? "
                + "and action = 'DISMISS'", String.class, String.valueOf(lead.id()))).isEqualTo("已搬离本市");
    }

    @Test
    void caseworkerOfAnotherBranchAndOtherVolunteersCannotOpenALead() throws Exception {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        mvc.perform(get("/leads/{id}", lead.id()).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leads/{id}", lead.id()).with(user(users.loadUserByUsername("volunteer2"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/leads/{id}/dismiss", lead.id()).param("reason", "x")
                        .with(user(users.loadUserByUsername("caseworker2"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leads").with(user(users.loadUserByUsername("caseworker2"))).param("state", "NEW"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-lead-id=\"" + lead.id() + "\""))));
        mvc.perform(get("/leads").with(user(users.loadUserByUsername("caseworker"))).param("state", "NEW"))
                .andExpect(content().string(containsString("data-lead-id=\"" + lead.id() + "\"")));
        mvc.perform(get("/leads").with(user(users.loadUserByUsername("volunteer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void verifiedLeadIsRegisteredInTheRegistryWithTheVisitsIncomeAndLinked() throws Exception {
        String nationalId = TestPeople.freshNationalId();
        LeadView reported = report("volunteer", "SN-XA-YT", nationalId);
        SignedIn.run(users, "caseworker", () -> leads.assign(reported.id(), userId("caseworker")));
        SignedIn.run(users, "caseworker", () -> visits.record(reported.id(), new VisitRecord(Today.date(),
                List.of("甲", "乙"), "属实", 3, new java.math.BigDecimal("21600.00"), new java.math.BigDecimal("3600.00"),
                java.math.BigDecimal.ZERO, null, true), List.of()));

        mvc.perform(post("/leads/{id}/register", reported.id()).with(user(users.loadUserByUsername("caseworker")))
                        .with(csrf()).param("name", reported.personName()).param("nationalId", "")
                        .param("employmentForm", "FLEXIBLE").param("workerType", "MIGRANT")
                        .param("socialInsuranceMonths", "8"))
                .andExpect(redirectedUrl("/leads/" + reported.id()));

        Long workerId = jdbc.queryForObject("select worker_id from lead where id = ?", Long.class, reported.id());
        assertThat(workerId).isNotNull();
        assertThat(jdbc.queryForMap("select w.name, w.employment_form, h.annual_disposable_income, h.rigid_expenditure "
                + "from worker w join household h on h.primary_worker_id = w.id where w.id = ?", workerId))
                .containsEntry("name", reported.personName()).containsEntry("employment_form", "FLEXIBLE")
                .containsEntry("annual_disposable_income", new java.math.BigDecimal("21600.00"))
                .containsEntry("rigid_expenditure", new java.math.BigDecimal("3600.00"));

        // a second lead for the same person links to the same record instead of creating a duplicate
        LeadView again = report("caseworker", "SN-XA-YT", nationalId);
        SignedIn.run(users, "caseworker", () -> leads.assign(again.id(), userId("caseworker")));
        SignedIn.run(users, "caseworker", () -> visits.record(again.id(), new VisitRecord(Today.date(),
                List.of("甲", "乙"), "复核", 3, java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, null, false), List.of()));
        LeadView linked = SignedIn.as(users, "caseworker", () -> leads.registerWorker(again.id(),
                new Leads.RegisterFromLead(null, "x", null, null, null, org.unionaid.people.EmploymentType.CONTRACT,
                        org.unionaid.people.WorkerType.URBAN, null, 0)));
        assertThat(linked.workerId()).isEqualTo(workerId);
    }

    @Test
    void aLeadsPersonIsRegisteredUnderTheRegistrysRulesAndNothingIsStoredWhenTheyFail() throws Exception {
        LeadView reported = report("volunteer", "SN-XA-YT", TestPeople.freshNationalId());
        SignedIn.run(users, "caseworker", () -> leads.assign(reported.id(), userId("caseworker")));
        SignedIn.run(users, "caseworker", () -> visits.record(reported.id(), new VisitRecord(Today.date(),
                List.of("甲", "乙"), "属实", 1, new java.math.BigDecimal("12000.00"), java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, null, true), List.of()));
        // the registry's own page refuses a membership that starts tomorrow: so does the lead's registration
        mvc.perform(post("/leads/{id}/register", reported.id()).with(user(users.loadUserByUsername("caseworker")))
                        .with(csrf()).header("Accept-Language", "en").param("name", reported.personName())
                        .param("employmentForm", "CONTRACT").param("workerType", "URBAN")
                        .param("unionMemberSince", Today.date().plusDays(1).toString())
                        .param("socialInsuranceMonths", "1300"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be in the future.")))
                .andExpect(content().string(containsString("Enter a number of months from 0 to 1200.")))
                .andExpect(content().string(containsString("value=\"1300\"")));
        assertThat(jdbc.queryForObject("select worker_id from lead where id = ?", Long.class, reported.id())).isNull();
    }

    @Test
    void aVerifiedHouseholdOfThreeIsNotFiledAsAHouseholdOfOne() throws Exception {
        LeadView reported = report("volunteer", "SN-XA-YT", TestPeople.freshNationalId());
        SignedIn.run(users, "caseworker", () -> leads.assign(reported.id(), userId("caseworker")));
        SignedIn.run(users, "caseworker", () -> visits.record(reported.id(), new VisitRecord(Today.date(),
                List.of("甲", "乙"), "三口之家，仅一人有收入", 3, new java.math.BigDecimal("24000.00"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, true), List.of()));
        mvc.perform(post("/leads/{id}/register", reported.id()).with(user(users.loadUserByUsername("caseworker")))
                        .with(csrf()).param("name", reported.personName())
                        .param("employmentForm", "CONTRACT").param("workerType", "URBAN")
                        .param("socialInsuranceMonths", "12"))
                .andExpect(redirectedUrl("/leads/" + reported.id()));
        long worker = jdbc.queryForObject("select worker_id from lead where id = ?", Long.class, reported.id());

        // the registry holds the worker alone: the filing page shows both figures and suggests nothing
        mvc.perform(get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .param("leadId", String.valueOf(reported.id()))
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filing-visit-disagrees\"")))
                .andExpect(content().string(containsString("家庭人口 3 人，人均月收入 666.67 元；职工库中的家庭：1 人，"
                        + "人均月收入 2000.00 元")))
                .andExpect(content().string(containsString("暂无（职工库与入户核实一致后再给出）")))
                .andExpect(content().string(not(containsString("data-category=\"DEEP\""))));
        // and refuses to file until they agree
        mvc.perform(post("/hardship/files/new").with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("workerId", String.valueOf(worker)).param("leadId", String.valueOf(reported.id()))
                        .param("category", "DEEP").param("level", "CITY").param("primaryCause", "ILLNESS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("differs from the verification visit (3 people, 666.67")));
        assertThat(jdbc.queryForObject("select count(*) from hardship_file where primary_worker_id = ?",
                Integer.class, worker)).isZero();

        // the caseworker records the two members the visit found: the figures agree, the suggestion is back
        for (String member : List.of("妻子", "孩子")) {
            SignedIn.run(users, "caseworker", () -> households.addMember(worker, new org.unionaid.people.MemberDetails(
                    TestPeople.freshName(member), member.equals("妻子") ? org.unionaid.people.Relation.SPOUSE
                    : org.unionaid.people.Relation.CHILD, null, Today.date().minusYears(member.equals("妻子") ? 40 : 10),
                    null, org.unionaid.people.HealthStatus.HEALTHY, null, null, null, java.math.BigDecimal.ZERO)));
        }
        mvc.perform(get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .param("leadId", String.valueOf(reported.id()))
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("id=\"filing-visit-disagrees\""))))
                .andExpect(content().string(containsString("666.67")))
                .andExpect(content().string(containsString("data-category=\"DEEP\"")));
        mvc.perform(post("/hardship/files/new").with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .param("workerId", String.valueOf(worker)).param("leadId", String.valueOf(reported.id()))
                        .param("category", "DEEP").param("level", "CITY").param("primaryCause", "ILLNESS"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select household_size, per_capita_income from hardship_file "
                + "where primary_worker_id = ?", worker))
                .containsEntry("household_size", 3)
                .containsEntry("per_capita_income", new java.math.BigDecimal("666.67"));
        assertThat(jdbc.queryForObject("select state from lead where id = ?", String.class, reported.id()))
                .isEqualTo("FILED");
    }

    @Test
    void aLeadWithoutAnIdCannotBeRegisteredUntilTheIdIsGiven() throws Exception {
        LeadView reported = report("volunteer", "SN-XA-YT", null);
        SignedIn.run(users, "caseworker", () -> leads.assign(reported.id(), userId("caseworker")));
        SignedIn.run(users, "caseworker", () -> visits.record(reported.id(), new VisitRecord(Today.date(),
                List.of("甲", "乙"), "属实", 2, java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, null, false), List.of()));
        mvc.perform(post("/leads/{id}/register", reported.id()).with(user(users.loadUserByUsername("caseworker")))
                        .with(csrf()).header("Accept-Language", "en").param("name", "某某")
                        .param("employmentForm", "CONTRACT").param("workerType", "URBAN")
                        .param("socialInsuranceMonths", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the national ID: it was not reported with the lead.")))
                .andExpect(content().string(containsString("value=\"某某\"")));
    }

    @Test
    void volunteerCannotReportForAnotherCitysUnion() {
        assertThatThrownBy(() -> report("volunteer", "SN-BJ-WB", null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("lead.branch.outOfScope"));
    }

    private LeadView report(String username, String branchCode, String nationalId) {
        return SignedIn.as(users, username, () -> leads.report(new ReportLead(branch(branchCode),
                TestPeople.freshName("线索"), nationalId, null, null, "困难", null, null), List.of()));
    }

    private LeadView assignedLead() {
        LeadView lead = report("volunteer", "SN-XA-YT", null);
        return SignedIn.as(users, "caseworker", () -> leads.assign(lead.id(), userId("caseworker")));
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }


    private int documents() {
        return jdbc.queryForObject("select count(*) from document", Integer.class);
    }

    @Test
    void aChosenPhotoOfZeroBytesIsRefusedOnItsInputWithTheFormKeptAndNothingStored() throws Exception {
        String name = TestPeople.freshName("空文件");
        int before = documents();
        mvc.perform(multipart("/leads").file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", new byte[0]))
                        .with(user(users.loadUserByUsername("volunteer"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("branchId", String.valueOf(branch("SN-XA-YT")))
                        .param("personName", name).param("phone", "13900002222")
                        .param("situation", "丈夫重病，照片是空的"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"photos-error\"")))
                .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("丈夫重病，照片是空的")));
        assertThat(jdbc.queryForObject("select count(*) from lead where person_name = ?", Integer.class, name)).isZero();
        assertThat(documents()).isEqualTo(before);

        // an input left empty ("no file chosen": no name, no bytes) is no file, and the lead is reported
        mvc.perform(multipart("/leads").file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]))
                        .with(user(users.loadUserByUsername("volunteer"))).with(csrf())
                        .param("branchId", String.valueOf(branch("SN-XA-YT")))
                        .param("personName", name).param("situation", "丈夫重病"))
                .andExpect(redirectedUrl("/leads/mine"));
        assertThat(jdbc.queryForObject("select count(*) from lead where person_name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aVisitWithAnEmptyPhotoOrDocumentIsRefusedOnThatInputAndNothingStored() throws Exception {
        LeadView lead = assignedLead();
        int before = documents();
        for (String input : List.of("photos", "documents")) {
            mvc.perform(multipart("/leads/{id}/visits", lead.id())
                            .file(new MockMultipartFile(input, "photo.jpg", "image/jpeg", new byte[0]))
                            .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                            .header("Accept-Language", "en")
                            .param("visitDate", Today.date().toString())
                            .param("visitors", "张伟\n李娜").param("findings", "家中只有一张床")
                            .param("householdSize", "3").param("annualDisposableIncome", "24000"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"" + input + "-error\"")))
                    .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                    .andExpect(content().string(containsString("家中只有一张床")));
        }
        assertThat(jdbc.queryForObject("select count(*) from verification_visit where lead_id = ?", Integer.class,
                lead.id())).isZero();
        assertThat(documents()).isEqualTo(before);
    }
}
