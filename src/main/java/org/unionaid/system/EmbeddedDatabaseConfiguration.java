package org.unionaid.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the jar when no {@code spring.datasource.url} is configured, so the
 * application runs on a machine that has only a JDK. The data directory is kept, so a restart keeps
 * all data; the database stops with the application context.
 *
 * <p>Durability: zonky's builder is made for tests and trades durability for speed (it sets
 * {@code synchronous_commit = off} and starts the server with {@code -F}, i.e. {@code fsync = off}).
 * This configuration puts back PostgreSQL's own durable defaults ({@link #DURABLE_SETTINGS}), so every
 * commit the application was told about survives a crash of the application, a {@code kill -9} of
 * PostgreSQL and a power loss (docs/operations.md, "Durability of the embedded database"). Faster
 * settings belong only in the test support ({@code TestDatabase}), never here;
 * {@code EmbeddedDatabaseCrashTests} fails if they come back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * PostgreSQL's durable defaults, set explicitly because zonky turns the first two off: a commit
     * returns only after its WAL is flushed to disk, and the first change of a page after a checkpoint
     * writes the whole page to the WAL (no torn pages after a power loss).
     */
    static final Map<String, String> DURABLE_SETTINGS = orderedMap(
            "synchronous_commit", "on",
            "fsync", "on",
            "full_page_writes", "on");

    /**
     * After a crash PostgreSQL replays the WAL written since the last checkpoint before it accepts
     * connections; zonky's 10 s default could give up on a large WAL. 60 s is pg_ctl's own default.
     */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(UnionAidProperties properties) throws IOException {
        Path directory = properties.embeddedDbDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        EmbeddedPostgres postgres = durableBuilder(directory, properties.embeddedDb().clean(),
                properties.embeddedDb().port()).start();
        Map<String, String> actual = showDurabilitySettings(postgres.getPostgresDatabase());
        log.info("Embedded PostgreSQL on port {} with data in {}; {}", postgres.getPort(), directory, actual);
        if (!actual.equals(DURABLE_SETTINGS)) {
            log.warn("Embedded PostgreSQL does not run with the durable settings {}: acknowledged commits can be"
                    + " lost in a crash", DURABLE_SETTINGS);
        }
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql) {
        HikariDataSource dataSource = new HikariDataSource();
        if (!connectionInitSql.isBlank()) {
            // the same session settings as a pool Boot configures (application.yml)
            dataSource.setConnectionInitSql(connectionInitSql);
        }
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("unionaid-embedded");
        return dataSource;
    }

    /**
     * The one place the embedded server's settings are decided: the application's bean and the crash
     * test both start PostgreSQL from this builder.
     *
     * @param port fixed port, or 0 for any free one
     */
    static EmbeddedPostgres.Builder durableBuilder(Path directory, boolean clean, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        DURABLE_SETTINGS.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /** What the running server reports ({@code SHOW}) for each key of {@link #DURABLE_SETTINGS}. */
    static Map<String, String> showDurabilitySettings(DataSource dataSource) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String name : DURABLE_SETTINGS.keySet()) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the settings of the embedded PostgreSQL", e);
        }
        return Collections.unmodifiableMap(values);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
