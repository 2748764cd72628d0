package io.claimdesk.deploy.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health reports the three servers and the search lag; the OpenAPI document and Swagger UI are served. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class HealthAndOpenApiTest {

    @Test
    void readinessReportsPostgresElasticsearchAndKeycloak() throws InterruptedException {
        awaitExtractionModels();
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Keycloak", "Elasticsearch cluster health check",
                        "Database connections health check", "Claim extraction models"));
    }

    @Test
    void readinessWaitsForTheExtractionModelsLoadedInTheBackground() throws InterruptedException {
        awaitExtractionModels();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Claim extraction models' }.data.state", is("ready"))
                .body("checks.find { it.name == 'Claim extraction models' }.data.seconds", greaterThanOrEqualTo(0));
    }

    // Loading starts with the application and takes tens of seconds; readiness is down (503) until it is done.
    private static void awaitExtractionModels() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String state = given().get("/q/health/ready").then().extract().path(
                    "checks.find { it.name == 'Claim extraction models' }.data.state");
            if (!"loading".equals(state)) {
                return;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void readinessShowsTheSearchOutboxLag() throws InterruptedException {
        awaitExtractionModels();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Search index outbox' }.status", is("UP"))
                .body("checks.find { it.name == 'Search index outbox' }.data.pending", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'Search index outbox' }.data.oldestPendingAgeSeconds",
                        greaterThanOrEqualTo(0));
    }

    @Test
    void openApiDescribesTheApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/articles"))
                .body(containsString("/api/v1/claims/{id}/approve"))
                .body(containsString("/api/public/v1/verdicts"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
