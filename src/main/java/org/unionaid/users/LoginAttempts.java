package org.unionaid.users;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.users.domain.UserAccountRepository;

/**
 * Counts failed sign-ins and locks the account after {@code maxFailedLogins} in a row; a successful
 * sign-in resets the count. Locking is audited.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** A sign-in within this time of the last recorded one is not written again. */
    private static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

    private final UserAccountRepository users;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApiTokenCache tokens;

    LoginAttempts(UserAccountRepository users, SecurityProperties properties, AuditTrail audit, Clock clock,
                  ApiTokenCache tokens) {
        this.tokens = tokens;
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByUsername(username).ifPresent(account -> {
            boolean wasLocked = account.isLockedAt(clock.instant());
            account.recordFailedLogin(properties.maxFailedLogins(), clock.instant().plus(properties.lockout()));
            if (!wasLocked && account.isLockedAt(clock.instant())) {
                // the account's id, not its username (a username may be a person's name)
                log.warn("Account {} locked after {} failed sign-ins", account.id(), properties.maxFailedLogins());
                audit.record(AuditEntry.of("UserAccount", account.id(), "LOCKED", account.branchId())
                        .withAfter(Map.of("lockedUntil", String.valueOf(account.lockedUntil()))));
                // a locked account's API tokens stop too, not only when this instance's cache runs out
                tokens.forgetUser(account.id());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UnionAidUser user) {
            // not through the entity: parallel Basic requests of one account would fail on its version
            users.recordSuccessfulLogin(user.id(), clock.instant(), clock.instant().minus(LAST_LOGIN_PRECISION));
        }
    }
}
