package org.unionaid.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;
import org.unionaid.users.domain.ApiToken;
import org.unionaid.users.domain.ApiTokenRepository;
import org.unionaid.users.domain.UserAccount;
import org.unionaid.users.domain.UserAccountRepository;

/**
 * API tokens: a SYSADMIN issues one for an account in their branch subtree (a name, an expiry day); the token
 * ({@code ua_} and 43 characters of base64url, 32 random bytes) is shown once and only its SHA-256 is stored. An
 * API client sends it as {@code Authorization: Bearer …} and is then exactly that account ({@link #authenticate}
 * builds the same {@link UnionAidUser} as the form login), so every scope and role check applies unchanged. A
 * token stops working when it expires, is revoked, or its account is disabled or locked. Issue and revocation are
 * audited in their transaction; the token itself never appears in the trail.
 */
@Service
@Transactional
public class ApiTokens {

    /** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIX = "ua_";
    private static final int RANDOM_BYTES = 32;
    private static final int HINT_LENGTH = PREFIX.length() + 5;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final Branches branches;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Times times;
    private final ApiTokenCache cache;
    /** The lookup of a token not in the cache, in its own transaction (a cached one needs none). */
    private final org.springframework.transaction.support.TransactionTemplate lookups;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Branches branches,
              SecurityProperties properties, AuditTrail audit, Times times, ApiTokenCache cache,
              org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.cache = cache;
        this.lookups = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.tokens = tokens;
        this.users = users;
        this.branches = branches;
        this.properties = properties;
        this.audit = audit;
        this.times = times;
    }

    /** What a SYSADMIN asks for: a name (purpose), the account the client acts as, the last day it works. */
    public record IssueToken(String name, String username, LocalDate expiresOn) {
    }

    /** A new token: {@code token} is the only time the secret is available. */
    public record IssuedToken(ApiTokenView view, String token) {
    }

    /** The state a token is in, for the list. */
    public enum State {
        ACTIVE, EXPIRED, REVOKED, ACCOUNT_INACTIVE
    }

    /** A token as the pages show it: never the secret, only its first characters. */
    public record ApiTokenView(long id, String name, String hint, long userId, String username, String displayName,
                               long branchId, Instant createdAt, String createdBy, Instant expiresAt,
                               @Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable Instant lastUsedAt,
                               State state) {
    }

    @PreAuthorize("hasRole('SYSADMIN')")
    public IssuedToken issue(long scopeBranchId, IssueToken command) {
        UserAccount account = users.findByUsername(command.username().trim())
                .filter(a -> branches.covers(scopeBranchId, a.branchId()))
                .orElseThrow(() -> new BusinessRuleException("apiToken.user.unknown", command.username().trim()));
        if (!account.isEnabled()) {
            throw new BusinessRuleException("apiToken.user.disabled", account.username());
        }
        LocalDate today = times.today();
        if (command.expiresOn().isBefore(today)) {
            throw new BusinessRuleException("apiToken.expiry.past");
        }
        LocalDate latest = latestExpiry();
        if (command.expiresOn().isAfter(latest)) {
            throw new BusinessRuleException("apiToken.expiry.tooFar", latest.toString());
        }
        byte[] secret = new byte[RANDOM_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long issuer = Actors.required().id();
        ApiToken saved = tokens.saveAndFlush(new ApiToken(account.id(), command.name().trim(), hash(token),
                token.substring(0, HINT_LENGTH), issuer, times.now(), times.endOf(command.expiresOn())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", saved.name());
        after.put("userId", account.id());
        after.put("username", account.username());
        after.put("hint", saved.tokenHint());
        after.put("expiresAt", saved.expiresAt().toString());
        audit.record(AuditEntry.of("ApiToken", saved.id(), "ISSUE", account.branchId()).withAfter(after));
        Map<Long, UserAccount> accounts = new java.util.HashMap<>();
        users.findById(issuer).ifPresent(a -> accounts.put(a.id(), a));
        accounts.put(account.id(), account);
        return new IssuedToken(view(saved, accounts), token);
    }

    @PreAuthorize("hasRole('SYSADMIN')")
    public void revoke(long id, long scopeBranchId) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new RecordNotFoundException("ApiToken", id));
        UserAccount account = users.findById(token.userId())
                .filter(a -> branches.covers(scopeBranchId, a.branchId()))
                .orElseThrow(() -> new RecordNotFoundException("ApiToken", id));
        if (token.isRevoked()) {
            return;
        }
        token.revoke(Actors.required().id(), times.now());
        cache.forgetToken(token.tokenHash());
        audit.record(AuditEntry.of("ApiToken", id, "REVOKE", account.branchId())
                .withBefore(Map.of("revoked", false))
                .withAfter(Map.of("revoked", true, "name", token.name(), "username", account.username(),
                        "hint", token.tokenHint())));
    }

    @PreAuthorize("hasRole('SYSADMIN')")
    @Transactional(readOnly = true)
    public Page<ApiTokenView> list(long scopeBranchId, Pageable pageable) {
        Page<ApiToken> page = tokens.findInScope(branches.scopeOf(scopeBranchId).likePattern(), pageable);
        List<Long> ids = page.getContent().stream()
                .flatMap(t -> t.revokedBy() == null ? java.util.stream.Stream.of(t.userId(), t.createdBy())
                        : java.util.stream.Stream.of(t.userId(), t.createdBy(), t.revokedBy()))
                .distinct().toList();
        Map<Long, UserAccount> accounts = users.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        return page.map(t -> view(t, accounts));
    }

    /** The expiry the issue form suggests. */
    public LocalDate suggestedExpiry() {
        return times.today().plusDays(properties.apiTokens().defaultValidity().toDays());
    }

    /** The furthest expiry day a new token may have. */
    public LocalDate latestExpiry() {
        return times.today().plusDays(properties.apiTokens().maxValidity().toDays());
    }

    /**
     * The principal a bearer token stands for: its account as {@link UnionAidUser} (roles and branch as they are
     * now), or empty when the token is unknown, expired, revoked, or its account is disabled or locked. Records
     * the use at most once per {@code unionaid.security.api-tokens.last-used-interval}. A token this instance
     * authenticated within {@code unionaid.security.api-tokens.cache-ttl} is answered from {@link ApiTokenCache}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<UnionAidUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = times.now();
        String hash = hash(token);
        Optional<UnionAidUser> recent = cache.get(hash, now);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<UnionAidUser> found = lookups.execute(status -> lookUp(hash, now));
        return found == null ? Optional.empty() : found;
    }

    private Optional<UnionAidUser> lookUp(String hash, Instant now) {
        Optional<ApiToken> found = tokens.findByHash(hash)
                .filter(t -> !t.isRevoked() && !t.isExpiredAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken apiToken = found.get();
        Optional<UserAccount> account = users.findById(apiToken.userId())
                .filter(a -> a.isEnabled() && !a.isLockedAt(now));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant before = now.minus(properties.apiTokens().lastUsedInterval());
        if (apiToken.lastUsedAt() == null || apiToken.lastUsedAt().isBefore(before)) {
            tokens.markUsed(apiToken.id(), now, before);
        }
        UnionAidUser user = UnionAidUserDetailsService.toPrincipal(account.get(), times.clock());
        user.eraseCredentials();
        cache.put(hash, apiToken.expiresAt(), user);
        return Optional.of(user);
    }

    /** SHA-256 of the token, lower-case hex: what the table keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private ApiTokenView view(ApiToken t, Map<Long, UserAccount> accounts) {
        UserAccount account = accounts.get(t.userId());
        Instant now = times.now();
        State state;
        if (t.isRevoked()) {
            state = State.REVOKED;
        } else if (t.isExpiredAt(now)) {
            state = State.EXPIRED;
        } else if (account == null || !account.isEnabled() || account.isLockedAt(now)) {
            state = State.ACCOUNT_INACTIVE;
        } else {
            state = State.ACTIVE;
        }
        return new ApiTokenView(t.id(), t.name(), t.tokenHint(), t.userId(),
                account == null ? "#" + t.userId() : account.username(),
                account == null ? "" : account.displayName(), account == null ? 0 : account.branchId(),
                t.createdAt(), usernameOf(t.createdBy(), accounts), t.expiresAt(), t.revokedAt(),
                t.revokedBy() == null ? null : usernameOf(t.revokedBy(), accounts), t.lastUsedAt(), state);
    }

    private static String usernameOf(long id, Map<Long, UserAccount> accounts) {
        UserAccount a = accounts.get(id);
        return a == null ? "#" + id : a.username();
    }
}
