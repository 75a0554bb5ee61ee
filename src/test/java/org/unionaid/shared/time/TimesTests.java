package org.unionaid.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimesTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Times at(String instant) {
        return new Times(Clock.fixed(Instant.parse(instant), BEIJING));
    }

    @Test
    void halfPastElevenAtNightUtcIsTomorrowInBeijing() {
        Times times = at("2026-12-01T23:30:00Z");
        assertThat(times.today()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(LocalDate.now(times.clock())).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(times.zone()).isEqualTo(BEIJING);
    }

    @Test
    void aBeijingDayStartsAtFourPmUtcTheDayBefore() {
        Times times = at("2026-12-01T00:00:00Z");
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(times.startOf(day)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(times.endOf(day)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(times.dateOf(Instant.parse("2026-11-30T16:30:00Z"))).isEqualTo(day);
        assertThat(times.dateOf(Instant.parse("2026-12-01T16:30:00Z"))).isEqualTo(day.plusDays(1));
    }

    @Test
    void aPayoutPaidAtFivePmUtcOnTheLastOfNovemberIsPaidInDecember() {
        assertThat(at("2026-12-01T00:00:00Z").monthOf(Instant.parse("2026-11-30T17:00:00Z")))
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void formatsInstantsInTheZoneAndDatesAsThey() {
        Times times = at("2026-12-01T00:00:00Z");
        assertThat(times.format(Instant.parse("2026-12-01T21:58:59.894790Z"))).isEqualTo("2026-12-02 05:58");
        assertThat(times.formatSeconds(Instant.parse("2026-12-01T21:58:59.894790Z"))).isEqualTo("2026-12-02 05:58:59");
        assertThat(times.formatDate(Instant.parse("2026-12-01T21:58:59Z"))).isEqualTo("2026-12-02");
        assertThat(times.format(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(times.format(null)).isEmpty();
        assertThat(new Times(Clock.system(ZoneId.of("UTC"))).format(Instant.parse("2026-12-01T21:58:00Z")))
                .isEqualTo("2026-12-01 21:58");
    }
}
