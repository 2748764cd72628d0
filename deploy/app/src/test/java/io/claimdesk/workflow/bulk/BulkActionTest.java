package io.claimdesk.workflow.bulk;

import static io.claimdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bulk actions go claim by claim through the state machine and say, per claim, what was done or refused and why. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class BulkActionTest {

    @Test
    void bulkAssignDoesWhatTheStateMachineAllowsAndReportsTheRest() {
        long article = ClaimStates.article("En masse");
        long fresh = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        long other = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        long published = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article);

        as("edith").body(Map.of("action", "ASSIGN", "claimIds", List.of(fresh, published, other, 999_999_999L),
                "reviewer", "remy")).post("/api/v1/claims/bulk").then().statusCode(200)
                .body("done", is(2)).body("refused", is(2))
                .body("outcomes.claimId", is(List.of((int) fresh, (int) published, (int) other, 999_999_999)))
                .body("outcomes.done", is(List.of(true, false, true, false)))
                .body("outcomes[1].httpStatus", is(409)).body("outcomes[1].status", is("PUBLISHED"))
                .body("outcomes[1].detail", containsString("PUBLISHED"))
                .body("outcomes[3].httpStatus", is(404));
        as("edith").get("/api/v1/claims/{id}", other).then().body("assignee", is("remy"));
    }

    @Test
    void bulkDiscardNeedsItsReasonAndReviewersCannotUseIt() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Rebut"));

        as("edith").body(Map.of("action", "DISCARD", "claimIds", List.of(claim))).post("/api/v1/claims/bulk").then()
                .statusCode(200).body("outcomes[0].httpStatus", is(400));
        as("rita").body(Map.of("action", "DISCARD", "claimIds", List.of(claim), "reason", "Non."))
                .post("/api/v1/claims/bulk").then().statusCode(200).body("outcomes[0].httpStatus", is(403));
        as("edith").body(Map.of("action", "DISCARD", "claimIds", List.of(claim), "reason", "Hors sujet."))
                .post("/api/v1/claims/bulk").then().statusCode(200).body("outcomes[0].status", is("DISCARDED"));
        as("edith").body(Map.of("action", "EXPLODE", "claimIds", List.of(claim))).post("/api/v1/claims/bulk")
                .then().statusCode(400).contentType("application/problem+json");
        as("edith").body(Map.of("action", "DISCARD", "claimIds", List.of())).post("/api/v1/claims/bulk").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void bulkApprovalKeepsFourEyesPerClaim() {
        long article = ClaimStates.article("Quatre yeux en masse");
        long byRita = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, article);
        long byAdam = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        as("edith").body(Map.of("reviewer", "adam")).post("/api/v1/claims/{id}/assign", byAdam).then()
                .statusCode(200);
        as("adam").body(ClaimStates.verdict("TRUE")).post("/api/v1/claims/{id}/verdict", byAdam).then()
                .statusCode(200);

        as("adam").body(Map.of("action", "APPROVE", "claimIds", List.of(byRita, byAdam)))
                .post("/api/v1/claims/bulk").then().statusCode(200)
                .body("outcomes[0].done", is(true)).body("outcomes[0].status", is("PUBLISHED"))
                .body("outcomes[1].done", is(false)).body("outcomes[1].httpStatus", is(403))
                .body("outcomes[1].detail", containsString("four-eyes"));
        as("edith").get("/api/v1/claims/{id}", byAdam).then().body("status", is("AWAITING_APPROVAL"));
    }
}
