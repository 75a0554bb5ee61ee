package org.unionaid.hardship;

/** Kinds of help in an assistance plan (一户一策). */
public enum AssistanceMeasureKind {
    LIVING, MEDICAL, SCHOOLING, TRAINING, EMPLOYMENT, LEGAL_AID, PARTNER_SUPPORT
}
