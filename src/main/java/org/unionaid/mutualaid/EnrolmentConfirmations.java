package org.unionaid.mutualaid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.mutualaid.domain.EnrolmentRepository;
import org.unionaid.mutualaid.domain.Plan;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.users.Users;

/**
 * The district union confirms enrolments (docs/design.md §4): a CASEWORKER or ADMIN of a branch whose subtree
 * covers the employer's branch sees the SUBMITTED enrolments and confirms them — coverage starts at 0:00 the next
 * day, or the day after the member's previous term of the plan ended (a renewal, without a waiting period); the
 * term, waiting period and contribution come from {@link Cover} with the enrolment terms in force on the day of
 * enrolment — or rejects one with a reason. Each decision is audited; the employer and the member are notified.
 * Anyone else gets 404 for an enrolment outside their subtree.
 */
@Service
@Transactional
public class EnrolmentConfirmations {

    private final EnrolmentRepository enrolments;
    private final Enrolments reading;
    private final MutualAidPlans plans;
    private final Branches branches;
    private final Notifications notifications;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    EnrolmentConfirmations(EnrolmentRepository enrolments, Enrolments reading, MutualAidPlans plans,
                           Branches branches, Notifications notifications, Users users, AuditTrail audit,
                           Clock clock) {
        this.enrolments = enrolments;
        this.reading = reading;
        this.plans = plans;
        this.branches = branches;
        this.notifications = notifications;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The SUBMITTED enrolments of employers in the caller's subtree, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public List<EnrolmentView> queue() {
        return reading.query(" join branch b on b.id = e.employer_branch_id where e.status = 'SUBMITTED'"
                + " and b.path like ? order by e.id", branches.scopeOf(Actors.required().branchId()).likePattern());
    }

    /** Confirms these SUBMITTED enrolments (all or none); returns them as confirmed. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public List<EnrolmentView> confirm(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new BusinessRuleException("enrolment.confirm.none");
        }
        Actor actor = Actors.required();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Enrolment>> byEmployer = new LinkedHashMap<>();
        for (long id : new LinkedHashSet<>(ids)) {
            Enrolment e = loadInScope(id, actor);
            Plan plan = plans.load(e.planId());
            EnrolmentTerms terms = plans.termsOn(e.planId(), e.enrolledOn()).map(RuleVersionView::terms)
                    .orElse(EnrolmentTerms.DEFAULT);
            LocalDate previousEnd = enrolments.findLatestConfirmed(e.planId(), e.workerId())
                    .map(Enrolment::coverageEnd).orElse(null);
            Cover cover = Cover.of(today, plan.termStart(), plan.waitingPeriodDays(),
                    e.contributionPerShare() == null ? plan.contribution() : e.contributionPerShare(), e.shares(),
                    terms, previousEnd);
            e.confirm(cover, actor.id(), clock.instant());
            enrolments.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", EnrolmentStatus.CONFIRMED);
            after.put("coverageStart", cover.start().toString());
            after.put("coverageEnd", cover.end().toString());
            after.put("waitingEndsOn", cover.waitingEndsOn().toString());
            after.put("renewal", cover.renewal());
            after.put("shares", e.shares());
            after.put("contribution", cover.contribution());
            after.put("contributionMonths", cover.months() + "/" + cover.termMonths());
            audit.record(AuditEntry.of(Enrolments.ENTITY, e.id(), "CONFIRM", e.employerBranchId())
                    .withBefore(Map.of("status", EnrolmentStatus.SUBMITTED)).withAfter(after));
            notifyMember(e, plan, "enrolment.notice.confirmed.member", List.of(plan.name(), cover.start().toString(),
                    cover.end().toString(), cover.waitingEndsOn().toString()));
            byEmployer.computeIfAbsent(e.enrolledBy(), k -> new ArrayList<>()).add(e);
        }
        byEmployer.forEach((userId, list) -> notifications.notify(new Notice(userId, "ENROLMENT_CONFIRMED",
                "enrolment.notice.confirmed.employer", List.of(String.valueOf(list.size())), "/mutualaid/enrolments",
                false)));
        return reading.query(" where e.id = any(?) order by e.id", (Object) ids.toArray(Long[]::new));
    }

    /** Rejects a SUBMITTED enrolment with a reason (shown to the employer and the member). */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public EnrolmentView reject(long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessRuleException("enrolment.reject.reasonRequired");
        }
        if (why.length() > 500) {
            throw new BusinessRuleException("enrolment.reject.reasonTooLong");
        }
        Actor actor = Actors.required();
        Enrolment e = loadInScope(id, actor);
        e.reject(why, actor.id(), clock.instant());
        enrolments.flush();
        audit.record(AuditEntry.of(Enrolments.ENTITY, e.id(), "REJECT", e.employerBranchId())
                .withBefore(Map.of("status", EnrolmentStatus.SUBMITTED))
                .withAfter(Map.of("status", EnrolmentStatus.REJECTED)).withReason(why));
        Plan plan = plans.load(e.planId());
        EnrolmentView view = reading.query(" where e.id = ?", e.id()).get(0);
        notifications.notify(new Notice(e.enrolledBy(), "ENROLMENT_REJECTED", "enrolment.notice.rejected.employer",
                List.of(view.workerName(), plan.code(), why), "/mutualaid/enrolments", true));
        notifyMember(e, plan, "enrolment.notice.rejected.member", List.of(plan.name(), why));
        return view;
    }

    private Enrolment loadInScope(long id, Actor actor) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new RecordNotFoundException(Enrolments.ENTITY, id));
        if (!branches.covers(actor.branchId(), e.employerBranchId())) {
            throw new RecordNotFoundException(Enrolments.ENTITY, id);
        }
        return e;
    }

    private void notifyMember(Enrolment e, Plan plan, String key, List<String> args) {
        Set<Long> recipients = new LinkedHashSet<>(users.enabledAccountsOfWorker(e.workerId()));
        for (long userId : recipients) {
            notifications.notify(new Notice(userId, "ENROLMENT_" + e.status(), key, args, "/me/coverage", false));
        }
    }
}
