package org.unionaid.notices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.unionaid.shared.crypto.LookupHash;

/** The objection form's guard: the per-address allowance, and the signed sum. */
class ObjectionGuardTests {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T01:00:00Z");

        @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final MovableClock clock = new MovableClock();
    final ObjectionGuard guard = new ObjectionGuard(2, new LookupHash(KEY), clock);

    @Test
    void anAddressGetsItsAllowanceAndNoMoreWhileOthersKeepTheirs() {
        assertThat(guard.tryAcquire("10.0.0.1")).isTrue();
        assertThat(guard.tryAcquire("10.0.0.1")).isTrue();
        assertThat(guard.tryAcquire("10.0.0.1")).isFalse();
        assertThat(guard.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void onlyTheRightSumOfAGenuineFreshTokenPasses() {
        ObjectionGuard.Challenge c = guard.newChallenge();
        String right = String.valueOf(c.a() + c.b());
        assertThat(guard.solved(c.token(), right)).isTrue();
        assertThat(guard.solved(c.token(), " " + right + " ")).isTrue();
        assertThat(guard.solved(c.token(), String.valueOf(c.a() + c.b() + 1))).isFalse();
        assertThat(guard.solved(c.token(), "abc")).isFalse();
        assertThat(guard.solved(null, right)).isFalse();
        assertThat(guard.solved("garbage", right)).isFalse();
        // another sum in the same signature: refused
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(("1:1:" + clock.now.getEpochSecond())
                .getBytes()) + c.token().substring(c.token().indexOf('.'));
        assertThat(guard.solved(forged, "2")).isFalse();
        // signed with another key: refused
        ObjectionGuard other = new ObjectionGuard(2, new LookupHash(Base64.getEncoder().encodeToString(
                "another key of thirty-two bytes!".getBytes())), clock);
        assertThat(other.solved(c.token(), right)).isFalse();
        // two hours later: expired
        clock.now = clock.now.plus(ObjectionGuard.TOKEN_LIFETIME).plusSeconds(1);
        assertThat(guard.solved(c.token(), right)).isFalse();
    }
}
