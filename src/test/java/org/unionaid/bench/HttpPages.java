package org.unionaid.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hot pages through HTTP, one request after the other, against the test context's real server: each demo
 * user signs in once with the login form (CSRF field read from the page, as a browser does), then every page is
 * requested {@code warmups} times (all pages in turn) and then timed {@code runs} times, the whole page rendered and read. An API client
 * sends its bearer token. Latency of a single user, not throughput (that is the Gatling profile's job, docs/
 * operations.md); a page that does not answer 200 fails the benchmark.
 */
final class HttpPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    record Row(String page, String user, long bytes, double medianMs, double p95Ms) {
    }

    private final String baseUrl;
    private final String password;
    private final int warmups;
    private final int runs;
    private final Map<String, HttpClient> signedIn = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();

    HttpPages(String baseUrl, String password, int warmups, int runs) {
        this.baseUrl = baseUrl;
        this.password = password;
        this.warmups = warmups;
        this.runs = runs;
    }

    private record Spec(String path, String user, HttpClient client, HttpRequest request) {
    }

    private final List<Spec> specs = new ArrayList<>();

    /** Adds {@code path} as {@code username}, signed in with the form. */
    void page(String username, String path) {
        HttpClient client = signedIn.computeIfAbsent(username, this::signIn);
        specs.add(new Spec(path, username, client, HttpRequest.newBuilder(uri(path)).GET().build()));
    }

    /** Adds an API {@code path} with {@code Authorization: Bearer token} (no session). */
    void api(String label, String token, String path) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        specs.add(new Spec(path, label, client, HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build()));
    }

    /**
     * Warms every page up first, all of them {@code warmups} times in turn (the templates, the SpEL and the code
     * under them are JIT-compiled by then, whichever page comes first), then times each page.
     */
    void run() {
        for (int i = 0; i < warmups; i++) {
            for (Spec spec : specs) {
                send(spec.client(), spec.request(), spec.path());
            }
        }
        for (Spec spec : specs) {
            time(spec.path(), spec.user(), spec.client(), spec.request());
        }
    }

    private void time(String path, String user, HttpClient client, HttpRequest request) {
        double[] ms = new double[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            bytes = send(client, request, path).body().length;
            ms[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(ms);
        rows.add(new Row(path, user, bytes, ms[(ms.length - 1) / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]));
    }

    private HttpResponse<byte[]> send(HttpClient client, HttpRequest request, String path) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + " interrupted", e);
        }
    }

    private HttpClient signIn(String username) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String login = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF field on the login page");
            }
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException(username + " could not sign in: " + posted.statusCode() + " " + location);
            }
            return client;
        } catch (IOException e) {
            throw new IllegalStateException("sign-in of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sign-in interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| page (GET) | signed in as | KiB | median ms | p95 ms |\n");
        out.append("|---|---|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append("| `").append(r.page()).append("` | ").append(r.user()).append(" | ")
                    .append(String.format("%.0f", r.bytes() / 1024.0)).append(" | ")
                    .append(String.format("%.1f", r.medianMs())).append(" | ")
                    .append(String.format("%.1f", r.p95Ms())).append(" |\n");
        }
        return out.toString();
    }
}
