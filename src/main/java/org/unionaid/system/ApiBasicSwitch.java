package org.unionaid.system;

import org.springframework.stereotype.Component;
import org.unionaid.users.SecurityProperties;

/**
 * Whether /api accepts HTTP Basic: {@code unionaid.security.api-basic-enabled} (true by default, false under the
 * prod profile). Read on every request, so a test can switch it without a second application context.
 */
@Component
class ApiBasicSwitch {

    private volatile boolean enabled;

    ApiBasicSwitch(SecurityProperties properties) {
        this.enabled = properties.apiBasicEnabled();
    }

    boolean enabled() {
        return enabled;
    }

    /** For tests: the configured value is restored by setting it back. */
    void set(boolean enabled) {
        this.enabled = enabled;
    }
}
