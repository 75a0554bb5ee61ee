package org.unionaid.users;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins (form login and HTTP Basic) counted by this instance since it started, per reason
 * ({@code unionaid_sign_in_failures_total{reason="bad_credentials|locked|disabled|expired|other"}};
 * docs/operations.md, "Metrics"). No username or address in the tags. Sign-ins refused by the rate limit
 * before the password is checked show as 429 answers in {@code http_server_requests}.
 */
@Component
class SignInMetrics implements MeterBinder {

    static final String[] REASONS = {"bad_credentials", "locked", "disabled", "expired", "other"};

    private final Map<String, Counter> failures = new ConcurrentHashMap<>();

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String reason : REASONS) {
            failures.put(reason, Counter.builder("unionaid.sign.in.failures").tag("reason", reason)
                    .description("Failed password sign-ins on this instance since it started").register(registry));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Counter counter = failures.get(reason(event));
        if (counter != null) {
            counter.increment();
        }
    }

    static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "bad_credentials";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "disabled";
        }
        if (event instanceof AuthenticationFailureExpiredEvent
                || event instanceof AuthenticationFailureCredentialsExpiredEvent) {
            return "expired";
        }
        return "other";
    }
}
