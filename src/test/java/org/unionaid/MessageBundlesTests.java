package org.unionaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-facing text is in both languages: each bundle has a zh_CN twin with the same keys, every
 * message key a template uses exists, and templates hold no literal text outside th:text defaults.
 */
class MessageBundlesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles).isNotEmpty();
        for (Path english : bundles) {
            Path chinese = english.resolveSibling(english.getFileName().toString()
                    .replace(".properties", "_zh_CN.properties"));
            assertThat(chinese).as("Chinese twin of %s", english).exists();
            Set<String> en = load(english).stringPropertyNames();
            Set<String> zh = load(chinese).stringPropertyNames();
            assertThat(new TreeSet<>(zh)).as("keys of %s", chinese).containsExactlyInAnyOrderElementsOf(new TreeSet<>(en));
            load(chinese).forEach((k, v) -> assertThat(v.toString()).as("value of %s in %s", k, chinese).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path english : englishBundles()) {
            known.addAll(load(english).stringPropertyNames());
        }
        Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9])[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    @Test
    void templatesHaveNoLiteralChineseText() throws IOException {
        // Chinese text belongs in messages_zh_CN; a literal in a template would never be translated.
        Pattern han = Pattern.compile(">[^<]*\\p{IsHan}[^<]*<");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                Matcher m = han.matcher(html);
                while (m.find()) {
                    String text = m.group();
                    // the language switch names each language in itself, on purpose
                    if (!text.contains("中文")) {
                        offenders.add(TEMPLATES.relativize(template) + ": " + text.strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
