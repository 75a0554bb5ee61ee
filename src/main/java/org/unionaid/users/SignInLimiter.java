package org.unionaid.users;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.unionaid.users.SecurityProperties.SignInLimit;

/**
 * Rate limit of sign-ins with a password (form login and HTTP Basic), per username and per client IP address
 * (Bucket4j token buckets, greedy refill over {@code unionaid.security.sign-in-limit.period}). The security
 * filter calls {@link #tryAcquire} before the password is checked, so a refused attempt costs no Argon2 hash; a
 * successful sign-in gives its attempt back ({@link #onSuccess}), so only failures use up the allowance.
 * <p>
 * The buckets live in this instance's memory (a Caffeine map that forgets a key once its bucket would be full
 * again): with several instances each one limits on its own, so the effective limit is the per-instance limit
 * times the number of instances (docs/operations.md).
 */
@Component
public class SignInLimiter {

    private static final Logger log = LoggerFactory.getLogger(SignInLimiter.class);
    private static final int MAX_KEY_LENGTH = 100;

    private final SignInLimit limit;
    private final TimeMeter meter;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    @Autowired
    public SignInLimiter(SecurityProperties properties) {
        this(properties.signInLimit(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    SignInLimiter(SignInLimit limit, TimeMeter meter) {
        this.limit = limit;
        this.meter = meter;
        this.accounts = cache(limit);
        this.addresses = cache(limit);
    }

    private static Cache<String, Bucket> cache(SignInLimit limit) {
        // a bucket untouched for one period has refilled completely: forgetting it loses nothing
        return Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(limit.maxTracked()).build();
    }

    /** The result of {@link #tryAcquire}: allowed, or refused until {@code retryAfter} has passed. */
    public record Attempt(boolean allowed, Duration retryAfter) {

        static final Attempt ALLOWED = new Attempt(true, Duration.ZERO);

        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /**
     * Takes one attempt from the username's and the address's allowance; refused (nothing taken) when either is
     * used up. {@code username} may be null when the request names none.
     */
    public Attempt tryAcquire(@Nullable String username, String address) {
        Bucket ip = addresses.get(key(address), k -> bucket(limit.perIp()));
        ConsumptionProbe byIp = ip.tryConsumeAndReturnRemaining(1);
        if (!byIp.isConsumed()) {
            log.debug("Sign-in refused: too many failed sign-ins from the client's address");
            return new Attempt(false, Duration.ofNanos(byIp.getNanosToWaitForRefill()));
        }
        if (username == null || username.isBlank()) {
            return Attempt.ALLOWED;
        }
        Bucket account = accounts.get(key(username), k -> bucket(limit.perAccount()));
        ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            ip.addTokens(1);
            log.debug("Sign-in refused: too many failed sign-ins for the username");
            return new Attempt(false, Duration.ofNanos(byAccount.getNanosToWaitForRefill()));
        }
        return Attempt.ALLOWED;
    }

    /** Gives an attempt back: it succeeded, so it does not count against the limits. */
    public void release(@Nullable String username, @Nullable String address) {
        if (address != null) {
            Bucket ip = addresses.getIfPresent(key(address));
            if (ip != null) {
                ip.addTokens(1);
            }
        }
        if (username != null) {
            Bucket account = accounts.getIfPresent(key(username));
            if (account != null) {
                account.addTokens(1);
            }
        }
    }

    /** A sign-in with a password succeeded (form login or HTTP Basic): its attempt does not count. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onSuccess(AuthenticationSuccessEvent event) {
        Object details = event.getAuthentication().getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        release(event.getAuthentication().getName(), address);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, limit.period()))
                .withCustomTimePrecision(meter)
                .build();
    }

    private static String key(String value) {
        String key = value.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
