package org.unionaid.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one time zone of the application ({@code unionaid.time-zone}, the zone of the {@link Clock} bean):
 * every "today", deadline, day or month boundary of a filter, and every instant shown on a page or written
 * to an export is in this zone. Stored instants stay UTC. Templates use the bean as {@code @times}, e.g.
 * {@code ${@times.format(p.proposedAt)}} ({@code #temporals} would use the JVM's zone).
 */
@Component("times")
public class Times {

    /** How pages show an instant: minutes, in the zone. */
    public static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm";
    public static final String DATE_PATTERN = "yyyy-MM-dd";

    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter seconds;
    private final DateTimeFormatter date;

    public Times(Clock clock) {
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN).withZone(clock.getZone());
        this.seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern(DATE_PATTERN).withZone(clock.getZone());
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day an instant falls on in the zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The wall-clock time of an instant in the zone. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    /** The month an instant falls in, in the zone. */
    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(local(instant));
    }

    /** The first instant of a day in the zone (a day filter's inclusive start). */
    public Instant startOf(LocalDate day) {
        return startOf(day, zone());
    }

    /** The first instant after a day in the zone (a day filter's exclusive end). */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1), zone());
    }

    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * A time as pages show it: an instant (or zoned time) as {@code yyyy-MM-dd HH:mm} in the zone, a
     * {@link LocalDateTime} the same way, a {@link LocalDate} as {@code yyyy-MM-dd}; empty for null.
     */
    public String format(@Nullable TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        if (time instanceof LocalDate day) {
            return date.format(day);
        }
        return dateTime.format(zoned(time));
    }

    /** Like {@link #format} with seconds (the audit trail). */
    public String formatSeconds(@Nullable TemporalAccessor time) {
        return time == null ? "" : seconds.format(zoned(time));
    }

    /** The day of a time ({@code yyyy-MM-dd}) in the zone; empty for null. */
    public String formatDate(@Nullable TemporalAccessor time) {
        return time == null ? "" : time instanceof LocalDate day ? date.format(day) : date.format(zoned(time));
    }

    private TemporalAccessor zoned(TemporalAccessor time) {
        if (time instanceof Instant instant) {
            return instant.atZone(zone());
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone());
        }
        if (time instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone());
        }
        return time;
    }
}
