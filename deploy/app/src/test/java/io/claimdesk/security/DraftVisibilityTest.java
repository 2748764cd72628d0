package io.claimdesk.security;

import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.assign;
import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitSample;
import static io.claimdesk.testing.Api.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SignedInForms;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An unsubmitted verdict draft is its author's work in progress: only they (the assignee who wrote it) and editors
 * read it, in the API (claim, history) and on the claim page alike; other reviewers see that there is none yet.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class DraftVisibilityTest {

    @Test
    void anotherReviewerReadsNeitherTheDraftNorItsHistoryInTheApiOrOnThePage() {
        String secret = "Brouillon-" + System.nanoTime() + " : la source anonyme dit le contraire.";
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "rita", "edith").then().statusCode(200);
        as("rita").body(Map.of("rating", "FALSE", "explanation", secret)).put("/api/v1/claims/{id}/draft", claimId)
                .then().statusCode(200);

        // The author and the editors read it.
        as("rita").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("verdict.explanation", is(secret));
        as("edith").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("verdict.explanation", is(secret));
        as("adam").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("verdict.explanation", is(secret));
        assertThat(as("edith").get("/api/v1/claims/{id}/history", claimId).then().statusCode(200).extract()
                .asString()).contains(secret);
        assertThat(page("rita", claimId)).contains(secret);
        assertThat(page("edith", claimId)).contains(secret);

        // Another reviewer sees the claim, but no verdict yet, in the claim, its history and its page.
        as("remy").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("assignee", is("rita"))
                .body("verdict", nullValue());
        String history = as("remy").get("/api/v1/claims/{id}/history", claimId).then().statusCode(200).extract()
                .asString();
        assertThat(history).contains("SAVE_DRAFT").doesNotContain(secret).doesNotContain("FALSE");
        assertThat(page("remy", claimId)).doesNotContain(secret);

        // Once submitted, the verdict is the newsroom's to read.
        verdict(claimId, "FALSE", "rita").then().statusCode(200);
        as("remy").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("verdict", notNullValue())
                .body("verdict.rating", is("FALSE"));
        // The draft it replaced stays the author's.
        assertThat(as("remy").get("/api/v1/claims/{id}/history", claimId).then().statusCode(200).extract()
                .asString()).doesNotContain(secret);
    }

    @Test
    void aVerdictSentBackIsADraftAgainForItsAuthorAndEditorsOnly() {
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        assign(claimId, "rita", "edith").then().statusCode(200);
        verdict(claimId, "FALSE", "rita").then().statusCode(200);
        as("edith").body(Map.of("reason", "Sources à revoir.")).post("/api/v1/claims/{id}/reject", claimId).then()
                .statusCode(200);
        String rework = "Reprise-" + System.nanoTime();
        as("rita").body(Map.of("explanation", rework, "sources", List.of("https://www.example.org/autre")))
                .put("/api/v1/claims/{id}/draft", claimId).then().statusCode(200);

        as("remy").get("/api/v1/claims/{id}", claimId).then().statusCode(200).body("verdict", nullValue());
        assertThat(page("remy", claimId)).doesNotContain(rework);
        as("edith").get("/api/v1/claims/{id}", claimId).then().statusCode(200)
                .body("verdict.explanation", is(rework));
    }

    private static String page(String username, long claimId) {
        return SignedInForms.signIn(username, "/app/claims/" + claimId).request().get("/app/claims/" + claimId)
                .then().statusCode(200).extract().asString();
    }
}
