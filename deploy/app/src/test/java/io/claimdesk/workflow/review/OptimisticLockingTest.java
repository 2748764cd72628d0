package io.claimdesk.workflow.review;

import static io.claimdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A change made on a stale copy of a claim (If-Match with an old ETag) is refused with 409 and the current state. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class OptimisticLockingTest {

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedWithTheCurrentState() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Versions"));
        String etag = as("edith").get("/api/v1/claims/{id}", claim).then().statusCode(200).extract().header("ETag");

        as("adam").header("If-Match", etag).body(Map.of("reviewer", "remy")).post("/api/v1/claims/{id}/assign", claim)
                .then().statusCode(200);
        as("edith").header("If-Match", etag).body(Map.of("reviewer", "rita")).post("/api/v1/claims/{id}/assign", claim)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", is("ASSIGNED")).body("detail", containsString("changed by someone else"));
        as("edith").get("/api/v1/claims/{id}", claim).then().body("assignee", is("remy"));

        String fresh = as("edith").get("/api/v1/claims/{id}", claim).then().extract().header("ETag");
        as("edith").header("If-Match", fresh).body(Map.of("text", "Texte revu."))
                .patch("/api/v1/claims/{id}", claim).then().statusCode(200);
        as("edith").header("If-Match", "not-a-version").body(Map.of("text", "Encore."))
                .patch("/api/v1/claims/{id}", claim).then().statusCode(400).contentType("application/problem+json");
    }
}
