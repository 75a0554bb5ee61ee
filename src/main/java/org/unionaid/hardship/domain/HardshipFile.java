package org.unionaid.hardship.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileAction;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFileOrigin;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.BusinessRuleException;

/**
 * A household's hardship file (一户一档). Each transition method checks the current state and returns the
 * history line to store; an illegal one is refused with {@code hardshipFile.transition.illegal}. Concurrent
 * changes are caught by the version column. The figures and the assessment of the filing date are the embedded
 * {@link FilingAssessment}.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile {

    public static final String ILLEGAL = "hardshipFile.transition.illegal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_number")
    private String fileNumber;

    @Column(name = "primary_worker_id")
    private long primaryWorkerId;

    /**
     * A copy of the primary worker's name for sorting the files list (the people registry owns the name): set when
     * the file is opened, then kept by {@code HardshipFileWorkerNames} on {@code WorkerRenamed} in SQL, so JPA never
     * writes it back (a file loaded before a rename must not restore the old name when it is saved).
     */
    @Column(name = "primary_worker_name", updatable = false)
    private String primaryWorkerName;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "lead_id")
    private @Nullable Long leadId;

    @Enumerated(EnumType.STRING)
    private HardshipCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "filed_category", updatable = false)
    private HardshipCategory filedCategory;

    @Enumerated(EnumType.STRING)
    private HardshipFileLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_cause")
    private HardshipFileCause primaryCause;

    @Column(name = "secondary_causes")
    private String secondaryCauses;

    @Enumerated(EnumType.STRING)
    @Column(name = "worker_type")
    private WorkerType workerType;

    @Enumerated(EnumType.STRING)
    private HardshipFileOrigin origin;

    /** The household and eligibility figures of the filing date (never changed afterwards). */
    @Embedded
    private FilingAssessment filing;

    @Column(name = "caseworker_id")
    private long caseworkerId;

    @Column(name = "caseworker_name")
    private String caseworkerName;

    @Enumerated(EnumType.STRING)
    private HardshipFileState state;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "notice_started_on")
    private @Nullable LocalDate noticeStartedOn;

    @Column(name = "notice_ends_on")
    private @Nullable LocalDate noticeEndsOn;

    @Column(name = "activated_on")
    private @Nullable LocalDate activatedOn;

    @Column(name = "exited_on")
    private @Nullable LocalDate exitedOn;

    @Column(name = "exit_reason")
    private @Nullable String exitReason;

    @Column(name = "monitoring_ends_on")
    private @Nullable LocalDate monitoringEndsOn;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "cancelled_on")
    private @Nullable LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason_code")
    private @Nullable HardshipFileCancelReason cancelReasonCode;

    @Column(name = "cancel_reason_text")
    private @Nullable String cancelReasonText;

    @Column(name = "next_review_due")
    private @Nullable LocalDate nextReviewDue;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected HardshipFile() {
        this.fileNumber = "";
        this.primaryWorkerName = "";
        this.category = HardshipCategory.DEEP;
        this.filedCategory = HardshipCategory.DEEP;
        this.level = HardshipFileLevel.CITY;
        this.primaryCause = HardshipFileCause.OTHER;
        this.secondaryCauses = "";
        this.workerType = WorkerType.URBAN;
        this.origin = HardshipFileOrigin.NEW;
        this.filing = new FilingAssessment();
        this.caseworkerName = "";
        this.state = HardshipFileState.DRAFT;
        this.filedOn = LocalDate.MIN;
    }

    /** A new file in DRAFT with the household and eligibility snapshot of the filing date. */
    public HardshipFile(Snapshot s) {
        this.fileNumber = s.fileNumber();
        this.primaryWorkerId = s.workerId();
        this.primaryWorkerName = s.workerName();
        this.householdId = s.householdId();
        this.branchId = s.branchId();
        this.leadId = s.leadId();
        this.category = s.category();
        this.filedCategory = s.category();
        this.level = s.level();
        this.primaryCause = s.primaryCause();
        this.secondaryCauses = s.secondaryCauses().stream().filter(c -> c != s.primaryCause()).sorted()
                .map(Enum::name).collect(Collectors.joining(","));
        this.workerType = s.workerType();
        this.origin = s.origin();
        this.filing = new FilingAssessment(s);
        this.caseworkerId = s.caseworkerId();
        this.caseworkerName = s.caseworkerName();
        this.state = HardshipFileState.DRAFT;
        this.filedOn = s.filedOn();
    }

    /** What is known when a file is opened. */
    public record Snapshot(String fileNumber, long workerId, String workerName, long householdId, long branchId, @Nullable Long leadId,
                           HardshipCategory category, HardshipFileLevel level, HardshipFileCause primaryCause,
                           Set<HardshipFileCause> secondaryCauses, WorkerType workerType, HardshipFileOrigin origin,
                           int householdSize, BigDecimal annualIncome, BigDecimal rigidExpenditure,
                           BigDecimal perCapitaIncome, long ruleSetId, BigDecimal minLivingStandard,
                           @Nullable HardshipCategory suggestedCategory, String reasonKey, List<String> reasonArgs,
                           @Nullable String overrideReason, long caseworkerId, String caseworkerName, LocalDate filedOn) {
    }

    // ---- transitions -----------------------------------------------------------------------------

    public FileTransition opened(String actor, Instant now) {
        return new FileTransition(id(), HardshipFileState.DRAFT, HardshipFileState.DRAFT, HardshipFileAction.OPEN,
                actor, now, filing.overrideReason());
    }

    public FileTransition submitForReview(String actor, Instant now) {
        return move(HardshipFileAction.SUBMIT_FOR_REVIEW, EnumSet.of(HardshipFileState.DRAFT),
                HardshipFileState.IN_REVIEW, actor, now, null);
    }

    /** Starts the public notice (公示) for {@code noticeDays}: it ends on {@code today + noticeDays}. */
    public FileTransition startPublicNotice(LocalDate today, int noticeDays, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.START_PUBLIC_NOTICE, EnumSet.of(HardshipFileState.IN_REVIEW),
                HardshipFileState.PUBLIC_NOTICE, actor, now, null);
        this.noticeStartedOn = today;
        this.noticeEndsOn = today.plusDays(noticeDays);
        return t;
    }

    /** An objection during the notice sends the file back to review. */
    public FileTransition raiseObjection(String reason, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.RAISE_OBJECTION, EnumSet.of(HardshipFileState.PUBLIC_NOTICE),
                HardshipFileState.IN_REVIEW, actor, now, reason);
        this.noticeStartedOn = null;
        this.noticeEndsOn = null;
        return t;
    }

    /** After the notice ended without objection the file becomes ACTIVE; the first review is due in a year. */
    public FileTransition activateAfterNotice(LocalDate today, String actor, Instant now) {
        requireState(HardshipFileAction.ACTIVATE_AFTER_NOTICE, EnumSet.of(HardshipFileState.PUBLIC_NOTICE));
        if (noticeEndsOn == null || today.isBefore(noticeEndsOn)) {
            throw new BusinessRuleException("hardshipFile.notice.notEnded", String.valueOf(noticeEndsOn));
        }
        FileTransition t = move(HardshipFileAction.ACTIVATE_AFTER_NOTICE, EnumSet.of(HardshipFileState.PUBLIC_NOTICE),
                HardshipFileState.ACTIVE, actor, now, null);
        this.activatedOn = today;
        this.nextReviewDue = today.plusYears(1);
        return t;
    }

    /**
     * A demo shortcut (only where {@code unionaid.hardship.demo-end-notice} is on): the notice ends today and
     * the file becomes ACTIVE as after a notice that ran its days. Returns the activation.
     */
    public FileTransition endNoticeNowForDemo(LocalDate today, String actor, Instant now) {
        requireState(HardshipFileAction.ACTIVATE_AFTER_NOTICE, EnumSet.of(HardshipFileState.PUBLIC_NOTICE));
        this.noticeEndsOn = today;
        return activateAfterNotice(today, actor, now);
    }

    public FileTransition exit(LocalDate today, String reason, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.EXIT, EnumSet.of(HardshipFileState.ACTIVE),
                HardshipFileState.EXITED, actor, now, reason);
        this.exitedOn = today;
        this.exitReason = reason;
        this.nextReviewDue = null;
        return t;
    }

    /** Monitoring (脱困不脱政策) runs {@code monitoringMonths} from the exit (or from today, a day in the application's zone). */
    public FileTransition startMonitoring(int monitoringMonths, LocalDate today, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.START_MONITORING, EnumSet.of(HardshipFileState.EXITED),
                HardshipFileState.MONITORING, actor, now, null);
        LocalDate from = exitedOn == null ? today : exitedOn;
        this.monitoringEndsOn = from.plusMonths(monitoringMonths);
        return t;
    }

    /** A relapse (返困) during monitoring reopens the same file, with its history, as RELAPSED. */
    public FileTransition reopenAfterRelapse(LocalDate today, String reason, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.REOPEN_AFTER_RELAPSE, EnumSet.of(HardshipFileState.MONITORING),
                HardshipFileState.ACTIVE, actor, now, reason);
        this.origin = HardshipFileOrigin.RELAPSED;
        this.activatedOn = today;
        this.monitoringEndsOn = null;
        this.nextReviewDue = today.plusYears(1);
        return t;
    }

    public FileTransition close(LocalDate today, String actor, Instant now) {
        requireState(HardshipFileAction.CLOSE, EnumSet.of(HardshipFileState.MONITORING));
        if (monitoringEndsOn == null || today.isBefore(monitoringEndsOn)) {
            throw new BusinessRuleException("hardshipFile.monitoring.notEnded", String.valueOf(monitoringEndsOn));
        }
        FileTransition t = move(HardshipFileAction.CLOSE, EnumSet.of(HardshipFileState.MONITORING),
                HardshipFileState.CLOSED, actor, now, null);
        this.closedOn = today;
        return t;
    }

    public FileTransition cancel(LocalDate today, HardshipFileCancelReason code, String text, String actor,
                                 Instant now) {
        FileTransition t = move(HardshipFileAction.CANCEL, EnumSet.complementOf(
                EnumSet.of(HardshipFileState.CLOSED, HardshipFileState.CANCELLED)), HardshipFileState.CANCELLED,
                actor, now, code.name() + ": " + text);
        this.cancelledOn = today;
        this.cancelReasonCode = code;
        this.cancelReasonText = text;
        this.nextReviewDue = null;
        return t;
    }

    /**
     * An appeal against the cancellation was upheld: the file is back IN_REVIEW (its category and figures as
     * filed), so the caseworker reviews it and starts a new public notice before it is active again.
     */
    public FileTransition reopenOnAppeal(String reason, String actor, Instant now) {
        FileTransition t = move(HardshipFileAction.REOPEN_ON_APPEAL, EnumSet.of(HardshipFileState.CANCELLED),
                HardshipFileState.IN_REVIEW, actor, now, reason);
        this.cancelledOn = null;
        this.cancelReasonCode = null;
        this.cancelReasonText = null;
        return t;
    }

    /** A review that changes the category (the file stays ACTIVE). */
    public void changeCategory(HardshipCategory newCategory) {
        if (state != HardshipFileState.ACTIVE) {
            throw new BusinessRuleException("hardshipFile.review.notActive", state);
        }
        this.category = newCategory;
        touch();
    }

    /** A review was held: the next one is due a year later. */
    public void reviewed(LocalDate on) {
        if (state == HardshipFileState.ACTIVE) {
            this.nextReviewDue = on.plusYears(1);
            touch();
        }
    }

    private FileTransition move(HardshipFileAction action, Set<HardshipFileState> from, HardshipFileState to,
                                String actor, Instant now, @Nullable String reason) {
        requireState(action, from);
        HardshipFileState previous = state;
        this.state = to;
        touch();
        return new FileTransition(id(), previous, to, action, actor, now, reason);
    }

    private void requireState(HardshipFileAction action, Set<HardshipFileState> allowed) {
        if (!allowed.contains(state)) {
            throw new BusinessRuleException(ILLEGAL, state, action);
        }
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    // ---- reading ---------------------------------------------------------------------------------

    public long id() {
        if (id == null) {
            throw new IllegalStateException("file not saved yet");
        }
        return id;
    }

    public String fileNumber() { return fileNumber; }
    public long primaryWorkerId() { return primaryWorkerId; }
    public long householdId() { return householdId; }
    public long branchId() { return branchId; }
    public @Nullable Long leadId() { return leadId; }
    public HardshipCategory category() { return category; }
    public HardshipFileLevel level() { return level; }
    public HardshipFileCause primaryCause() { return primaryCause; }
    public WorkerType workerType() { return workerType; }
    public HardshipFileOrigin origin() { return origin; }
    public int householdSize() { return filing.householdSize(); }
    public BigDecimal annualIncome() { return filing.annualIncome(); }
    public BigDecimal rigidExpenditure() { return filing.rigidExpenditure(); }
    public BigDecimal perCapitaIncome() { return filing.perCapitaIncome(); }
    public long ruleSetId() { return filing.ruleSetId(); }
    public BigDecimal minLivingStandard() { return filing.minLivingStandard(); }
    public @Nullable HardshipCategory suggestedCategory() { return filing.suggestedCategory(); }
    public String reasonKey() { return filing.reasonKey(); }
    public @Nullable String overrideReason() { return filing.overrideReason(); }
    public long caseworkerId() { return caseworkerId; }
    public String caseworkerName() { return caseworkerName; }
    public HardshipFileState state() { return state; }
    public LocalDate filedOn() { return filedOn; }
    public @Nullable LocalDate noticeStartedOn() { return noticeStartedOn; }
    public @Nullable LocalDate noticeEndsOn() { return noticeEndsOn; }
    public @Nullable LocalDate activatedOn() { return activatedOn; }
    public @Nullable LocalDate exitedOn() { return exitedOn; }
    public @Nullable String exitReason() { return exitReason; }
    public @Nullable LocalDate monitoringEndsOn() { return monitoringEndsOn; }
    public @Nullable LocalDate closedOn() { return closedOn; }
    public @Nullable LocalDate cancelledOn() { return cancelledOn; }
    public @Nullable HardshipFileCancelReason cancelReasonCode() { return cancelReasonCode; }
    public @Nullable String cancelReasonText() { return cancelReasonText; }
    public @Nullable LocalDate nextReviewDue() { return nextReviewDue; }
    public long version() { return version; }

    public List<String> reasonArgs() {
        return filing.reasonArgs();
    }

    public List<HardshipFileCause> secondaryCauses() {
        return secondaryCauses.isEmpty() ? List.of()
                : Arrays.stream(secondaryCauses.split(",")).map(HardshipFileCause::valueOf).toList();
    }
}
