package org.unionaid.documents;

/** What a document is evidence of. */
public enum DocumentKind {
    PHOTO, ID_CARD, CONSENT, INCOME_PROOF, DIAGNOSIS, INVOICE, DISCHARGE_SUMMARY, ADMISSION_LETTER, FEE_LIST,
    OTHER
}
