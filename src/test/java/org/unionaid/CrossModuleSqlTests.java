package org.unionaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads and writes only its own tables, plus {@code branch} for scoping (issue 10): another
 * module's data goes through that module's facade. Tables belong to the module named in the migration that
 * creates them ({@code V101__payouts_payouts.sql} → payouts). The SQL found in a module's Java sources that
 * names another module's table is compared with {@code cross-module-sql-allowlist.txt}: a new pair fails, and
 * so does a listed pair that is gone (remove it from the list), so the list only shrinks.
 */
class CrossModuleSqlTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/org/unionaid");
    static final Path ALLOWLIST = Path.of("src/test/resources/cross-module-sql-allowlist.txt");
    /** Modules whose SQL is infrastructure, not a module's data (demo data loads every module's tables). */
    static final Set<String> EXEMPT_MODULES = Set.of("demo", "system", "shared");
    static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|update|into|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_][a-z0-9_]*)\\b");
    /** Text blocks and string literals: where the SQL is. */
    static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesAndBranch() throws IOException {
        Map<String, String> owner = tableOwners();
        assertThat(owner).containsEntry("payout", "payouts").containsEntry("worker", "people")
                .containsEntry("branch", "branches");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (EXEMPT_MODULES.contains(module) || !Files.isDirectory(SOURCES.resolve(module))) {
                    continue;
                }
                Matcher strings = STRINGS.matcher(Files.readString(file));
                while (strings.find()) {
                    String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
                    Matcher use = USE.matcher(text);
                    while (use.find()) {
                        String table = use.group(1).toLowerCase(Locale.ROOT);
                        String tableModule = owner.get(table);
                        if (tableModule != null && !tableModule.equals(module) && !table.equals("branch")) {
                            found.add(SOURCES.relativize(file).toString().replace('\\', '/') + " -> " + table);
                        }
                    }
                }
            }
        }
        Set<String> allowed = new TreeSet<>(Files.readAllLines(ALLOWLIST).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> added = new TreeSet<>(found);
        added.removeAll(allowed);
        Set<String> gone = new TreeSet<>(allowed);
        gone.removeAll(found);
        assertThat(added).as("SQL naming another module's table (use its facade, or a column it publishes)")
                .isEmpty();
        assertThat(gone).as("fixed: remove these lines from " + ALLOWLIST).isEmpty();
    }

    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql").matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    owner.putIfAbsent(create.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        }
        return owner;
    }
}
