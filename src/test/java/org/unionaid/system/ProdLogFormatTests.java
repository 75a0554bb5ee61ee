package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Under the prod profile the console logs are JSON, one object a line, in the format application-prod.yml names,
 * with a request's id as the field {@code requestId} (from the MDC, {@link RequestIdFilter}).
 */
class ProdLogFormatTests {

    @Test
    void prodLogsAreEcsJsonLinesThatCarryTheRequestId() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        // the prod profile's file wins over the shared one, as when the application starts
        yaml.load("prod", new ClassPathResource("application-prod.yml")).forEach(environment.getPropertySources()::addLast);
        yaml.load("shared", new ClassPathResource("application.yml")).forEach(environment.getPropertySources()::addLast);
        String format = environment.getProperty("logging.structured.format.console");
        assertThat(format).isEqualTo("ecs");

        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("org.unionaid.people.People"),
                Level.WARN, "Worker {} not moved on", null, new Object[] {42});
        event.setMDCPropertyMap(Map.of("requestId", "4bf92f3577b34da6"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).endsWith("\n").doesNotContain("\n{");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("requestId").asString()).isEqualTo("4bf92f3577b34da6");
        assertThat(json.path("message").asString()).isEqualTo("Worker 42 not moved on");
        assertThat(json.path("log").path("level").asString()).isEqualTo("WARN");
        assertThat(json.path("service").path("name").asString()).isEqualTo("unionaid");
        assertThat(json.has("@timestamp")).isTrue();
    }
}
