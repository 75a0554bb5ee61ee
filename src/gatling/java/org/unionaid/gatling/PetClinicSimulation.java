package org.unionaid.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The yardstick: Spring PetClinic's pages that match UnionAid's worker list and worker detail, driven the same way
 * as {@link UnionAidSimulation} (same users, same time per page, one page after the other), so that the two reports'
 * req/s and percentiles can be set side by side. PetClinic is not part of this project: build and start it
 * yourself on another port (docs/operations.md, "HTTP benchmark"), then
 * {@code ./mvnw -Pgatling verify -Dgatling.simulationClass=org.unionaid.gatling.PetClinicSimulation
 * -Dgatling.baseUrl=http://localhost:8081}.
 */
public class PetClinicSimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.BASE_URL)
            .acceptHeader("text/html")
            .disableFollowRedirect()
            .shareConnections();

    private static ScenarioBuilder page(String name, String path) {
        return scenario(name).during(Settings.PAGE_DURATION).on(exec(http(name).get(path).check(status().is(200))));
    }

    {
        setUp(page("owners list /owners?lastName=", "/owners?lastName=").injectOpen(atOnceUsers(Settings.USERS))
                .protocols(protocol)
                .andThen(page("owner detail /owners/1", "/owners/1").injectOpen(atOnceUsers(Settings.USERS))
                        .protocols(protocol)))
                .assertions(global().failedRequests().count().is(0L));
    }
}
