package org.unionaid.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CachedFiguresTests {

    @Test
    void oneReadServesEveryGaugeUntilThePeriodEnds() {
        AtomicLong now = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        CachedFigures<Integer> figures = new CachedFigures<>("test", reads::incrementAndGet, Duration.ofSeconds(30),
                now::get);
        assertThat(figures.figure(n -> n)).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(figures.figure(n -> n)).isEqualTo(1);
        assertThat(figures.figure(n -> n * 10)).isEqualTo(10);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figures.figure(n -> n)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadAnswersNaNUntilTheNextPeriod() {
        AtomicLong now = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        CachedFigures<Integer> figures = new CachedFigures<>("test", () -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return 7;
        }, Duration.ofSeconds(30), now::get);
        assertThat(figures.figure(n -> n)).isNaN();
        assertThat(figures.figure(n -> n)).isNaN();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(figures.figure(n -> n)).isEqualTo(7);
        assertThat(reads).hasValue(2);
    }
}
