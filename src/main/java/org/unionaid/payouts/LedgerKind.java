package org.unionaid.payouts;

/** The kinds a household's benefit ledger totals by: the union's three paths and the two outside ones. */
public enum LedgerKind {
    PROGRAMME, MUTUAL_AID, ASSISTANCE_MEASURE, GOVERNMENT_ASSISTANCE, OTHER_ORGANISATION;

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
