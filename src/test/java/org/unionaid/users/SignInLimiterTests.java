package org.unionaid.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.unionaid.users.SecurityProperties.SignInLimit;

/** The limiter alone, on a hand-driven clock: per username, per address, refill, and attempts given back. */
class SignInLimiterTests {

    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final SignInLimiter limiter = new SignInLimiter(new SignInLimit(3, 5, Duration.ofMinutes(1), 1000), clock);

    @Test
    void theAttemptAfterTheAccountsLimitIsRefusedUntilOneRefills() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("Alice", "10.0.0.1").allowed()).isTrue();
        }
        SignInLimiter.Attempt refused = limiter.tryAcquire(" alice ", "10.0.0.2");
        assertThat(refused.allowed()).isFalse();
        // 3 per minute refill greedily: one every 20 s
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);

        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.tryAcquire("alice", "10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("alice", "10.0.0.1").allowed()).isFalse();
    }

    @Test
    void anAddressIsLimitedWhateverUsernamesItTries() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("user" + i, "10.0.0.9").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("someone-else", "10.0.0.9").allowed()).isFalse();
        assertThat(limiter.tryAcquire(null, "10.0.0.9").allowed()).isFalse();
        assertThat(limiter.tryAcquire("someone-else", "10.0.0.10").allowed()).isTrue();
    }

    @Test
    void anAttemptRefusedForTheAccountDoesNotUseUpTheAddress() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("bob", "10.0.0.3");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("bob", "10.0.0.3").allowed()).isFalse();
        }
        // the address used 3 of its 5
        assertThat(limiter.tryAcquire("carol", "10.0.0.3").allowed()).isTrue();
        assertThat(limiter.tryAcquire("dave", "10.0.0.3").allowed()).isTrue();
        assertThat(limiter.tryAcquire("erin", "10.0.0.3").allowed()).isFalse();
    }

    @Test
    void successfulSignInsGiveTheirAttemptBack() {
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAcquire("client", "10.0.0.4").allowed()).isTrue();
            limiter.release("CLIENT", "10.0.0.4");
        }
    }
}
