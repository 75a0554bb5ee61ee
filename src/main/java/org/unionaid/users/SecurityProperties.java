package org.unionaid.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength shortest password accepted at registration and password change
 * @param apiBasicEnabled whether /api accepts HTTP Basic (true by default, false under the prod profile): every
 *                        Basic request hashes the password with Argon2; API clients use tokens instead
 * @param signInLimit rate limits of sign-ins with a password (form login and HTTP Basic)
 * @param apiTokens API token settings
 */
@ConfigurationProperties("unionaid.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue("true") boolean apiBasicEnabled,
        @DefaultValue SignInLimit signInLimit,
        @DefaultValue ApiTokens apiTokens) {

    /**
     * Sign-ins with a password (form login, HTTP Basic) allowed per {@code period}, counting failed ones only: a
     * successful sign-in gives its attempt back. The next attempt beyond either limit answers 429 with Retry-After,
     * before any password is hashed. Buckets live in the memory of each instance.
     *
     * @param perAccount failed sign-ins per username (known or not) per period
     * @param perIp failed sign-ins per client IP address per period
     * @param period the window over which the allowance refills
     * @param maxTracked most usernames and addresses remembered at once (each a few hundred bytes)
     */
    public record SignInLimit(
            @DefaultValue("10") int perAccount,
            @DefaultValue("100") int perIp,
            @DefaultValue("1m") Duration period,
            @DefaultValue("100000") int maxTracked) {
    }

    /**
     * @param lastUsedInterval a token's "last used at" is written at most once per interval
     * @param maxValidity the furthest expiry a SYSADMIN may give a new token
     * @param defaultValidity the expiry the issue form suggests
     * @param cacheTtl how long an instance keeps a token it authenticated ({@link ApiTokenCache}); 0 = not at all
     */
    public record ApiTokens(
            @DefaultValue("1m") Duration lastUsedInterval,
            @DefaultValue("366d") Duration maxValidity,
            @DefaultValue("90d") Duration defaultValidity,
            @DefaultValue("30s") Duration cacheTtl) {
    }
}
