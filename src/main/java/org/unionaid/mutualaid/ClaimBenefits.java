package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.mutualaid.domain.EnrolmentRepository;

/**
 * The benefit of a claim under a rule version ({@link BenefitCalculator}) with the member's year so far, and the
 * explanation as stored on an approved claim. Used when a claim is submitted, approved and shown.
 */
@Component
class ClaimBenefits {

    private static final String FIELD_SEPARATOR = "\u001F";

    private final ClaimRepository claims;
    private final AnnualAccumulators accumulators;
    private final EnrolmentRepository enrolments;
    private final BenefitCalculator calculator = new BenefitCalculator();

    ClaimBenefits(ClaimRepository claims, AnnualAccumulators accumulators, EnrolmentRepository enrolments) {
        this.claims = claims;
        this.accumulators = accumulators;
        this.enrolments = enrolments;
    }

    /** The benefit now, with the member's accumulator as it stands and their other claims of the year. */
    BenefitCalculation calculate(Claim claim, RuleVersionView rules, LocalDate filedOn) {
        AnnualAccumulators.Totals totals = accumulators.peek(claim.workerId(), claim.planId(),
                claim.admissionDate().getYear());
        int others = (int) claims.countOthersInYear(claim.workerId(), claim.planId(), claim.admissionDate().getYear(),
                claim.id());
        return calculate(claim, rules, totals, filedOn, others);
    }

    /**
     * The benefit with the given (locked) totals of the year: the one entry point of every claim's calculation, so
     * the member's shares (of the claim's enrolment) scale the amounts and caps of every claim, however it came.
     */
    BenefitCalculation calculate(Claim claim, RuleVersionView rules, AnnualAccumulators.Totals totals,
                                 LocalDate filedOn, int claimsThisYear) {
        return calculator.calculate(rules.rule(), new BenefitInput(claim.admissionDate(), claim.dischargeDate(),
                filedOn, claim.invoiceTotal(), claim.basicInsurancePaid(), claim.selfPaid(), totals.granted(),
                claimsThisYear), sharesOf(claim));
    }

    /** The annual cap for the claim's member: the rule's cap × their shares; null when the rule has none. */
    @Nullable BigDecimal annualCap(Claim claim, RuleVersionView rules) {
        BigDecimal cap = rules.rule().annualCap();
        return cap == null ? null : cap.multiply(BigDecimal.valueOf(sharesOf(claim)));
    }

    /** The shares of the claim's enrolment (one when it is not found). */
    int sharesOf(Claim claim) {
        return enrolments.findById(claim.enrolmentId()).map(Enrolment::shares).orElse(1);
    }

    static String serialise(List<ExplanationLine> lines) {
        StringBuilder text = new StringBuilder();
        for (ExplanationLine line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.key());
            line.args().forEach(a -> text.append(FIELD_SEPARATOR).append(a));
        }
        return text.toString();
    }

    static List<ExplanationLine> deserialise(String text) {
        return text.lines().map(l -> {
            String[] parts = l.split(FIELD_SEPARATOR, -1);
            return new ExplanationLine(parts[0], List.of(parts).subList(1, parts.length));
        }).toList();
    }
}
