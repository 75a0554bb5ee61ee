package org.unionaid.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength shortest password accepted at registration and password change
 */
@ConfigurationProperties("unionaid.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int minPasswordLength) {
}
