package org.unionaid.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to point the browser and where the logins are. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final UnionAidProperties properties;
    private final org.springframework.core.env.Environment environment;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    StartupBanner(UnionAidProperties properties, org.springframework.core.env.Environment environment,
                  org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("""

                ==============================================================
                 UnionAid is running:  http://localhost:{}/
                 {}
                ==============================================================""",
                port,
                how());
    }

    /** What the person who started it needs next: the demo logins, or how to get a first account. */
    String how() {
        if (properties.demoData()) {
            return "Demo logins (password unionaid-demo) are listed in README.md, section 'Demo logins'.";
        }
        String profiles = environment.getActiveProfiles().length == 0 ? "none"
                : String.join(", ", environment.getActiveProfiles());
        boolean anyAccount = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from user_account)", Boolean.class));
        if (anyAccount) {
            return "No demo data (profiles: " + profiles + "). Sign in with an existing account.";
        }
        return "No account exists yet, so nobody can sign in (profiles: " + profiles + """
                ). Either
                   - try the demo: stop and start again with --spring.profiles.active=dev
                     (java -jar target/unionaid-*.jar --spring.profiles.active=dev), or
                   - create the first SYSADMIN: start with UNIONAID_BOOTSTRAP_ADMIN_PASSWORD=<a strong password>
                     (and UNIONAID_BOOTSTRAP_ROOT_BRANCH_NAME=<your federation>), see README.md 'Configuration'.""";
    }
}
