package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.unionaid.shared.Money;

/**
 * Applies one version of a plan's benefit rules to a claim, in this order, writing one explanation line per
 * rule: claim deadline, claims per year, eligible amount (which amounts count), then by basis the deductible and
 * rate (RATE), the days (PER_DAY) or the lump sum (LUMP_SUM), the per-event cap, the remaining annual cap, and
 * the resulting benefit; a member with several shares first gets a line saying that the amounts and caps are
 * multiplied by them. A pure function without Spring, so it is tested on its own (also property-based).
 *
 * <p>Guarantees: the benefit is never negative; never above the per-event cap, nor the annual cap minus what
 * was already granted this year; for RATE and PER_DAY never above the eligible amount. A LUMP_SUM is paid on the
 * event itself (a diagnosis, a death) and is bounded by the caps only. Amounts are rounded half-up to cents.
 */
public final class BenefitCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BenefitCalculation calculate(BenefitRule rule, BenefitInput input) {
        return calculate(rule, input, 1);
    }

    /**
     * The benefit of a member holding {@code shares} shares: the rule's amounts (per day, lump sum) and caps (per
     * event, annual) × shares, said in an explanation line; the deductible and the rate stay as they are.
     */
    public BenefitCalculation calculate(BenefitRule original, BenefitInput input, int shares) {
        List<ExplanationLine> lines = new ArrayList<>();
        BenefitRule rule = original;
        if (shares > 1) {
            BigDecimal n = BigDecimal.valueOf(shares);
            rule = new BenefitRule(original.basis(), original.counted(), original.deductible(),
                    original.ratePercent(), times(original.amount(), n), times(original.perEventCap(), n),
                    times(original.annualCap(), n), original.maxClaimsPerYear(), original.claimDeadlineDays());
            lines.add(ExplanationLine.of("mutualaid.explain.shares", shares));
        }
        long daysAfterDischarge = ChronoUnit.DAYS.between(input.discharge(), input.filedOn());
        if (daysAfterDischarge > rule.claimDeadlineDays()) {
            ExplanationLine refusal = ExplanationLine.of("mutualaid.explain.deadline.missed",
                    rule.claimDeadlineDays(), daysAfterDischarge);
            lines.add(refusal);
            return new BenefitCalculation(zero(), List.copyOf(lines), refusal);
        }
        lines.add(ExplanationLine.of("mutualaid.explain.deadline.met", rule.claimDeadlineDays(),
                Math.max(0, daysAfterDischarge)));
        if (rule.maxClaimsPerYear() != null) {
            if (input.claimsThisYear() >= rule.maxClaimsPerYear()) {
                ExplanationLine refusal = ExplanationLine.of("mutualaid.explain.maxClaims.reached",
                        rule.maxClaimsPerYear(), input.claimsThisYear());
                lines.add(refusal);
                return new BenefitCalculation(zero(), List.copyOf(lines), refusal);
            }
            lines.add(ExplanationLine.of("mutualaid.explain.maxClaims.ok", input.claimsThisYear() + 1,
                    rule.maxClaimsPerYear()));
        }
        BigDecimal eligible = nonNegative(switch (rule.counted()) {
            case INVOICE_TOTAL -> input.invoiceTotal();
            case MINUS_BASIC_INSURANCE -> input.invoiceTotal().subtract(input.basicInsurancePaid());
            case SELF_PAID_ONLY -> input.selfPaid();
        });
        lines.add(ExplanationLine.of("mutualaid.explain.eligible." + rule.counted(), money(eligible)));

        BigDecimal benefit;
        switch (rule.basis()) {
            case RATE -> {
                BigDecimal deductible = nonNegative(rule.deductible());
                BigDecimal above = nonNegative(eligible.subtract(deductible));
                lines.add(ExplanationLine.of("mutualaid.explain.deductible", money(deductible), money(above)));
                BigDecimal rate = clampRate(rule.ratePercent());
                benefit = above.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                lines.add(ExplanationLine.of("mutualaid.explain.rate", rate.stripTrailingZeros().toPlainString(),
                        money(benefit)));
            }
            case PER_DAY -> {
                BigDecimal perDay = nonNegative(rule.amount());
                long days = input.hospitalDays();
                benefit = perDay.multiply(BigDecimal.valueOf(days));
                lines.add(ExplanationLine.of("mutualaid.explain.perDay", money(perDay), days, money(benefit)));
                if (benefit.compareTo(eligible) > 0) {
                    benefit = eligible;
                    lines.add(ExplanationLine.of("mutualaid.explain.limitedToEligible", money(eligible)));
                }
            }
            case LUMP_SUM -> {
                benefit = nonNegative(rule.amount());
                lines.add(ExplanationLine.of("mutualaid.explain.lumpSum", money(benefit)));
            }
            default -> throw new IllegalStateException("unknown basis " + rule.basis());
        }
        if (rule.perEventCap() != null) {
            BigDecimal cap = nonNegative(rule.perEventCap());
            if (benefit.compareTo(cap) > 0) {
                benefit = cap;
                lines.add(ExplanationLine.of("mutualaid.explain.perEventCap.applied", money(cap)));
            } else {
                lines.add(ExplanationLine.of("mutualaid.explain.perEventCap.notReached", money(cap)));
            }
        }
        if (rule.annualCap() != null) {
            BigDecimal cap = nonNegative(rule.annualCap());
            BigDecimal used = nonNegative(input.grantedThisYear());
            BigDecimal remaining = nonNegative(cap.subtract(used));
            lines.add(ExplanationLine.of("mutualaid.explain.annualCap", money(used), money(cap), money(remaining)));
            if (benefit.compareTo(remaining) > 0) {
                benefit = remaining;
                lines.add(ExplanationLine.of("mutualaid.explain.annualCap.applied", money(remaining)));
            }
        }
        benefit = Money.round(nonNegative(benefit));
        lines.add(ExplanationLine.of("mutualaid.explain.benefit", money(benefit)));
        return new BenefitCalculation(benefit, List.copyOf(lines), null);
    }

    private static @org.jspecify.annotations.Nullable BigDecimal times(
            @org.jspecify.annotations.Nullable BigDecimal amount, BigDecimal shares) {
        return amount == null ? null : amount.multiply(shares);
    }

    /** An amount as the lines show it: two decimals with thousands separators, e.g. 8,400.00. */
    public static String money(BigDecimal amount) {
        return Money.format(amount);
    }

    private static BigDecimal clampRate(@org.jspecify.annotations.Nullable BigDecimal rate) {
        if (rate == null || rate.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return rate.min(HUNDRED);
    }

    private static BigDecimal nonNegative(@org.jspecify.annotations.Nullable BigDecimal value) {
        if (value == null || value.signum() < 0) {
            return zero();
        }
        return value;
    }

    private static BigDecimal zero() {
        return Money.ZERO;
    }
}
