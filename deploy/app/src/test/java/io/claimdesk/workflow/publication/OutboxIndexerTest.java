package io.claimdesk.workflow.publication;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.claimAwaitingApproval;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.ElasticsearchServer;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A verdict approved while Elasticsearch is down is indexed once it is back. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class OutboxIndexerTest {

    static final Duration CATCH_UP_WITHIN = Duration.ofSeconds(90);

    @AfterEach
    void elasticsearchIsBack() {
        ElasticsearchServer elasticsearch = LocalStackResource.stack().elasticsearch();
        if (!elasticsearch.isRunning()) {
            elasticsearch.start();
        }
    }

    @Test
    void approvalSucceedsWhileElasticsearchIsDownAndTheVerdictIsSearchableAfterItReturns() {
        long claimId = claimAwaitingApproval("plate-forme", "rita");
        ElasticsearchServer elasticsearch = LocalStackResource.stack().elasticsearch();

        elasticsearch.stop();
        approve(claimId, "edith").then().statusCode(200).body("status", is("PUBLISHED"));
        given().queryParam("q", "plate-forme").get("/api/public/v1/verdicts")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // PostgreSQL, the source of truth, still answers for the published verdict.
        given().get("/api/public/v1/verdicts/{id}", claimId).then().statusCode(200).body("rating", is("FALSE"));

        elasticsearch.start();
        awaitSearchable("plate-forme", claimId);
    }

    static void awaitSearchable(String query, long claimId) {
        Instant deadline = Instant.now().plus(CATCH_UP_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            var response = given().queryParam("q", query).get("/api/public/v1/verdicts");
            if (response.statusCode() == 200
                    && response.jsonPath().getList("items.claimId", Integer.class).contains((int) claimId)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("claim " + claimId + " was not indexed within " + CATCH_UP_WITHIN
                + " of Elasticsearch's return; outbox: " + List.of(query));
    }
}
