package io.claimdesk.deploy.health;

import static io.claimdesk.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health reports the three servers, the extraction models and the search outbox, UP or DOWN and nothing more (no
 * server address, no counts), from checks run at most once every few seconds; the OpenAPI document and Swagger UI are
 * served.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class HealthAndOpenApiTest {

    @Inject
    @Readiness
    CountingReadinessCheck counting;

    @Test
    void readinessReportsPostgresElasticsearchAndKeycloak() throws InterruptedException {
        awaitExtractionModels();
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Keycloak", "Elasticsearch cluster health check",
                        "Database connections health check", "Claim extraction models", "Search index outbox"));
    }

    // Loading starts with the application and takes tens of seconds; readiness is down (503) until it is done.
    private static void awaitExtractionModels() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String status = given().get("/q/health/ready").then().extract().path(
                    "checks.find { it.name == 'Claim extraction models' }.status");
            if ("UP".equals(status)) {
                return;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void thePublicAnswerSaysUpOrDownPerCheckAndNamesNoServerNorCounts() throws InterruptedException {
        awaitExtractionModels();
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/health/started")) {
            String body = given().get(path).then().statusCode(200).contentType(containsString("application/json"))
                    .extract().asString();
            assertThat(body).as(path).doesNotContain("http://").doesNotContain("localhost")
                    .doesNotContain("127.0.0.1").doesNotContain("pending").doesNotContain("\"data\"");
            List<Map<String, Object>> checks = given().get(path).then().extract().jsonPath().getList("checks");
            assertThat(checks).as(path).allSatisfy(check -> assertThat(check.keySet())
                    .containsExactlyInAnyOrder("name", "status"));
        }
    }

    @Test
    void adminsReadEveryCheckWithItsDetailsOthersDoNot() throws InterruptedException {
        awaitExtractionModels();
        as("adam").get("/api/v1/admin/health").then().statusCode(200)
                .body("checks.find { it.name == 'Search index outbox' }.data.pending", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'Claim extraction models' }.data.state", is("ready"))
                .body("checks.find { it.name == 'Keycloak' }.data.realm", containsString("/realms/claimdesk"));
        as("edith").get("/api/v1/admin/health").then().statusCode(403);
        given().get("/api/v1/admin/health").then().statusCode(401);
    }

    @Test
    void liveChecksRunAtMostOnceInAFewSecondsHoweverOftenHealthIsAsked() {
        given().get("/q/health/ready");
        int before = counting.calls();
        for (int i = 0; i < 20; i++) {
            given().get("/q/health/ready").then().body("checks.name", hasItems(CountingReadinessCheck.NAME));
            given().get("/q/health").then().body("checks.name", hasItems(CountingReadinessCheck.NAME));
        }
        assertThat(counting.calls() - before).as("checks run for 40 health requests in a row").isLessThanOrEqualTo(2);
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
