package org.unionaid.mutualaid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.mutualaid.domain.ClaimTransitionRepository;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.security.Actor;
import org.unionaid.users.Users;

/**
 * Turns an imported hospital stay of a registered worker into claims of origin IMPORTED ({@link HospitalStays}):
 * one per hospital plan the worker is enrolled in whose coverage, waiting period, rules and limits let the stay be
 * paid — judged by {@link ClaimChecks#blocker}, the very checks a member's claim passes on submission, and by the
 * benefit {@link ClaimBenefits} calculates for it under the rules of the admission date. Such a claim is SUBMITTED at
 * once (the import date is its filing date) and waits for a reviewer's confirmation, which is {@link Claims#approve}.
 */
@Component
class ImportedClaims {

    /** The plans whose benefits follow from a hospital stay; critical illness or death are paid on other events. */
    static final Set<PlanType> HOSPITAL_PLANS = EnumSet.of(PlanType.HOSPITALISATION, PlanType.SELF_PAID_HOSPITAL);

    private final Enrolments enrolments;
    private final ClaimChecks checks;
    private final ClaimBenefits benefits;
    private final MutualAidPlans plans;
    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Users users;
    private final Clock clock;

    ImportedClaims(Enrolments enrolments, ClaimChecks checks, ClaimBenefits benefits, MutualAidPlans plans,
                   ClaimRepository claims, ClaimTransitionRepository transitions, AuditTrail audit,
                   Notifications notifications, Users users, Clock clock) {
        this.enrolments = enrolments;
        this.checks = checks;
        this.benefits = benefits;
        this.plans = plans;
        this.claims = claims;
        this.transitions = transitions;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    /** What became of a member's stay: its claims, or (none) why not — not enrolled, or the first plan's refusal. */
    record Outcome(List<Claim> claims, @Nullable ExplanationLine reason, boolean enrolled) {
    }

    Outcome make(long stayId, StayRows.Stay stay, long workerId, long branchId, Actor actor, LocalDate today) {
        Claim.Details details = new Claim.Details(stay.admission(), stay.discharge(), stay.hospital(), "",
                stay.invoiceTotal(), stay.basicInsurancePaid(), stay.selfPaid());
        List<Claim> made = new ArrayList<>();
        ExplanationLine reason = null;
        boolean enrolled = false;
        for (EnrolmentView view : enrolments.ofWorker(workerId)) {
            if (!HOSPITAL_PLANS.contains(view.planType())) {
                continue;
            }
            Enrolment enrolment = enrolments.find(view.planId(), workerId, stay.admission()).orElse(null);
            if (enrolment == null) {
                continue;
            }
            enrolled = true;
            Claim candidate = Claim.imported("", enrolment, branchId, actor.id(), stayId, details);
            ExplanationLine blocker = checks.blocker(candidate, today);
            if (blocker == null) {
                RuleVersionView rules = plans.rulesOn(view.planId(), stay.admission()).orElseThrow();
                BenefitCalculation calculation = benefits.calculate(candidate, rules, today);
                if (calculation.amount().signum() == 0) {
                    blocker = ExplanationLine.of("stay.reason.noBenefit", view.planCode());
                }
            }
            if (blocker != null) {
                reason = reason == null ? blocker : reason;
                continue;
            }
            made.add(file(enrolment, view, stayId, branchId, details, actor, today));
        }
        return new Outcome(made, made.isEmpty() ? reason : null, enrolled);
    }

    private Claim file(Enrolment enrolment, EnrolmentView plan, long stayId, long branchId, Claim.Details details,
                       Actor actor, LocalDate today) {
        String reference = "CL-" + String.format("%06d", claims.nextNumber());
        Claim claim = claims.saveAndFlush(Claim.imported(reference, enrolment, branchId, actor.id(), stayId,
                details));
        Instant now = clock.instant();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("origin", ClaimOrigin.IMPORTED);
        after.put("hospitalStayId", stayId);
        after.put("planId", plan.planId());
        after.put("workerId", claim.workerId());
        after.put("invoiceTotal", details.invoiceTotal());
        audit.record(AuditEntry.of(Claims.ENTITY, claim.id(), "FILE", branchId).withAfter(after)
                .withReason("hospital stay imported from settlement data"));
        var transition = claim.submit(today, actor.username(), now);
        claims.flush();
        transitions.save(transition);
        audit.record(AuditEntry.of(Claims.ENTITY, claim.id(), transition.toState().name(), branchId)
                .withBefore(Map.of("state", transition.fromState()))
                .withAfter(Map.of("state", transition.toState())));
        for (long userId : users.enabledAccountsOfWorker(claim.workerId())) {
            notifications.notify(new Notice(userId, "CLAIM_IMPORTED", "stay.notice.imported",
                    List.of(reference, plan.planName(), details.hospital(), details.admission().toString()),
                    "/mutualaid/claims/" + claim.id(), true));
        }
        return claim;
    }
}
