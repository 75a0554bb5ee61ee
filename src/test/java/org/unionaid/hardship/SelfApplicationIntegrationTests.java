package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.SelfRegistration;
import org.unionaid.people.SelfRegistrations;
import org.unionaid.people.Households;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

class SelfApplicationIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    Households households;

    @Autowired
    SelfRegistrations registrations;

    @Autowired
    Leads leads;

    @Autowired
    UserDetailsService users;

    @Autowired
    HardshipFiles files;

    private String username;
    private long workerId;
    private String nationalId;

    @BeforeEach
    void registeredWorker() {
        username = "applicant" + System.nanoTime();
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT-KD'", Long.class);
        nationalId = TestPeople.freshNationalId();
        workerId = registrations.register(new SelfRegistration(TestPeople.freshName("骑手"), nationalId,
                "13700001234", branch, username, "rider-password-1", null));
    }

    @Test
    void workerAppliesForTheirHouseholdAndFollowsItsStateWithoutInternalNotes() throws Exception {
        mvc.perform(multipart("/me/apply").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("situation", "车祸受伤，无法送外卖"))
                .andExpect(redirectedUrl("/leads/mine"));
        long leadId = jdbc.queryForObject("select id from lead where worker_id = ?", Long.class, workerId);
        assertThat(jdbc.queryForMap("select source, state, branch_id = (select id from branch where code = 'SN-XA-YT-KD') "
                + "as own_branch from lead where id = ?", leadId))
                .containsEntry("source", "SELF_APPLICATION").containsEntry("state", "NEW").containsEntry("own_branch", true);

        SignedIn.run(users, "caseworker", () -> leads.assign(leadId,
                jdbc.queryForObject("select id from user_account where username = 'caseworker'", Long.class)));
        SignedIn.run(users, "caseworker", () -> leads.dismiss(leadId, "内部备注：材料不全，需补充"));

        assertThat(jdbc.queryForList("select message_key from notification where recipient_user_id = "
                + "(select id from user_account where username = ?) order by id", String.class, username))
                .containsExactly("lead.notification.state.ASSIGNED", "lead.notification.state.DISMISSED");
        mvc.perform(get("/leads/{id}", leadId).with(user(users.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dismissed")))
                .andExpect(content().string(not(containsString("内部备注"))));
    }

    @Test
    void anApplicationOfSomeoneAVolunteerAlreadyReportedIsFlaggedForTheCaseworker() throws Exception {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        LeadView reported = SignedIn.as(users, "volunteer", () -> leads.report(new ReportLead(yanta, "邻居代报",
                nationalId, null, null, "邻居说他受伤了", null, null), java.util.List.of()));

        mvc.perform(multipart("/me/apply").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("situation", "车祸受伤"))
                .andExpect(redirectedUrl("/leads/mine"));

        long own = jdbc.queryForObject("select id from lead where worker_id = ?", Long.class, workerId);
        assertThat(jdbc.queryForMap("select duplicate_reason, duplicate_of_lead_id from lead where id = ?", own))
                .containsEntry("duplicate_reason", "OPEN_LEAD").containsEntry("duplicate_of_lead_id", reported.id());
        mvc.perform(get("/leads/{id}", own).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Possible duplicate: this national ID already has an open lead.")));
        // the worker is told nothing of the other report
        mvc.perform(get("/leads/{id}", own).with(user(users.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("duplicate"))));
    }

    @Test
    void aVolunteersReportOfSomeoneWhoAppliedThemselvesIsFlaggedToo() {
        LeadView own = SignedIn.as(users, username, () -> leads.applyForMyself("失业", java.util.List.of()));
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        LeadView reported = SignedIn.as(users, "volunteer", () -> leads.report(new ReportLead(yanta, "邻居代报",
                nationalId, null, null, "失业在家", null, null), java.util.List.of()));
        assertThat(jdbc.queryForMap("select duplicate_reason, duplicate_of_lead_id from lead where id = ?",
                reported.id())).containsEntry("duplicate_reason", "OPEN_LEAD")
                .containsEntry("duplicate_of_lead_id", own.id());
    }

    @Test
    void anApplicationOfAWorkerWithAnOpenFileIsFlagged() throws Exception {
        SignedIn.run(users, "caseworker", () -> households.updateHousehold(workerId,
                new org.unionaid.people.HouseholdDetails(null, new java.math.BigDecimal("6000.00"),
                        java.math.BigDecimal.ZERO)));
        SignedIn.run(users, "caseworker", () -> files.open(TestFiles.command(workerId)));

        mvc.perform(multipart("/me/apply").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("situation", "又遇困难"))
                .andExpect(redirectedUrl("/leads/mine"));

        assertThat(jdbc.queryForObject("select duplicate_reason from lead where worker_id = ?", String.class,
                workerId)).isEqualTo("ACTIVE_FILE");
    }

    @Test
    void aSecondOpenApplicationIsRefusedWithAnExplanation() throws Exception {
        mvc.perform(multipart("/me/apply").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("situation", "第一次申请"))
                .andExpect(redirectedUrl("/leads/mine"));
        mvc.perform(multipart("/me/apply").with(user(users.loadUserByUsername(username))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("situation", "第二次申请"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You already have an open application")))
                .andExpect(content().string(containsString("第二次申请")));
    }

    @Test
    void aWorkerCannotOpenSomeoneElsesLead() throws Exception {
        long other = SignedIn.as(users, "volunteer", () -> leads.report(new ReportLead(
                jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class), "别人", null, null,
                null, "困难", null, null), java.util.List.of())).id();
        mvc.perform(get("/leads/{id}", other).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEmptyDocumentIsRefusedWithTheSituationKeptAndNothingStored() throws Exception {
        int before = jdbc.queryForObject("select count(*) from document", Integer.class);
        mvc.perform(multipart("/me/apply").file(new org.springframework.mock.web.MockMultipartFile("documents",
                                "photo.jpg", "image/jpeg", new byte[0]))
                        .with(user(users.loadUserByUsername(username))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("situation", "车祸受伤，附件是空的"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documents-error\"")))
                .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                .andExpect(content().string(containsString("车祸受伤，附件是空的")));
        assertThat(jdbc.queryForObject("select count(*) from lead where worker_id = ?", Integer.class, workerId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(before);
    }
}
