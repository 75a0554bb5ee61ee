package org.unionaid.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.Payouts;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.TestProgrammes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;

/**
 * The public notice board and its objections: what the board shows (masked, nothing personal) without sign-in,
 * an anonymous objection sending a file back to review until staff resolve it, an award on notice that cannot be
 * paid before its window closed or while an objection is open, the bot trap, and the staff queue and API.
 */
class NoticeBoardIntegrationTests extends IntegrationTestSupport {

    static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dXx]");
    static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired People people;
    @Autowired org.unionaid.people.Households households;
    @Autowired UserDetailsService users;
    @Autowired HardshipFiles files;
    @Autowired Programmes programmes;
    @Autowired Applications applications;
    @Autowired Funding funding;
    @Autowired Payouts payouts;
    @Autowired Objections objections;

    TestPeople test;
    TestProgrammes programmesFixture;

    @BeforeEach
    void setUp() {
        test = new TestPeople(people, users, jdbc);
        programmesFixture = new TestProgrammes(test, people, households, files, programmes, applications, funding, jdbc);
    }

    /** A Yanta household (6,000 a year) filed as DEEP and put on public notice; returns the file id. */
    private long fileOnNotice(WorkerView worker) {
        test.as("caseworker", () -> households.updateHousehold(worker.id(),
                new HouseholdDetails("雁塔区测试路 8 号", new BigDecimal("6000.00"), BigDecimal.ZERO)));
        long id = test.as("caseworker", () -> files.open(new OpenFile(worker.id(), null, FilingAnswers.none(), null,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), null))).id();
        org.unionaid.hardship.TestConsents.sign(jdbc, id);
        test.as("caseworker", () -> files.submitForReview(id));
        test.as("caseworker", () -> files.startPublicNotice(id));
        return id;
    }

    private String anonymous(String url) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The objection form's token and the sum it asks, solved. */
    private String[] challenge(String type, long id) throws Exception {
        String page = anonymous("/notices/objection?type=" + type + "&id=" + id);
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        Matcher sum = Pattern.compile("(\\d) \\+ (\\d)").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(sum.find()).isTrue();
        return new String[] {token.group(1), String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)))};
    }

    private long openObjections(String type, long id) {
        return jdbc.queryForObject("select count(*) from objection where subject_type = ? and subject_id = ? "
                + "and state = 'OPEN'", Long.class, type, id);
    }

    @Test
    void aFileOnNoticeIsOnTheBoardMaskedWithoutSignInAndNothingPersonal() throws Exception {
        WorkerView worker = test.register("caseworker", "欧阳" + TestPeople.freshName("春花"), "SN-XA-YT");
        long id = fileOnNotice(worker);
        String board = anonymous("/notices");
        String masked = worker.name().charAt(0) + "*".repeat(worker.name().length() - 2)
                + worker.name().charAt(worker.name().length() - 1);
        assertThat(board).contains("id=\"notice-HARDSHIP_FILE-" + id + "\"").contains(masked)
                .doesNotContain(worker.name()).contains("深度困难");
        assertThat(anonymous("/notices?branch=SN-XA-YT")).contains("notice-HARDSHIP_FILE-" + id);
        assertThat(anonymous("/notices?branch=SN-XA")).contains("notice-HARDSHIP_FILE-" + id);
        assertThat(anonymous("/notices?branch=SN-BJ")).doesNotContain("notice-HARDSHIP_FILE-" + id);
        assertThat(anonymous("/notices?branch=NO-SUCH")).contains("notice-unknown-branch");
        for (String page : List.of(board, anonymous("/notices/objection?type=HARDSHIP_FILE&id=" + id))) {
            assertThat(NATIONAL_ID.matcher(page).find()).as("a national ID on the public page").isFalse();
            assertThat(PHONE.matcher(page).find()).as("a phone number on the public page").isFalse();
            assertThat(page).doesNotContain("测试路");
        }
    }

    @Test
    void anAnonymousObjectionSendsTheFileBackToReviewUntilStaffResolveIt() throws Exception {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("异议"), "SN-XA-YT");
        long id = fileOnNotice(worker);

        // a wrong sum: refused on the form, what was typed kept, nothing stored
        String[] c = challenge("HARDSHIP_FILE", id);
        String refused = mvc.perform(post("/notices/objection").param("type", "HARDSHIP_FILE")
                        .param("id", String.valueOf(id)).param("text", "他家开了两家店").param("token", c[0])
                        .param("answer", String.valueOf(Integer.parseInt(c[1]) + 1)).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("计算结果不对").contains("他家开了两家店");
        assertThat(openObjections("HARDSHIP_FILE", id)).isZero();

        c = challenge("HARDSHIP_FILE", id);
        mvc.perform(post("/notices/objection").param("type", "HARDSHIP_FILE").param("id", String.valueOf(id))
                        .param("text", "他家开了两家店").param("objectorContact", "13912345678").param("token", c[0])
                        .param("answer", c[1]).with(csrf()))
                .andExpect(redirectedUrl("/notices/objection/received"));
        assertThat(jdbc.queryForObject("select state from hardship_file where id = ?", String.class, id))
                .isEqualTo("IN_REVIEW");
        assertThat(openObjections("HARDSHIP_FILE", id)).isOne();
        long objectionId = jdbc.queryForObject("select id from objection where subject_id = ? and subject_type = "
                + "'HARDSHIP_FILE'", Long.class, id);
        assertThat(jdbc.queryForObject("select objector_contact from objection where id = ?", String.class,
                objectionId)).doesNotContain("13912345678");
        assertThat(anonymous("/notices")).doesNotContain("notice-HARDSHIP_FILE-" + id);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'HardshipFile' and "
                + "entity_id = ? order by id", String.class, String.valueOf(id))).endsWith("RAISE_OBJECTION");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Objection' and "
                + "entity_id = ? and action = 'LODGE'", Integer.class, String.valueOf(objectionId))).isOne();

        // no new notice while the objection is open
        assertThatThrownBy(() -> test.as("caseworker", () -> files.startPublicNotice(id)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("hardshipFile.notice.openObjection"));

        // the queue: staff of the subtree see it with the contact; another city's do not
        String queue = mvc.perform(get("/objections").with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("objection-" + objectionId);
        mvc.perform(get("/objections/{id}", objectionId).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/objections/{id}", objectionId).with(user(users.loadUserByUsername("caseworker"))))
                .andReturn().getResponse().getContentAsString()).contains("13912345678").contains("他家开了两家店");
        mvc.perform(get("/objections").with(user(users.loadUserByUsername("worker")))).andExpect(status().isForbidden());

        // a finding needs a reason; an auditor may read but not resolve
        mvc.perform(post("/objections/{id}/resolve", objectionId).param("version", "0").param("finding", "NOT_UPHELD")
                        .param("reason", " ").with(csrf()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().is(422));
        mvc.perform(post("/objections/{id}/resolve", objectionId).param("version", "0").param("finding", "NOT_UPHELD")
                        .param("reason", "核实").with(csrf()).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/objections/{id}/resolve", objectionId).param("version", "0").param("finding", "NOT_UPHELD")
                        .param("reason", "入户核实：店铺已于去年注销").with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(redirectedUrl("/objections/" + objectionId));
        assertThat(jdbc.queryForMap("select state, finding, resolved_by from objection where id = ?", objectionId))
                .containsEntry("state", "RESOLVED").containsEntry("finding", "NOT_UPHELD")
                .containsEntry("resolved_by", "caseworker");
        assertThatThrownBy(() -> test.as("caseworker", () -> objections.resolve(objectionId, 1,
                ObjectionFinding.UPHELD, "再议"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("objection.alreadyResolved"));

        // notice again
        test.as("caseworker", () -> files.startPublicNotice(id));
        assertThat(anonymous("/notices")).contains("notice-HARDSHIP_FILE-" + id);
    }

    @Test
    void aBotFillingTheHiddenFieldIsThankedAndNothingIsStored() throws Exception {
        long id = fileOnNotice(test.register("caseworker", TestPeople.freshName("机器"), "SN-XA-YT"));
        String[] c = challenge("HARDSHIP_FILE", id);
        mvc.perform(post("/notices/objection").param("type", "HARDSHIP_FILE").param("id", String.valueOf(id))
                        .param("text", "buy cheap pills").param("website", "http://spam.example")
                        .param("token", c[0]).param("answer", c[1]).with(csrf()))
                .andExpect(redirectedUrl("/notices/objection/received"));
        assertThat(openObjections("HARDSHIP_FILE", id)).isZero();
        assertThat(jdbc.queryForObject("select state from hardship_file where id = ?", String.class, id))
                .isEqualTo("PUBLIC_NOTICE");
        // an entry that is not on notice gets the form's message, not an error page
        mvc.perform(get("/notices/objection").param("type", "HARDSHIP_FILE").param("id", "999999999"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> objections.lodge(new LodgeObjection(ObjectionSubject.APPLICATION, 999999999L,
                "x", null, null))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("objection.subject.notOnNotice"));
    }

    @Test
    void anAwardOnNoticeCannotBePaidBeforeItsWindowClosedNorWhileAnObjectionIsOpen() throws Exception {
        ProgrammeDetails details = TestProgrammes.cash("公示助学", List.of(), List.of(), List.of(), "3000.00")
                .withPublicNotice(true, 5);
        ProgrammeView programme = programmesFixture.create(details);
        assertThat(programme.requiresPublicNotice()).isTrue();
        programmesFixture.fund(programme.id(), "30000.00");
        long worker = programmesFixture.worker(40);
        ApplicationView application = programmesFixture.nominate(programme.id(), worker, null, List.of());
        test.as("caseworker", () -> applications.recommend(application.id(), "符合条件"));
        ApplicationView approved = test.as("admin", () -> applications.approve(application.id(), "同意", true));
        assertThat(approved.noticeStartedOn()).isEqualTo(Today.date());
        assertThat(approved.noticeEndsOn()).isEqualTo(Today.date().plusDays(5));
        long payoutId = approved.payoutId();

        String board = anonymous("/notices?branch=SN-XA-YT");
        assertThat(board).contains("notice-APPLICATION-" + application.id()).contains(programme.name())
                .contains("3,000.00");
        assertThat(NATIONAL_ID.matcher(board).find()).isFalse();
        assertThat(PHONE.matcher(board).find()).isFalse();

        assertThatThrownBy(() -> test.as("admin2", () -> payouts.approve(payoutId)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("objection.payout.onNotice"));

        // an objection over the API (as a partner's kiosk would), resolved over the API
        String lodged = mvc.perform(post("/api/v1/objections").with(httpBasic("caseworker", "unionaid-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectType\":\"APPLICATION\",\"subjectId\":" + application.id()
                                + ",\"text\":\"孩子已获其他全额资助\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objectionId = Long.parseLong(lodged.replaceAll("\\D", ""));
        // the window has closed, but the objection is open
        jdbc.update("update programme_application set notice_started_on = notice_started_on - 10, "
                + "notice_ends_on = current_date - 1 where id = ?", application.id());
        assertThatThrownBy(() -> test.as("admin2", () -> payouts.approve(payoutId)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("objection.payout.openObjection"));
        assertThat(mvc.perform(get("/api/v1/objections").param("state", "OPEN")
                        .with(httpBasic("caseworker", "unionaid-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\"id\":" + objectionId);
        mvc.perform(post("/api/v1/objections/{id}/resolution", objectionId)
                        .with(httpBasic("caseworker2", "unionaid-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"finding\":\"NOT_UPHELD\",\"reason\":\"核实\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/objections/{id}/resolution", objectionId)
                        .with(httpBasic("caseworker", "unionaid-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"finding\":\"NOT_UPHELD\",\"version\":0}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/objections/{id}/resolution", objectionId)
                        .with(httpBasic("caseworker", "unionaid-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"finding\":\"NOT_UPHELD\",\"reason\":\"经核实为另一名学生\",\"version\":0}"))
                .andExpect(status().isOk());
        assertThat(test.as("admin2", () -> payouts.approve(payoutId)).state().name()).isEqualTo("APPROVED");
    }
}
