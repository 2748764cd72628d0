package io.claimdesk.workflow.editing;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The team reshapes claims: edit (keeping the original), split, merge, add from a span, discard and restore. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class TeamEditsTest {

    static long article;

    // Not @BeforeAll: the test's HTTP client is only pointed at the app once the first test runs.
    @BeforeEach
    void anArticle() {
        if (article != 0) {
            return;
        }
        article = ClaimStates.article("Éditions");
    }

    @Test
    void editingKeepsTheOriginalTextAndRecordsBeforeAndAfter() {
        long claim = ClaimStates.claimIn(ClaimStatus.ASSIGNED, article);
        String original = as("edith").get("/api/v1/claims/{id}", claim).jsonPath().getString("text");

        as("edith").body(Map.of("text", "Haftar a rencontré Sergueï Choïgou à Moscou le 27 juin 2016.", "topics",
                List.of("international"))).patch("/api/v1/claims/{id}", claim).then().statusCode(200)
                .body("text", is("Haftar a rencontré Sergueï Choïgou à Moscou le 27 juin 2016."))
                .body("originalText", is(original)).body("topics", is(List.of("international")))
                .body("status", is("ASSIGNED")).body("assignee", is("rita"));
        as("edith").body(Map.of("text", "  ")).patch("/api/v1/claims/{id}", claim).then().statusCode(400)
                .contentType("application/problem+json");

        JsonPath history = as("edith").get("/api/v1/claims/{id}/history", claim).jsonPath();
        int last = history.getList("action").size() - 1;
        assertThat(history.getString("[" + last + "].action")).isEqualTo("EDIT");
        assertThat(history.getString("[" + last + "].before")).isEqualTo(original);
        assertThat(history.getString("[" + last + "].after")).startsWith("Haftar a rencontré Sergueï");
    }

    @Test
    void splittingReplacesAClaimByItsPartsWhichPointBackToIt() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);

        JsonPath parts = as("edith").body(Map.of("parts", List.of(
                Map.of("text", "Haftar a rencontré le ministre russe de la Défense."),
                Map.of("text", "La rencontre a eu lieu le 27 juin 2016.", "start", 62, "end", 77))))
                .post("/api/v1/claims/{id}/split", claim).then().statusCode(200).body("$", hasSize(2))
                .extract().jsonPath();
        assertThat(parts.getList("status")).containsOnly("EXTRACTED");
        assertThat(parts.getList("origin")).containsOnly("SPLIT");
        assertThat(parts.getInt("[1].start")).isEqualTo(62);
        long part = parts.getLong("[0].id");
        as("edith").get("/api/v1/claims/{id}", part).then().body("derivedFrom", is(List.of(String.valueOf(claim))));
        as("edith").get("/api/v1/claims/{id}", claim).then().body("status", is("DISCARDED"));
        as("edith").get("/api/v1/claims/{id}/history", claim).then()
                .body("comment[-1]", containsString(String.valueOf(part)));

        as("edith").body(Map.of("parts", List.of(Map.of("text", "Une seule partie."))))
                .post("/api/v1/claims/{id}/split", ClaimStates.claimIn(ClaimStatus.EXTRACTED, article)).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void mergingJoinsClaimsOfOneArticleIntoOne() {
        long first = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        long second = ClaimStates.claimIn(ClaimStatus.ASSIGNED, article);

        long merged = as("adam").body(Map.of("claimIds", List.of(first, second), "text",
                "Haftar a rencontré le ministre russe de la Défense à Moscou le 27 juin 2016."))
                .post("/api/v1/claims/merge").then().statusCode(200).body("status", is("EXTRACTED"))
                .body("origin", is("MERGED")).body("assignee", nullValue())
                .extract().jsonPath().getLong("id");
        as("edith").get("/api/v1/claims/{id}", first).then().body("status", is("DISCARDED"));
        as("edith").get("/api/v1/claims/{id}", second).then().body("status", is("DISCARDED"));
        as("edith").get("/api/v1/claims/{id}", merged).then()
                .body("derivedFrom", is(List.of(String.valueOf(first), String.valueOf(second))));

        long otherArticle = ClaimStates.article("Autre article");
        as("edith").body(Map.of("claimIds", List.of(ClaimStates.claimIn(ClaimStatus.EXTRACTED, article),
                ClaimStates.claimIn(ClaimStatus.EXTRACTED, otherArticle)))).post("/api/v1/claims/merge").then()
                .statusCode(400).body("detail", containsString("same article"));
    }

    @Test
    void aClaimTheExtractorMissedIsAddedFromASpanWithAScoreAndReasons() {
        int start = ClaimStates.TEXT.indexOf("Il dit");
        int end = ClaimStates.TEXT.length();

        as("edith").body(Map.of("start", start, "end", end, "text",
                "Haftar dit contrôler 80 % des terminaux pétroliers.")).post("/api/v1/articles/{id}/claims", article)
                .then().statusCode(201).body("origin", is("ADDED")).body("start", is(start)).body("end", is(end))
                .body("status", is("EXTRACTED")).body("reasons", hasItem("NUMBER"));
        as("edith").body(Map.of("start", 10, "end", 100_000)).post("/api/v1/articles/{id}/claims", article).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("span"));
        as("rita").body(Map.of("start", 0, "end", 10)).post("/api/v1/articles/{id}/claims", article).then()
                .statusCode(403).contentType("application/problem+json");
        as("edith").body(Map.of("start", 0, "end", 10)).post("/api/v1/articles/{id}/claims", 999_999_999).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theArticleListSumsUpEachArticleLikeItsOwnPage() {
        long published = ClaimStates.article("Bilan");
        ClaimStates.claimIn(ClaimStatus.PUBLISHED, published);

        Map<String, Object> own = as("edith").get("/api/v1/articles/{id}", published).jsonPath().getMap("rollup");
        List<Map<String, Object>> list = as("edith").get("/api/v1/articles").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Object> listed = list.stream().filter(a -> ((Number) a.get("id")).longValue() == published)
                .findFirst().orElseThrow();
        assertThat((String) listed.get("summary")).contains("1 published (1 false)").isEqualTo(own.get("summary"));
        assertThat(listed.get("claimCount")).isEqualTo(own.get("claims"));
    }

    @Test
    void aDiscardedClaimLosesItsAssigneeAndComesBackUnassigned() {
        long claim = ClaimStates.claimIn(ClaimStatus.ASSIGNED, article);

        as("edith").body(Map.of()).post("/api/v1/claims/{id}/discard", claim).then().statusCode(400)
                .body("detail", containsString("reason"));
        // A discarded claim is nobody's work: it leaves the reviewer's list and shows unassigned on the board.
        as("edith").body(Map.of("reason", "Opinion, pas un fait.")).post("/api/v1/claims/{id}/discard", claim)
                .then().statusCode(200).body("status", is("DISCARDED")).body("assignee", nullValue());
        as("edith").get("/api/v1/claims/{id}", claim).then().statusCode(200).body("assignee", nullValue());
        as("edith").body(Map.of()).post("/api/v1/claims/{id}/restore", claim).then().statusCode(200)
                .body("status", is("EXTRACTED")).body("assignee", nullValue());
    }
}
