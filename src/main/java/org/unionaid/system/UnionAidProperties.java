package org.unionaid.system;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application itself (the {@code unionaid.*} keys; see README, Configuration).
 *
 * @param dataDir directory for the embedded database and the generated development keys
 * @param embeddedDb the embedded PostgreSQL used when no datasource URL is configured
 * @param demoData whether the demo data is loaded at start-up (dev profile only)
 * @param timeZone the one zone of every "today", deadline, date filter, month, page and export (the
 *                 {@code Clock} bean's zone); stored instants stay UTC
 */
@ConfigurationProperties("unionaid")
public record UnionAidProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    /**
     * @param port fixed port, or 0 for any free one
     * @param clean wipe the data directory at start (tests only)
     * @param directory overrides {@code dataDir/pgdata}
     */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("false") boolean clean, Path directory) {
    }

    public Path embeddedDbDirectory() {
        return embeddedDb.directory() != null ? embeddedDb.directory() : dataDir.resolve("pgdata");
    }
}
