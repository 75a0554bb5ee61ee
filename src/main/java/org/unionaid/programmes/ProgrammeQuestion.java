package org.unionaid.programmes;

/** A custom yes/no question; the applicant is eligible only with {@code requiredAnswer}. */
public record ProgrammeQuestion(String text, boolean requiredAnswer) {
}
