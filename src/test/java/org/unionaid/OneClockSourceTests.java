package org.unionaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Today" is the application zone's today everywhere: in the code through the one {@code Clock} bean, in the tests
 * through {@code support.Today}. A bare {@code LocalDate.now()} is the JVM's zone (UTC on servers and CI) and is a
 * day behind Beijing from 00:00 to 08:00 there; CI went red one evening because of it.
 */
class OneClockSourceTests {

    static final Pattern JVM_ZONE_TODAY =
            Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|YearMonth|Year|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*\\)");

    @Test
    void noCodeOrTestReadsTheDateInTheJvmsZone() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String root : new String[] {"src/main/java", "src/test/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.endsWith("OneClockSourceTests.java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        Matcher m = JVM_ZONE_TODAY.matcher(line);
                        if (m.find() && !line.startsWith("*") && !line.startsWith("//")) {
                            problems.add(file + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(problems).as("use the Clock bean (code) or support.Today (tests)").isEmpty();
    }

    @Test
    void theCheckFindsABareNow() {
        assertThat(JVM_ZONE_TODAY.matcher("LocalDate d = LocalDate.now();").find()).isTrue();
        assertThat(JVM_ZONE_TODAY.matcher("LocalDate d = LocalDate.now(clock);").find()).isFalse();
    }
}
