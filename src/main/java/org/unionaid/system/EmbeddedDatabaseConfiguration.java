package org.unionaid.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the jar when no {@code spring.datasource.url} is configured, so the
 * application runs on a machine that has only a JDK. The data directory is kept, so a restart keeps
 * all data; the database stops with the application context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(UnionAidProperties properties) throws IOException {
        Path directory = properties.embeddedDbDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        boolean clean = properties.embeddedDb().clean();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.embeddedDb().port() > 0) {
            builder.setPort(properties.embeddedDb().port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("unionaid-embedded");
        return dataSource;
    }
}
