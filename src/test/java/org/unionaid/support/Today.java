package org.unionaid.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" as the application sees it: in its zone ({@code unionaid.time-zone}, Asia/Shanghai unless
 * {@code UNIONAID_TIME_ZONE} says otherwise), not the test JVM's (UTC on CI). Between 16:00 and 24:00 UTC the two
 * differ by a day, so a test comparing the application's dates with {@code LocalDate.now()} would fail every evening.
 */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("UNIONAID_TIME_ZONE", "Asia/Shanghai"));

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
