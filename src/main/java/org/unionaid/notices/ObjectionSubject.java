package org.unionaid.notices;

/** What an objection is about; the id belongs to the module named here. */
public enum ObjectionSubject {
    /** A hardship file in public notice (hardship module). */
    HARDSHIP_FILE,
    /** A programme award on notice: an approved application (programmes module). */
    APPLICATION
}
