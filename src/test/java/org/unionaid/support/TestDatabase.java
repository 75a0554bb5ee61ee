package org.unionaid.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL the whole test run shares, chosen once per JVM:
 * <ol>
 *   <li>{@code UNIONAID_TEST_DB_URL} (with {@code UNIONAID_TEST_DB_USER}, {@code UNIONAID_TEST_DB_PASSWORD})
 *       names an external database;</li>
 *   <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>otherwise an embedded PostgreSQL (zonky) in a temporary directory.</li>
 * </ol>
 * Never H2: the tests run on the same database engine as production.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    public record Connection(String url, String username, String password, String kind) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
            log.info("Tests use {} PostgreSQL at {}", connection.kind(), connection.url());
        }
        return connection;
    }

    private static Connection start() {
        String external = System.getenv("UNIONAID_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(external, env("UNIONAID_TEST_DB_USER", "postgres"),
                    env("UNIONAID_TEST_DB_PASSWORD", "postgres"), "external");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        try {
            Path dir = Files.createTempDirectory("unionaid-test-pg");
            // throw-away data, so speed over durability: these settings are for tests only; the application's
            // embedded database keeps PostgreSQL's durable defaults (EmbeddedDatabaseConfiguration, issue 16)
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL", e);
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("UNIONAID_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
