package org.unionaid.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Appeals (docs/appeals.md): lodged by the worker concerned within the window, one open per subject, decided by a
 * different staff member than the one who refused (service, page, API and the table's CHECK), scoped, notified,
 * audited; an upheld appeal reopens the application or the file.
 */
class AppealsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Users users;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    HardshipFiles files;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    Appeals appeals;
    @Autowired
    AppealReminders reminders;

    TestAppeals test;
    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        test = new TestAppeals(people, registry, users, programmes, applications, files, jdbc, households);
    }

    private AppealView lodge(TestAppeals.Worker worker, AppealSubjectType type, long id, String reason,
                             List<LodgeAppeal.AppealDocument> documents) {
        return people.as(worker.username(), () -> appeals.lodge(new LodgeAppeal(type, id, reason, documents)));
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void aRejectedApplicationIsAppealedAndAnotherCaseworkerUpholdsItSoItIsDecidedAgain() throws Exception {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        String colleague = test.colleague();

        AppealOffer offer = people.as(worker.username(), () -> appeals.offer(AppealSubjectType.APPLICATION,
                application.id()));
        assertThat(offer.kind()).isEqualTo(AppealOffer.Kind.MAY_APPEAL);
        assertThat(offer.lastDay()).isEqualTo(Today.date().plusDays(30));

        AppealView appeal = lodge(worker, AppealSubjectType.APPLICATION, application.id(), "  我已补齐材料  ",
                List.of(new LodgeAppeal.AppealDocument("proof.png", png())));
        assertThat(appeal.state()).isEqualTo(AppealState.OPEN);
        assertThat(appeal.reason()).isEqualTo("我已补齐材料");
        assertThat(appeal.refusedBy()).isEqualTo("caseworker");
        assertThat(appeal.subjectReference()).isEqualTo(application.reference());
        assertThat(appeal.dueOn()).isEqualTo(Today.date().plusDays(15));
        assertThat(appeal.documents()).extracting(d -> d.originalName()).containsExactly("proof.png");
        assertThat(jdbc.queryForObject("select branch_path from appeal where id = ?", String.class, appeal.id()))
                .isEqualTo(jdbc.queryForObject("select path from branch where code = 'SN-XA-YT'", String.class));

        // one open appeal per subject (facade, and the partial unique index)
        assertThatThrownBy(() -> lodge(worker, AppealSubjectType.APPLICATION, application.id(), "再次", List.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.alreadyOpen");
        assertThatThrownBy(() -> jdbc.update("""
                insert into appeal (reference, subject_type, subject_id, subject_reference, branch_id, appellant_worker_id,
                    lodged_by, reason, state, refused_by, refused_at, lodged_at, due_on)
                select 'SS-X-' || id, subject_type, subject_id, subject_reference, branch_id, appellant_worker_id, lodged_by,
                    reason, 'OPEN', refused_by, refused_at, lodged_at, due_on from appeal where id = ?""", appeal.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("appeal_open_subject_uq");

        // the caseworker who refused cannot decide: the entity, and the database's CHECK
        assertThatThrownBy(() -> people.as("caseworker", () -> appeals.decide(appeal.id(), AppealState.UPHELD, "同意",
                appeal.version()))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "appeal.decide.ownRefusal");
        assertThatThrownBy(() -> jdbc.update("update appeal set state = 'DISMISSED', decided_by = refused_by, "
                + "decided_at = now(), decision_reason = '自己' where id = ?", appeal.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("appeal_decider_not_refuser");
        assertThatThrownBy(() -> jdbc.update("update appeal set state = 'DISMISSED', decided_by = upper(refused_by), "
                + "decided_at = now(), decision_reason = null where id = ?", appeal.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("appeal_decision");
        // outside the scope: like a missing one; a reader's role may not decide
        assertThatThrownBy(() -> people.as("caseworker2", () -> appeals.decide(appeal.id(), AppealState.UPHELD, "x",
                appeal.version()))).isInstanceOf(AppealNotFoundException.class);
        assertThatThrownBy(() -> people.as("auditor", () -> appeals.decide(appeal.id(), AppealState.UPHELD, "x",
                appeal.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as("reviewer", () -> appeals.decide(appeal.id(), AppealState.UPHELD, "x",
                appeal.version()))).isInstanceOf(AppealNotFoundException.class);

        AppealView decided = people.as(colleague, () -> appeals.decide(appeal.id(), AppealState.UPHELD,
                "补充材料齐全，重新审核", appeal.version()));

        assertThat(decided.state()).isEqualTo(AppealState.UPHELD);
        assertThat(decided.decidedBy()).isEqualTo(colleague);
        assertThat(jdbc.queryForObject("select state from programme_application where id = ?", String.class,
                application.id())).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForList("select to_state || ':' || actor || ':' || reason from programme_application_transition "
                + "where application_id = ? order by id", String.class, application.id()))
                .endsWith("SUBMITTED:" + colleague + ":appeal " + appeal.reference());
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'Appeal' and entity_id = ? "
                + "order by id", String.class, String.valueOf(appeal.id()))).containsExactly("LODGE", "UPHOLD");
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'Appeal' and entity_id = ? "
                + "and action = 'UPHOLD'", String.class, String.valueOf(appeal.id()))).isEqualTo(colleague);
        assertThat(count("select count(*) from audit_event where entity_type = 'ProgrammeApplication' and entity_id = ? "
                + "and action = 'SUBMITTED' and reason = ?", String.valueOf(application.id()),
                "appeal " + appeal.reference())).isEqualTo(1);
        assertThat(jdbc.queryForList("select n.message_key from notification n join user_account u on u.id = "
                + "n.recipient_user_id where u.username = ? and n.kind = 'APPEAL_DECIDED'", String.class,
                worker.username())).containsExactly("appeal.notification.upheld");
        // decided once; the reopened application is no longer refused
        assertThatThrownBy(() -> people.as("admin", () -> appeals.decide(appeal.id(), AppealState.DISMISSED, "x",
                decided.version()))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "appeal.decide.alreadyDecided");
        assertThatThrownBy(() -> lodge(worker, AppealSubjectType.APPLICATION, application.id(), "再次", List.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.subject.notRefused");
        assertThat(people.as(worker.username(), () -> appeals.offer(AppealSubjectType.APPLICATION, application.id()))
                .kind()).isEqualTo(AppealOffer.Kind.APPEALED);
    }

    @Test
    void theWindowTheWorkerAndOneAppealPerRefusalAreChecked() {
        TestAppeals.Worker worker = test.worker();
        TestAppeals.Worker other = test.worker();
        ApplicationView application = test.rejectedApplication(worker);

        // only the worker concerned appeals; staff see the record but do not lodge
        assertThatThrownBy(() -> lodge(other, AppealSubjectType.APPLICATION, application.id(), "x", List.of()))
                .isInstanceOf(org.unionaid.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> people.as("caseworker", () -> appeals.lodge(new LodgeAppeal(
                AppealSubjectType.APPLICATION, application.id(), "x", List.of()))))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.noWorkerRecord");
        assertThatThrownBy(() -> lodge(worker, AppealSubjectType.APPLICATION, application.id(), "  ", List.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.reason.required");

        // 31 days after the rejection the window (30 days) is closed
        jdbc.update("update programme_application_transition set at = at - interval '31 days' where application_id = ? "
                + "and to_state = 'REJECTED'", application.id());
        assertThatThrownBy(() -> lodge(worker, AppealSubjectType.APPLICATION, application.id(), "晚了", List.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.window.closed");
        assertThat(people.as(worker.username(), () -> appeals.offer(AppealSubjectType.APPLICATION, application.id()))
                .kind()).isEqualTo(AppealOffer.Kind.WINDOW_CLOSED);
        // 30 days after it is still open (the refusal's day is day 0)
        jdbc.update("update programme_application_transition set at = at + interval '1 day' where application_id = ? "
                + "and to_state = 'REJECTED'", application.id());
        AppealView appeal = lodge(worker, AppealSubjectType.APPLICATION, application.id(), "及时", List.of());

        AppealView dismissed = people.as("admin", () -> appeals.decide(appeal.id(), AppealState.DISMISSED, "维持",
                appeal.version()));
        assertThat(jdbc.queryForObject("select state from programme_application where id = ?", String.class,
                application.id())).isEqualTo("REJECTED");
        assertThat(dismissed.decidedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> lodge(worker, AppealSubjectType.APPLICATION, application.id(), "再次", List.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "appeal.alreadyDecided");
        assertThat(jdbc.queryForList("select n.message_key from notification n join user_account u on u.id = "
                + "n.recipient_user_id where u.username = ? and n.kind = 'APPEAL_DECIDED'", String.class,
                worker.username())).containsExactly("appeal.notification.dismissed");
    }

    @Test
    void theQueueIsScopedByBranchAndSubjectKindAndListsOverdueAppeals() {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        AppealView appeal = lodge(worker, AppealSubjectType.APPLICATION, application.id(), "请复核", List.of());

        java.util.function.Function<String, List<Long>> open = u -> people.as(u, () -> appeals.search(
                AppealFilter.open(), PageRequest.of(0, 100)).map(AppealView::id).getContent());
        java.util.function.Function<String, List<Long>> overdue = u -> people.as(u, () -> appeals.search(
                new AppealFilter(AppealState.OPEN, true, null), PageRequest.of(0, 100)).map(AppealView::id).getContent());
        assertThat(open.apply("caseworker")).contains(appeal.id());
        assertThat(open.apply("admin")).contains(appeal.id());
        assertThat(open.apply("auditor")).contains(appeal.id());
        assertThat(open.apply("caseworker2")).doesNotContain(appeal.id());
        assertThat(open.apply("reviewer")).doesNotContain(appeal.id()); // claims reviewers read claim appeals only
        assertThat(open.apply("partner")).doesNotContain(appeal.id());
        assertThat(open.apply(worker.username())).containsExactly(appeal.id());
        assertThat(overdue.apply("caseworker")).doesNotContain(appeal.id());
        assertThatThrownBy(() -> people.as("caseworker2", () -> appeals.get(appeal.id())))
                .isInstanceOf(AppealNotFoundException.class);

        jdbc.update("update appeal set due_on = ? where id = ?", Today.date().minusDays(1), appeal.id());
        assertThat(overdue.apply("caseworker")).contains(appeal.id());
        assertThat(people.as("caseworker", () -> appeals.get(appeal.id())).overdue()).isTrue();
    }

    @Test
    void aCancelledFileIsAppealedAndReopenedForReviewByAnotherCaseworker() {
        TestAppeals.Worker worker = test.worker();
        long fileId = test.cancelledFile(worker);
        String colleague = test.colleague();

        AppealView appeal = lodge(worker, AppealSubjectType.HARDSHIP_FILE, fileId, "家庭收入已下降", List.of());
        assertThat(appeal.subjectLink()).isEqualTo("/me/file");
        assertThat(appeal.refusedBy()).isEqualTo("caseworker");

        people.as(colleague, () -> appeals.decide(appeal.id(), AppealState.UPHELD, "重新审核", appeal.version()));

        assertThat(jdbc.queryForObject("select state from hardship_file where id = ?", String.class, fileId))
                .isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForList("select action from file_transition where file_id = ? order by id", String.class,
                fileId)).endsWith("CANCEL", "REOPEN_ON_APPEAL");
        assertThat(jdbc.queryForObject("select cancel_reason_code from hardship_file where id = ?", String.class, fileId))
                .isNull();
    }

    @Test
    void thePagesOfferTheAppealAndRefuseTheDecisionToTheRefuser() throws Exception {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        var workerUser = user(people.user(worker.username()));

        mvc.perform(get("/me/applications/" + application.id()).with(workerUser).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"appeal-button\"")));
        mvc.perform(get("/me/appeals/new").param("subjectType", "APPLICATION")
                        .param("subjectId", String.valueOf(application.id())).with(workerUser))
                .andExpect(status().isOk()).andExpect(content().string(containsString("材料不全")));
        // a blank reason is a form error, nothing is stored
        mvc.perform(post("/me/appeals").with(workerUser).with(csrf()).param("subjectType", "APPLICATION")
                        .param("subjectId", String.valueOf(application.id())).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(count("select count(*) from appeal where subject_type = 'APPLICATION' and subject_id = ?",
                application.id())).isZero();
        mvc.perform(post("/me/appeals").with(workerUser).with(csrf()).param("subjectType", "APPLICATION")
                        .param("subjectId", String.valueOf(application.id())).param("reason", "请重新审核"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from appeal where subject_type = 'APPLICATION' and subject_id = ?",
                Long.class, application.id());

        mvc.perform(get("/appeals").with(user(people.user("caseworker"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("appeal-row-" + id)));
        mvc.perform(get("/appeals/" + id).with(user(people.user("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"appeal-own-refusal\"")))
                .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(post("/appeals/" + id + "/decision").with(user(people.user("caseworker"))).with(csrf())
                        .header("Accept-Language", "en").param("outcome", "UPHELD").param("reason", "自己").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a different colleague must decide the appeal")));
        mvc.perform(get("/appeals/" + id).with(user(people.user("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"decision-form\"")));
        mvc.perform(get("/appeals/" + id).with(workerUser))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(get("/appeals").with(workerUser)).andExpect(status().isForbidden());
        mvc.perform(post("/appeals/" + id + "/decision").with(user(people.user("admin"))).with(csrf())
                        .param("outcome", "DISMISSED").param("reason", "维持原决定").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select state from appeal where id = ?", String.class, id)).isEqualTo("DISMISSED");
    }

    private int notified(String username, String kind, String reference) {
        return count("select count(*) from notification n join user_account u on u.id = n.recipient_user_id "
                + "where u.username = ? and n.kind = ? and ? = any(n.message_args)", username, kind, reference);
    }

    @Test
    void theNearestDecidersAreToldOfANewAppealAndRemindedOnceWithTheLevelAboveWhenItIsOverdueNeverTheRefuser() {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        String colleague = test.colleague();

        AppealView appeal = lodge(worker, AppealSubjectType.APPLICATION, application.id(), "请复核", List.of());

        // the district's other caseworker decides it; the refuser may not, the city's admin is not bothered yet
        assertThat(notified(colleague, "APPEAL_LODGED", appeal.reference())).isEqualTo(1);
        assertThat(notified("caseworker", "APPEAL_LODGED", appeal.reference())).isZero();
        assertThat(notified("admin", "APPEAL_LODGED", appeal.reference())).isZero();
        assertThat(notified("caseworker2", "APPEAL_LODGED", appeal.reference())).isZero();

        // not due yet: no reminder
        reminders.remindOverdue();
        assertThat(notified(colleague, "APPEAL_OVERDUE", appeal.reference())).isZero();

        jdbc.update("update appeal set due_on = ? where id = ?", java.sql.Date.valueOf(Today.date().minusDays(1)),
                appeal.id());
        reminders.remindOverdue();
        reminders.remindOverdue();

        assertThat(notified(colleague, "APPEAL_OVERDUE", appeal.reference())).isEqualTo(1);
        assertThat(notified("admin", "APPEAL_OVERDUE", appeal.reference())).isEqualTo(1);
        assertThat(notified("admin2", "APPEAL_OVERDUE", appeal.reference())).isZero();
        assertThat(notified("caseworker", "APPEAL_OVERDUE", appeal.reference())).isZero();
        assertThat(jdbc.queryForObject("select overdue_reminded_on from appeal where id = ?", java.sql.Date.class,
                appeal.id()).toLocalDate()).isEqualTo(Today.date());
    }

    @Test
    void theApiLodgesWithDocumentsAndRefusesABadOneKeepingNothing() throws Exception {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        var workerUser = user(people.user(worker.username()));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/appeals")
                        .file(new org.springframework.mock.web.MockMultipartFile("documents", "empty.png", "image/png",
                                new byte[0]))
                        .param("subjectType", "APPLICATION").param("subjectId", String.valueOf(application.id()))
                        .param("reason", "附证明").with(workerUser).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(count("select count(*) from appeal where subject_type = 'APPLICATION' and subject_id = ?",
                application.id())).isZero();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/appeals")
                        .file(new org.springframework.mock.web.MockMultipartFile("documents", "proof.png", "image/png",
                                png()))
                        .param("subjectType", "APPLICATION").param("subjectId", String.valueOf(application.id()))
                        .param("reason", "附证明").with(workerUser).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.documents[0].originalName").value("proof.png"));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/appeals")
                        .param("subjectType", "NOT_A_TYPE").param("subjectId", "1").param("reason", "x")
                        .with(workerUser).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiLodgesListsAndDecidesWithTheSameRules() throws Exception {
        TestAppeals.Worker worker = test.worker();
        ApplicationView application = test.rejectedApplication(worker);
        var workerUser = user(people.user(worker.username()));

        String body = mvc.perform(post("/api/v1/appeals").with(workerUser).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectType\":\"APPLICATION\",\"subjectId\":" + application.id()
                                + ",\"reason\":\"请复核\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(get("/api/v1/appeals").with(workerUser))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/appeals/" + id).with(user(people.user("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/appeals").param("overdue", "true").with(user(people.user("caseworker"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/appeals/" + id + "/decision").with(user(people.user("caseworker"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"x\",\"version\":0}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("appeal.decide.ownRefusal"));
        mvc.perform(post("/api/v1/appeals/" + id + "/decision").with(user(people.user("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"x\",\"version\":7}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/appeals/" + id + "/decision").with(user(people.user("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"同意复核\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UPHELD"))
                .andExpect(jsonPath("$.decidedBy").value("admin"));
        assertThat(jdbc.queryForObject("select state from programme_application where id = ?", String.class,
                application.id())).isEqualTo("SUBMITTED");
    }

    static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
