package org.unionaid.hardship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A file's means-test authorisation (家庭经济状况核对授权书) as it stands today: the newest signed one found on the
 * file, its lead or the lead's visits, and until when it counts.
 *
 * @param source where it was found: {@code HARDSHIP_FILE}, {@code LEAD} or {@code VISIT}
 */
public record ConsentView(State state, @Nullable LocalDate signedOn, @Nullable LocalDate validUntil,
                          @Nullable Long documentId, @Nullable String documentName, @Nullable String source) {

    public enum State { VALID, EXPIRED, MISSING }

    public boolean valid() {
        return state == State.VALID;
    }

    static ConsentView missing() {
        return new ConsentView(State.MISSING, null, null, null, null, null);
    }
}
