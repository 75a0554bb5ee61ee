package org.unionaid.appeals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the page of a refused record offers its worker: nothing (not refused, or not theirs), an appeal until
 * {@code lastDay}, the window closed on {@code lastDay}, or the link to the appeal already lodged.
 */
public record AppealOffer(Kind kind, @Nullable LocalDate lastDay, @Nullable Long appealId,
                          @Nullable AppealState appealState) {

    public enum Kind { NONE, MAY_APPEAL, WINDOW_CLOSED, APPEALED }

    static AppealOffer none() {
        return new AppealOffer(Kind.NONE, null, null, null);
    }
}
