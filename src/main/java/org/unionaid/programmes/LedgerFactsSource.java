package org.unionaid.programmes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionaid.payouts.AidPurpose;
import org.unionaid.payouts.BenefitLedger;
import org.unionaid.programmes.domain.ProgrammeRepository;

/**
 * Gathers what the ledger rules need ({@link RuleType#MAX_AWARDS_PER_PERIOD}, {@link RuleType#NOT_FUNDED_ELSEWHERE})
 * from the household's benefit ledger, lazily: only a programme with such a rule asks.
 */
@Component
class LedgerFactsSource {

    private final BenefitLedger ledger;
    private final ProgrammeRepository programmes;

    LedgerFactsSource(BenefitLedger ledger, ProgrammeRepository programmes) {
        this.ledger = ledger;
        this.programmes = programmes;
    }

    /** The purpose a programme of this kind serves, for "funded elsewhere for the same purpose". */
    static AidPurpose purposeOf(ProgrammeKind kind) {
        return switch (kind) {
            case STUDENT_AID -> AidPurpose.SCHOOLING;
            case HOLIDAY_RELIEF -> AidPurpose.HOLIDAY;
            case MEDICAL_RELIEF -> AidPurpose.MEDICAL;
            case LIVING_RELIEF -> AidPurpose.LIVING;
            default -> AidPurpose.OTHER;
        };
    }

    EligibilityEvaluator.LedgerFacts of(ProgrammeView programme, long workerId, LocalDate today) {
        return new EligibilityEvaluator.LedgerFacts() {
            @Override
            public int awardsWithin(int months) {
                return ledger.awardsSince(workerId, programmes.findIdsByKind(programme.kind()),
                        today.minusMonths(months));
            }

            @Override
            public List<String> fundedElsewhereWithin(int months) {
                List<Long> others = programmes.findIdsByKind(programme.kind()).stream()
                        .filter(id -> id != programme.id()).toList();
                return ledger.fundedElsewhere(workerId, purposeOf(programme.kind()), others, today.minusMonths(months));
            }
        };
    }
}
