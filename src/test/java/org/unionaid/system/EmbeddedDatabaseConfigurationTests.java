package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The development database keeps its data across restarts of the application, and every commit (issue 16). */
class EmbeddedDatabaseConfigurationTests {

    @Test
    void theEmbeddedDatabaseIsConfiguredWithPostgresDurableDefaults() {
        // zonky's builder turns synchronous_commit and fsync off; the application must turn them on again
        assertThat(EmbeddedDatabaseConfiguration.DURABLE_SETTINGS).containsOnly(
                entry("synchronous_commit", "on"), entry("fsync", "on"), entry("full_page_writes", "on"));
    }

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        UnionAidProperties properties = new UnionAidProperties(dataDir,
                new UnionAidProperties.EmbeddedDb(0, false, null), false, java.time.ZoneId.of("Asia/Shanghai"));
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            DataSource ds = configuration.dataSource(first, "set plan_cache_mode = force_custom_plan");
            new JdbcTemplate(ds).execute("create table kept (v text); insert into kept values ('still here')");
            // the session settings of application.yml's pool apply to the embedded database's pool too
            assertThat(new JdbcTemplate(ds).queryForObject("show plan_cache_mode", String.class))
                    .isEqualTo("force_custom_plan");
            ((HikariDataSource) ds).close();
        }
        assertThat(Files.isDirectory(dataDir.resolve("pgdata"))).isTrue();

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            DataSource ds = configuration.dataSource(second, "");
            assertThat(new JdbcTemplate(ds).queryForObject("select v from kept", String.class)).isEqualTo("still here");
            ((HikariDataSource) ds).close();
        }
    }
}
