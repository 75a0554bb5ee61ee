package org.unionaid.programmes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.programmes.ApplicationOrigin;
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.EligibilityOutcome;
import org.unionaid.programmes.RuleResult;
import org.unionaid.shared.BusinessRuleException;

/**
 * An application to a programme with its stored eligibility check. One method per transition; each checks
 * the current state (otherwise {@value #ILLEGAL}) and returns the history line to store.
 */
@Entity
@Table(name = "programme_application")
public class ProgrammeApplication {

    public static final String ILLEGAL = "application.transition.illegal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "worker_id")
    private long workerId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "member_name")
    private @Nullable String memberName;

    @Column(name = "branch_id")
    private long branchId;

    @Enumerated(EnumType.STRING)
    private ApplicationOrigin origin;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private boolean eligible;

    @Column(name = "rule_version")
    private int ruleVersion;

    @Column(name = "tier_label")
    private @Nullable String tierLabel;

    private @Nullable BigDecimal amount;

    @Column(name = "checked_at")
    private Instant checkedAt;

    private String statement;

    @Column(name = "info_request")
    private @Nullable String infoRequest;

    @Column(name = "info_answer")
    private @Nullable String infoAnswer;

    private @Nullable String recommendation;

    @Column(name = "recommended_by")
    private @Nullable String recommendedBy;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "notice_started_on")
    private java.time.@Nullable LocalDate noticeStartedOn;

    @Column(name = "notice_ends_on")
    private java.time.@Nullable LocalDate noticeEndsOn;

    @Column(name = "payout_id")
    private @Nullable Long payoutId;

    @Column(name = "payout_state")
    private @Nullable String payoutState;

    @ElementCollection
    @CollectionTable(name = "programme_application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<AnswerRow> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_rule_result", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ResultRow> results = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProgrammeApplication() {
        this.reference = "";
        this.origin = ApplicationOrigin.SELF;
        this.submittedBy = "";
        this.state = ApplicationState.SUBMITTED;
        this.checkedAt = Instant.EPOCH;
        this.statement = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public ProgrammeApplication(String reference, long programmeId, long workerId, @Nullable Long memberId,
                                @Nullable String memberName, long branchId, ApplicationOrigin origin,
                                String submittedBy, String statement, List<ApplicationView.Answer> answers,
                                EligibilityOutcome outcome, Instant now) {
        this();
        this.reference = reference;
        this.programmeId = programmeId;
        this.workerId = workerId;
        this.memberId = memberId;
        this.memberName = memberName;
        this.branchId = branchId;
        this.origin = origin;
        this.submittedBy = submittedBy;
        this.statement = statement;
        answers.forEach(a -> this.answers.add(new AnswerRow(a.question(), a.answer())));
        this.createdAt = now;
        record(outcome, now);
    }

    /** Stores a (new) eligibility check: each rule's result and reason, the tier and amount, the rule version. */
    public void record(EligibilityOutcome outcome, Instant now) {
        this.eligible = outcome.eligible();
        this.ruleVersion = outcome.ruleVersion();
        this.tierLabel = outcome.tierLabel();
        this.amount = outcome.amount();
        this.checkedAt = now;
        this.results.clear();
        outcome.results().forEach(r -> this.results.add(new ResultRow(r)));
        this.updatedAt = now;
    }

    public ApplicationTransition submitted(String actor, Instant at) {
        return new ApplicationTransition(id(), null, ApplicationState.SUBMITTED, actor, null, at);
    }

    public ApplicationTransition requestMoreInfo(String request, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.RECOMMENDED));
        this.infoRequest = request;
        this.infoAnswer = null;
        return move(ApplicationState.MORE_INFO_REQUESTED, actor, request, at);
    }

    public ApplicationTransition answerInfoRequest(String answer, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.MORE_INFO_REQUESTED));
        this.infoAnswer = answer;
        return move(ApplicationState.SUBMITTED, actor, answer, at);
    }

    public ApplicationTransition recommend(String text, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.SUBMITTED));
        if (!eligible) {
            throw new BusinessRuleException("application.recommend.ineligible");
        }
        this.recommendation = text;
        this.recommendedBy = actor;
        return move(ApplicationState.RECOMMENDED, actor, text, at);
    }

    public ApplicationTransition approve(String reason, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.RECOMMENDED));
        if (!eligible) {
            throw new BusinessRuleException("application.approve.ineligible");
        }
        this.decisionReason = reason;
        this.decidedBy = actor;
        return move(ApplicationState.APPROVED, actor, reason, at);
    }

    /**
     * The award goes on public notice (公示) from {@code today} for {@code days}: its payout may be approved from
     * {@code today + days} on (when no objection is open).
     */
    public void startPublicNotice(java.time.LocalDate today, int days) {
        require(EnumSet.of(ApplicationState.APPROVED));
        this.noticeStartedOn = today;
        this.noticeEndsOn = today.plusDays(days);
    }

    public java.time.@Nullable LocalDate noticeStartedOn() {
        return noticeStartedOn;
    }

    public java.time.@Nullable LocalDate noticeEndsOn() {
        return noticeEndsOn;
    }

    public ApplicationTransition reject(String reason, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.MORE_INFO_REQUESTED,
                ApplicationState.RECOMMENDED));
        this.decisionReason = reason;
        this.decidedBy = actor;
        return move(ApplicationState.REJECTED, actor, reason, at);
    }

    public ApplicationTransition withdraw(String actor, Instant at) {
        require(EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.MORE_INFO_REQUESTED,
                ApplicationState.RECOMMENDED));
        return move(ApplicationState.WITHDRAWN, actor, null, at);
    }

    /**
     * An appeal against the rejection was upheld: the application goes back for a new decision, to RECOMMENDED
     * when it had been recommended and is eligible (a decider approves or rejects it again), else to SUBMITTED.
     * The previous decision is kept in the history only.
     */
    public ApplicationTransition reopenOnAppeal(boolean backToRecommended, String reason, String actor, Instant at) {
        require(EnumSet.of(ApplicationState.REJECTED));
        this.decisionReason = null;
        this.decidedBy = null;
        return move(backToRecommended && eligible && recommendation != null ? ApplicationState.RECOMMENDED
                : ApplicationState.SUBMITTED, actor, reason, at);
    }

    /** The payout of an approved application was paid. */
    public ApplicationTransition paid(String actor, Instant at) {
        require(EnumSet.of(ApplicationState.APPROVED));
        return move(ApplicationState.PAID, actor, null, at);
    }

    public void payoutProposed(long payoutId, String payoutState) {
        require(EnumSet.of(ApplicationState.APPROVED));
        this.payoutId = payoutId;
        this.payoutState = payoutState;
    }

    /** The payouts module reported a new state of this application's payout. */
    public void payoutMoved(long payoutId, String payoutState) {
        this.payoutId = payoutId;
        this.payoutState = payoutState;
        this.updatedAt = Instant.now();
    }

    private void require(Set<ApplicationState> allowed) {
        if (!allowed.contains(state)) {
            throw new BusinessRuleException(ILLEGAL, state.name());
        }
    }

    private ApplicationTransition move(ApplicationState to, String actor, @Nullable String reason, Instant at) {
        ApplicationState from = state;
        this.state = to;
        this.updatedAt = at;
        return new ApplicationTransition(id(), from, to, actor, reason, at);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public String reference() {
        return reference;
    }

    public long programmeId() {
        return programmeId;
    }

    public long workerId() {
        return workerId;
    }

    public @Nullable Long memberId() {
        return memberId;
    }

    public @Nullable String memberName() {
        return memberName;
    }

    public long branchId() {
        return branchId;
    }

    public ApplicationOrigin origin() {
        return origin;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public ApplicationState state() {
        return state;
    }

    public boolean eligible() {
        return eligible;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public @Nullable String tierLabel() {
        return tierLabel;
    }

    public @Nullable BigDecimal amount() {
        return amount;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String statement() {
        return statement;
    }

    public @Nullable String infoRequest() {
        return infoRequest;
    }

    public @Nullable String infoAnswer() {
        return infoAnswer;
    }

    public @Nullable String recommendation() {
        return recommendation;
    }

    public @Nullable String recommendedBy() {
        return recommendedBy;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable Long payoutId() {
        return payoutId;
    }

    public @Nullable String payoutState() {
        return payoutState;
    }

    public List<ApplicationView.Answer> answers() {
        return answers.stream().map(AnswerRow::toAnswer).toList();
    }

    public List<RuleResult> results() {
        return results.stream().map(ResultRow::toResult).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
