package io.claimdesk.workflow.review;

import static io.claimdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A published verdict reopened for correction: the note is required, the public keeps the approved version meanwhile,
 * the corrector cannot publish their own correction, and the approved correction replaces the indexed verdict while
 * history and revisions keep the old one.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class CorrectionTest {

    @Test
    void aCorrectionIsReviewedByAnotherEditorAndReplacesThePublishedVerdict() {
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Correction"));
        Eventually.within(Duration.ofSeconds(20), () -> RestAssured.get("/api/public/v1/verdicts/{id}",
                claim).then().statusCode(200).body("rating", is("FALSE")));

        as("edith").body(Map.of()).post("/api/v1/claims/{id}/reopen", claim).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("correction note"));
        as("edith").body(Map.of("note", "Une dépêche publiée depuis change la donne.", "reviewer", "adam"))
                .post("/api/v1/claims/{id}/reopen", claim).then().statusCode(200)
                .body("status", is("CORRECTION")).body("assignee", is("adam"))
                .body("verdict.correctionNote", containsString("dépêche"));
        RestAssured.get("/api/public/v1/verdicts/{id}", claim).then().statusCode(200).body("rating", is("FALSE"));

        as("adam").body(ClaimStates.verdict("MISLEADING")).post("/api/v1/claims/{id}/verdict", claim).then()
                .statusCode(200).body("status", is("CORRECTION"));
        as("adam").body(Map.of()).post("/api/v1/claims/{id}/publish-correction", claim).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("four-eyes"));
        as("rita").body(Map.of()).post("/api/v1/claims/{id}/publish-correction", claim).then().statusCode(403);
        as("edith").body(Map.of("comment", "Correction vérifiée.")).post("/api/v1/claims/{id}/publish-correction",
                claim).then().statusCode(200).body("status", is("PUBLISHED"));

        as("edith").get("/api/v1/claims/{id}/revisions", claim).then().statusCode(200)
                .body("revision", is(List.of(1, 2)))
                .body("rating", is(List.of("FALSE", "MISLEADING")))
                .body("[1].correctionNote", containsString("dépêche"))
                .body("[1].reviewer", is("adam")).body("[1].approver", is("edith"));
        as("edith").get("/api/v1/claims/{id}/history", claim).then()
                .body("action", hasItems("APPROVE", "REOPEN_FOR_CORRECTION",
                        "PUBLISH_CORRECTION"));
        RestAssured.get("/api/public/v1/verdicts/{id}", claim).then().statusCode(200).body("rating",
                is("MISLEADING"));
        Eventually.within(Duration.ofSeconds(20), () -> RestAssured.given()
                .queryParam("q", "Haftar").queryParam("rating", "MISLEADING").queryParam("size", 100)
                .get("/api/public/v1/verdicts").then().statusCode(200)
                .body("items.claimId", hasItem((int) claim)));
    }
}
