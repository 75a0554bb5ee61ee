package org.unionaid.hardship;

/** The transitions of a file, one facade method each (named in the history and the audit trail). */
public enum HardshipFileAction {
    OPEN, SUBMIT_FOR_REVIEW, START_PUBLIC_NOTICE, RAISE_OBJECTION, ACTIVATE_AFTER_NOTICE, EXIT, START_MONITORING,
    REOPEN_AFTER_RELAPSE, CLOSE, CANCEL, REOPEN_ON_APPEAL
}
