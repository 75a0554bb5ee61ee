package org.unionaid.mutualaid;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.documents.Documents;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;

/**
 * The checks of a claim's commands ({@link Claims}): the facts of a {@link FileClaim} (dates in order, amounts not
 * negative and their parts within the invoice total, hospital and diagnosis given) and a submission (coverage,
 * waiting period, discharge not in the future, rules in force at admission, the calculation's own refusals, at
 * least one document). A broken rule is a {@link BusinessRuleException} with its message key.
 */
@Component
class ClaimChecks {

    private final Enrolments enrolments;
    private final MutualAidPlans plans;
    private final ClaimBenefits benefits;
    private final Documents documents;

    ClaimChecks(Enrolments enrolments, MutualAidPlans plans, ClaimBenefits benefits, Documents documents) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.benefits = benefits;
        this.documents = documents;
    }

    /**
     * Refuses to submit a claim when the admission is outside the coverage, inside the waiting period, no rules
     * were in force then, the claim is past its deadline or over the yearly number of claims, or it has no document.
     */
    void checkSubmission(Claim claim, LocalDate today) {
        ExplanationLine blocker = blocker(claim, today);
        if (blocker != null) {
            throw new BusinessRuleException(blocker.key(), blocker.argsArray());
        }
        if (claim.dischargeDate().isAfter(today)) {
            throw new BusinessRuleException("claim.refused.future");
        }
        if (documents.listFor(Claims.DOCUMENT_OWNER, claim.id()).isEmpty()) {
            throw new BusinessRuleException("claim.documents.required");
        }
    }

    /**
     * Why the claim can never be submitted as it stands, whatever documents are added: the admission is outside
     * the coverage or inside the waiting period, no rules were in force then, or the calculation refuses it (past
     * the deadline, too many claims this year); null when none of these holds. A DRAFT with a blocker shows it
     * instead of a benefit that would never be paid.
     */
    @Nullable ExplanationLine blocker(Claim claim, LocalDate today) {
        Enrolment enrolment = enrolments.find(claim.planId(), claim.workerId(), claim.admissionDate()).orElse(null);
        if (enrolment == null) {
            return ExplanationLine.of("claim.notEnrolled");
        }
        LocalDate admission = claim.admissionDate();
        LocalDate start = Objects.requireNonNull(enrolment.coverageStart());
        LocalDate end = Objects.requireNonNull(enrolment.coverageEnd());
        if (admission.isBefore(start) || admission.isAfter(end)) {
            return ExplanationLine.of("claim.refused.outsideCoverage", start, end);
        }
        if (admission.isBefore(Objects.requireNonNull(enrolment.waitingEndsOn()))) {
            return ExplanationLine.of("claim.refused.waitingPeriod", enrolment.waitingEndsOn());
        }
        RuleVersionView rules = plans.rulesOn(claim.planId(), admission).orElse(null);
        if (rules == null) {
            return ExplanationLine.of("claim.refused.noRules", admission);
        }
        BenefitCalculation calculation = benefits.calculate(claim, rules, today);
        return calculation.refused() ? Objects.requireNonNull(calculation.refusal()) : null;
    }

    static void checkFiling(FileClaim command) {
        if (command.discharge().isBefore(command.admission())) {
            throw new BusinessRuleException("claim.dates.order");
        }
        if (command.invoiceTotal().signum() < 0 || command.basicInsurancePaid().signum() < 0
                || command.selfPaid().signum() < 0) {
            throw new BusinessRuleException("claim.amount.negative");
        }
        if (command.basicInsurancePaid().add(command.selfPaid()).compareTo(command.invoiceTotal()) > 0) {
            throw new BusinessRuleException("claim.amount.partsOverTotal");
        }
        if (command.hospital().isBlank() || command.diagnosis().isBlank()) {
            throw new BusinessRuleException("claim.required");
        }
    }

    static Claim.Details details(FileClaim c) {
        return new Claim.Details(c.admission(), c.discharge(), c.hospital().strip(), c.diagnosis().strip(),
                Money.round(c.invoiceTotal()), Money.round(c.basicInsurancePaid()), Money.round(c.selfPaid()));
    }
}
