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

    StartupBanner(UnionAidProperties properties) {
        this.properties = properties;
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
                properties.demoData()
                        ? "Demo logins (password unionaid-demo) are listed in README.md, section 'Demo logins'."
                        : "No demo data loaded (production mode).");
    }
}
