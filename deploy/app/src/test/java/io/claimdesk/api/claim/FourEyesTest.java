package io.claimdesk.api.claim;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.claimAwaitingApproval;
import static io.claimdesk.testing.Api.reject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An editor never approves or rejects a verdict they wrote themselves. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class FourEyesTest {

    static final String ADMIN_AS_REVIEWER = "adam";
    static final String OTHER_EDITOR = "edith";

    @Test
    void editorCannotApproveOwnVerdictButAnotherEditorCan() {
        long claimId = claimAwaitingApproval("27 juin", ADMIN_AS_REVIEWER);

        approve(claimId, ADMIN_AS_REVIEWER).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403))
                .body("detail", containsString("four-eyes"));
        as(OTHER_EDITOR).get("/api/v1/claims/{id}", claimId).then().body("status", is("AWAITING_APPROVAL"));

        approve(claimId, OTHER_EDITOR).then().statusCode(200).body("status", is("PUBLISHED"))
                .body("verdict.approver", is(OTHER_EDITOR)).body("verdict.reviewer", is(ADMIN_AS_REVIEWER));
    }

    @Test
    void editorCannotRejectOwnVerdict() {
        long claimId = claimAwaitingApproval("Sarraj", ADMIN_AS_REVIEWER);

        reject(claimId, "Sources insuffisantes.", ADMIN_AS_REVIEWER).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void rejectNeedsAReasonAndSendsTheClaimBackToItsReviewer() {
        long claimId = claimAwaitingApproval("Syrte", "remy");

        reject(claimId, null, OTHER_EDITOR).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("reason"));
        reject(claimId, "   ", OTHER_EDITOR).then().statusCode(400);
        reject(claimId, "La source citée ne dit pas cela.", OTHER_EDITOR).then().statusCode(200)
                .body("status", is("ASSIGNED")).body("assignee", is("remy"));
        approve(claimId, OTHER_EDITOR).then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", is("ASSIGNED"));
    }
}
