package io.claimdesk.api;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.assign;
import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitSample;
import static io.claimdesk.testing.Api.verdict;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may call what: anonymous callers get 401, reviewers 403 on editors' actions; errors are problem+json. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AccessTest {

    @Test
    void anonymousCallsToTheApiGet401() {
        given().get("/api/v1/claims").then().statusCode(401);
        given().get("/api/v1/articles").then().statusCode(401);
        given().get("/api/v1/claims/1/history").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "text", "x"))
                .post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/claims/1/approve").then().statusCode(401);
    }

    @Test
    void aForgedTokenGets401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .get("/api/v1/claims").then().statusCode(401);
    }

    @Test
    void reviewersGet403OnAssignAndApprove() {
        long claimId = claimContaining(submitSample("rita"), "Izvestia");

        assign(claimId, "rita", "rita").then().statusCode(403).contentType("application/problem+json");
        assign(claimId, "rita", "edith").then().statusCode(200);
        verdict(claimId, "TRUE", "rita").then().statusCode(200);
        approve(claimId, "rita").then().statusCode(403).contentType("application/problem+json");
        approve(claimId, "remy").then().statusCode(403);
    }

    @Test
    void onlyTheAssignedReviewerMayWriteTheVerdict() {
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "rita", "edith").then().statusCode(200);

        verdict(claimId, "TRUE", "remy").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("rita"));
    }

    @Test
    void anotherReviewerSendingAnIncompleteVerdictOrDraftGets403Not400() {
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "rita", "edith").then().statusCode(200);

        // Who may write comes before what was written: remy learns nothing about the verdict's rules here.
        as("remy").body(Map.of()).post("/api/v1/claims/{id}/verdict", claimId).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("rita"));
        as("remy").body(Map.of("sources", List.of("ftp://x"))).put("/api/v1/claims/{id}/draft", claimId).then()
                .statusCode(403).contentType("application/problem+json");
        as("rita").body(Map.of()).post("/api/v1/claims/{id}/verdict", claimId).then().statusCode(400);
    }

    @Test
    void theEditorCannotWriteAVerdict() {
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "rita", "edith").then().statusCode(200);

        verdict(claimId, "TRUE", "edith").then().statusCode(403);
    }

    @Test
    void publicSearchNeedsNoLogin() {
        given().get("/api/public/v1/verdicts").then().statusCode(200).body("total",
                org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void badRequestsGetProblemDetails() {
        as("edith").get("/api/v1/claims/{id}", 987654321).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        as("edith").body("{not json").post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json");
        as("edith").body(Map.of("title", "Vide", "text", "   ")).post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("empty"));
        as("edith").body(Map.of("text", "Un texte sans titre.")).post("/api/v1/articles").then().statusCode(400)
                .body("detail", containsString("title"));
        as("edith").get("/api/v1/claims?status=NOPE").then().statusCode(400).contentType("application/problem+json");
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "nobody-like-this", "edith").then().statusCode(400)
                .body("detail", containsString("reviewer role"));
        assign(claimId, "rita", "edith").then().statusCode(200);
        verdict(claimId, "PROBABLY", "rita").then().statusCode(400).body("detail", containsString("MOSTLY_TRUE"));
        as("rita")
                .body(Map.of("rating", "FALSE", "explanation", "x", "sources",
                        java.util.List.of("javascript:alert(1)")))
                .post("/api/v1/claims/{id}/verdict", claimId).then().statusCode(400)
                .body("detail", containsString("http"));
        as("edith").get("/api/v1/claims/{id}", claimId).then().body("status", is("ASSIGNED"));
        given().queryParam("size", 1000).get("/api/public/v1/verdicts").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
