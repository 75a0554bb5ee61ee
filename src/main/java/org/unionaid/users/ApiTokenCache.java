package org.unionaid.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.shared.CacheEviction;

/**
 * Bearer tokens this instance authenticated recently, by their SHA-256, with the principal they stood for: a busy
 * API client then costs no database transaction per request (two lookups, a commit), only a map read. An entry
 * lives {@code unionaid.security.api-tokens.cache-ttl} (30 s by default; 0 turns the cache off) and never beyond
 * the token's own expiry. Revoking a token, or changing, disabling or locking its account through the application,
 * forgets the entries at once on this instance (after the change commits); another instance sees the change when
 * its entry runs out, within the cache time (docs/operations.md, "API clients").
 */
@Component
public class ApiTokenCache {

    private record Entry(Instant expiresAt, UnionAidUser user) {
    }

    private final @Nullable Cache<String, Entry> entries;

    ApiTokenCache(SecurityProperties properties) {
        Duration ttl = properties.apiTokens().cacheTtl();
        this.entries = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    /** The principal of a token (by hash) authenticated within the cache time and not expired at {@code now}. */
    Optional<UnionAidUser> get(String hash, Instant now) {
        if (entries == null) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(hash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expiresAt())) {
            entries.invalidate(hash);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void put(String hash, Instant expiresAt, UnionAidUser user) {
        if (entries != null) {
            entries.put(hash, new Entry(expiresAt, user));
        }
    }

    /** Forgets a token now and again when the current transaction commits (a request racing the revocation). */
    void forgetToken(String hash) {
        if (entries != null) {
            CacheEviction.nowAndAfterCommit(() -> entries.invalidate(hash));
        }
    }

    /** Forgets every token of an account whose roles, branch or state changed, or that was locked. */
    void forgetUser(long userId) {
        if (entries != null) {
            CacheEviction.nowAndAfterCommit(() -> entries.asMap().values().removeIf(e -> e.user().id() == userId));
        }
    }

    /** Forgets everything (tests that change accounts or tokens with SQL, beside the application). */
    public void clear() {
        if (entries != null) {
            entries.invalidateAll();
        }
    }
}
