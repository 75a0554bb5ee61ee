package org.unionaid.payouts;

/**
 * The kinds a household's benefit ledger totals by: the union's three paths, the two outside ones, and micro-wishes
 * donors delivered (in kind, from the wishes module through {@link LedgerContributions}).
 */
public enum LedgerKind {
    PROGRAMME, MUTUAL_AID, ASSISTANCE_MEASURE, GOVERNMENT_ASSISTANCE, OTHER_ORGANISATION, MICRO_WISH;

    static LedgerKind of(PayoutSourceType source) {
        return switch (source) {
            case APPLICATION -> PROGRAMME;
            case CLAIM -> MUTUAL_AID;
            case PLAN_MEASURE -> ASSISTANCE_MEASURE;
        };
    }

    static LedgerKind of(OutsideAidKind kind) {
        return kind == OutsideAidKind.GOVERNMENT_ASSISTANCE ? GOVERNMENT_ASSISTANCE : OTHER_ORGANISATION;
    }
}
