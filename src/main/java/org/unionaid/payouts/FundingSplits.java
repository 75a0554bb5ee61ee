package org.unionaid.payouts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.payouts.domain.FundingLine;
import org.unionaid.shared.BusinessRuleException;

/**
 * The split of a payout over funding sources, for a proposal and a re-split: the one given, checked, or one made
 * over the programme's sources. It only reads what is available now; the funding is committed at the final
 * approval ({@link Payouts#approve}, decision 22).
 */
@Component
class FundingSplits {

    private final FundingLedger ledger;

    FundingSplits(FundingLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The split to store: the given one checked (sum equals amount, sources of the programme, enough
     * available now), or an automatic one over the programme's sources in id order. Without a programme and
     * without a split the payout carries no funding rows (paid from outside the programme budgets).
     */
    List<FundingLine> split(@Nullable Long programmeId, BigDecimal amount, @Nullable List<FundingShare> given) {
        List<FundingLine> lines = new ArrayList<>();
        if (given != null && !given.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            Set<Long> seen = new HashSet<>();
            for (FundingShare share : given) {
                BigDecimal part = ProposalChecks.money(share.amount());
                if (part.signum() <= 0 || !seen.add(share.fundingSourceId())) {
                    throw new BusinessRuleException("payout.split.invalid");
                }
                FundingSourceView source = ledger.find(share.fundingSourceId())
                        .orElseThrow(() -> new BusinessRuleException("payout.split.unknownSource"));
                if (programmeId != null && source.programmeId() != programmeId) {
                    throw new BusinessRuleException("payout.split.otherProgramme", source.name());
                }
                if (source.available().compareTo(part) < 0) {
                    throw new BusinessRuleException(FundingLedger.INSUFFICIENT, source.name(),
                            source.available().toPlainString(), part.toPlainString());
                }
                sum = sum.add(part);
                lines.add(new FundingLine(source.id(), part));
            }
            if (sum.compareTo(amount) != 0) {
                throw new BusinessRuleException("payout.split.sumMismatch", sum.toPlainString(),
                        amount.toPlainString());
            }
            return lines;
        }
        if (programmeId == null) {
            return lines;
        }
        BigDecimal remaining = amount;
        for (FundingSourceView source : ledger.ofProgramme(programmeId)) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal part = remaining.min(source.available());
            if (part.signum() > 0) {
                lines.add(new FundingLine(source.id(), part));
                remaining = remaining.subtract(part);
            }
        }
        if (remaining.signum() > 0) {
            throw new BusinessRuleException("payout.funding.programmeInsufficient", amount.toPlainString(),
                    amount.subtract(remaining).toPlainString());
        }
        return lines;
    }

    /** Whether each share still fits what its source has available now (a reissue keeps the old split then). */
    boolean fitsNow(List<FundingShare> split) {
        return split.stream().allMatch(sh -> ledger.find(sh.fundingSourceId())
                .map(s -> s.available().compareTo(sh.amount()) >= 0).orElse(false));
    }

    static List<String> summary(List<FundingLine> lines) {
        return lines.stream().map(l -> l.fundingSourceId() + ":" + l.amount().toPlainString()).toList();
    }
}
