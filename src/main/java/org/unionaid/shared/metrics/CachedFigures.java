package org.unionaid.shared.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures a gauge reads from the database, read at most once per period: every gauge of a module reads
 * the same snapshot, so a scrape (or several Prometheus servers scraping every few seconds) costs one query
 * per period, not one per gauge and scrape. The period is {@code unionaid.metrics.cache-ttl}. A failed read is logged and its gauges answer NaN until the
 * next period, so the rest of the scrape still answers.
 *
 * @param <T> the snapshot (a record of the module's figures)
 */
public final class CachedFigures<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedFigures.class);

    /**
     * The property of how long one read serves the gauges (default 30 s; the tests set 0 so a figure moves
     * with the change a test makes).
     */
    public static final String TTL_PROPERTY = "${unionaid.metrics.cache-ttl:30s}";

    private final String name;
    private final Supplier<T> reader;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private @Nullable T value;
    private long readAt;
    private boolean read;

    public CachedFigures(String name, Duration ttl, Supplier<T> reader) {
        this(name, reader, ttl, System::nanoTime);
    }

    CachedFigures(String name, Supplier<T> reader, Duration ttl, LongSupplier nanoTime) {
        this.name = name;
        this.reader = reader;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The snapshot, read again when older than the TTL; null while the last read failed. */
    public synchronized @Nullable T get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= ttlNanos) {
            readAt = now;
            read = true;
            try {
                value = Objects.requireNonNull(reader.get());
            } catch (RuntimeException e) {
                value = null;
                log.warn("Metrics: could not read {}: {}", name, e.toString());
            }
        }
        return value;
    }

    /** One figure of the snapshot, or NaN while it cannot be read. */
    public double figure(ToDoubleFunction<T> figure) {
        T snapshot = get();
        return snapshot == null ? Double.NaN : figure.applyAsDouble(snapshot);
    }
}
