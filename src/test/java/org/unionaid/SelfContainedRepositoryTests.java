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
 * Whoever clones the repository finds everything the code and the docs refer to: the product design is
 * {@code docs/design.md}, every "docs/design.md §n" names a section it has, and nothing points outside the
 * repository (the planning folder the project started from).
 */
class SelfContainedRepositoryTests {

    static final Path DESIGN = Path.of("docs/design.md");
    static final Pattern CITATION = Pattern.compile("docs/design\\.md §(\\d+)");

    @Test
    void everyDesignCitationNamesASectionOfTheDesignInTheRepository() throws IOException {
        assertThat(DESIGN).exists();
        String design = Files.readString(DESIGN);
        List<String> problems = new ArrayList<>();
        for (Path file : texts()) {
            String text = Files.readString(file);
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                if (!Pattern.compile("(?m)^## " + m.group(1) + "\\. ").matcher(design).find()) {
                    problems.add(file + ": cites §" + m.group(1) + ", which docs/design.md does not have");
                }
            }
            if (text.contains("../shared") || text.contains("DESIGN §") || text.contains("DESIGN.md")) {
                problems.add(file + ": points outside the repository (../shared, DESIGN.md)");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src"), Path.of("docs"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|md|sql|html|properties|yml|txt)$"))
                        .filter(p -> !p.endsWith("SelfContainedRepositoryTests.java"))
                        .forEach(files::add);
            }
        }
        files.add(Path.of("README.md"));
        return files;
    }
}
