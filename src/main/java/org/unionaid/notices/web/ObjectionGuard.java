package org.unionaid.notices.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unionaid.shared.crypto.LookupHash;

/**
 * What keeps the anonymous objection form from being flooded: a Bucket4j token bucket per client address
 * ({@code unionaid.notices.objections-per-hour}, in this instance's memory like the sign-in limits), and a small sum
 * to solve whose numbers travel in a token signed with the lookup key (HMAC), so any instance can check it without
 * a session and the answer cannot be read off the page. Tokens expire after two hours.
 */
@Component
class ObjectionGuard {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    private final Cache<String, Bucket> buckets;
    private final int perHour;
    private final LookupHash hmac;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ObjectionGuard(@Value("${unionaid.notices.objections-per-hour:5}") int perHour, LookupHash hmac, Clock clock) {
        this.perHour = perHour;
        this.hmac = hmac;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    }

    record Challenge(int a, int b, String token) {
    }

    Challenge newChallenge() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        String payload = a + ":" + b + ":" + clock.instant().getEpochSecond();
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + sign(payload);
        return new Challenge(a, b, token);
    }

    /** Whether the answer solves the sum of this (genuine, unexpired) token. */
    boolean solved(@Nullable String token, @Nullable String answer) {
        if (token == null || answer == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!java.security.MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.UTF_8),
                token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        String[] parts = payload.split(":");
        try {
            long issued = Long.parseLong(parts[2]);
            if (clock.instant().getEpochSecond() - issued > TOKEN_LIFETIME.toSeconds()) {
                return false;
            }
            return Integer.parseInt(answer.strip()) == Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Takes one objection from the address's allowance; false when it is used up for now. */
    boolean tryAcquire(String clientAddress) {
        String key = clientAddress.length() > 100 ? clientAddress.substring(0, 100) : clientAddress;
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .build()).tryConsume(1);
    }

    private String sign(String payload) {
        return hmac.of("objection-challenge:" + payload);
    }
}
