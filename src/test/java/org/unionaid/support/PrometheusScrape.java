package org.unionaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads /actuator/prometheus over HTTP as a Prometheus server does (with the test profile's scrape token) and
 * finds one series' value in the text format.
 */
public final class PrometheusScrape {

    /** The scrape token of application-test.yml. */
    public static final String TOKEN = "test-scrape-token-3f9c2a71";

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String body;

    private PrometheusScrape(String body) {
        this.body = body;
    }

    /** A scrape of the application listening on {@code port}, with the scrape token. */
    public static PrometheusScrape of(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = get(port, "Bearer " + TOKEN);
        assertThat(response.statusCode()).as("scrape with the token").isEqualTo(200);
        return new PrometheusScrape(response.body());
    }

    /** GET /actuator/prometheus with this Authorization header (none when null). */
    public static HttpResponse<String> get(int port, @Nullable String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String body() {
        return body;
    }

    /**
     * The value of the series {@code name} whose labels include {@code labels} (name, value, name, value …);
     * fails when there is none.
     */
    public double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        for (String line : body.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
            }
            if (found.entrySet().containsAll(wanted.entrySet())) {
                return Double.parseDouble(m.group(3));
            }
        }
        throw new AssertionError("no series " + name + " " + Arrays.toString(labels) + " in the scrape");
    }
}
