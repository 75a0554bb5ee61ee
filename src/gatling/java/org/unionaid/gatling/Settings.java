package org.unionaid.gatling;

import java.net.URI;
import java.time.Duration;

/**
 * What a run is told on the command line ({@code -Dgatling.baseUrl=…} and so on; the Maven plugin passes {@code -D}
 * properties on to the simulation). Only loopback targets: this load test is for a server started on this machine.
 */
final class Settings {

    /** Where the server is; {@code http://localhost:8080} is what {@code ./mvnw spring-boot:run} starts. */
    static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");
    /** Virtual users sending at once on each page (closed model: each sends its next request when the last came back). */
    static final int USERS = Integer.getInteger("gatling.users", 4);
    /** How long each page is driven, one page after the other. */
    static final Duration PAGE_DURATION = Duration.ofSeconds(Integer.getInteger("gatling.seconds", 20));
    /** Demo password of every demo account. */
    static final String PASSWORD = System.getProperty("gatling.password", "unionaid-demo");

    static {
        String host = URI.create(BASE_URL).getHost();
        if (!("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host))) {
            throw new IllegalArgumentException("gatling.baseUrl must be a loopback address, not " + BASE_URL);
        }
    }

    private Settings() {
    }
}
