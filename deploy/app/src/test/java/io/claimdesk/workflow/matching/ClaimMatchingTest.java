package io.claimdesk.workflow.matching;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.assign;
import static io.claimdesk.testing.Api.awaitMatches;
import static io.claimdesk.testing.Api.awaitSearchable;
import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitArticle;
import static io.claimdesk.testing.Api.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.workflow.publication.PublishedVerdict;
import io.claimdesk.workflow.publication.SearchFolding;
import io.claimdesk.workflow.publication.VerdictIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * "Already checked?" against the real Elasticsearch and the embedding model: a claim published once is found again when
 * a new article says it in other words, and only the claim's reviewer or an editor decides on the match.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ClaimMatchingTest {

    static final String CHECKED = "Le vaccin Zorvax contre la grippe a provoqué 312 décès en Belgique en 2025,"
            + " selon le ministère de la Santé.";
    static final String REPHRASED = "D'après le ministère belge de la Santé, 312 personnes sont mortes en 2025 à"
            + " cause du vaccin antigrippal Zorvax.";
    static final String UNRELATED = "La tour Eiffel mesure désormais 330 mètres depuis l'ajout d'une antenne.";
    static final Duration MATCHED_WITHIN = Duration.ofSeconds(60);

    private static Long checkedClaim;

    @Inject
    VerdictIndex index;

    // Lazily, as RestAssured knows the test port only once a test runs; the published verdict serves every test.
    @BeforeEach
    void publishTheCheckedClaimOnce() {
        if (checkedClaim != null) {
            return;
        }
        JsonPath article = submitArticle("Zorvax : le bilan", CHECKED);
        long id = claimContaining(article, "Zorvax");
        assign(id, "rita", "edith").then().statusCode(200);
        verdict(id, "FALSE", "rita").then().statusCode(200);
        approve(id, "edith").then().statusCode(200);
        awaitSearchable("Zorvax", id, MATCHED_WITHIN);
        checkedClaim = id;
    }

    // A restored backup, or a benchmark's documents, leave verdicts in the index that PostgreSQL does not hold.
    @Test
    void aVerdictTheDatabaseDoesNotHoldIsLeftOutAndMatchingGoesOn() {
        long phantom = 987_654_321L;
        String text = "Le lac Léman a gelé entièrement en janvier 2026 pour la première fois depuis 1963.";
        index.put(new PublishedVerdict(phantom, text, SearchFolding.fold(text), "FALSE", 1, "False", "Explication.",
                "explication.", List.of(), 1, "Fantôme", "fantome", "https://www.example.org/fantome", "fr", "rita",
                "edith", "2026-01-01T00:00:00Z", "Claimdesk", List.of(), text), 1);
        awaitSearchable("Léman", phantom, MATCHED_WITHIN);
        long claim = claimContaining(submitArticle("Le Léman gelé", text), "Léman");

        List<Map<String, Object>> found = awaitMatches(claim, MATCHED_WITHIN);

        assertThat(found).extracting(match -> ((Number) match.get("checkedClaimId")).longValue())
                .doesNotContain(phantom);
        long later = claimContaining(submitArticle("Zorvax, la suite", REPHRASED), "Zorvax");
        assertThat(awaitMatches(later, MATCHED_WITHIN)).as("the queue still moves").isNotEmpty();
    }

    @Test
    void aRephrasedClaimOfANewArticleIsMatchedWithThePublishedVerdict() {
        JsonPath article = submitArticle("Vaccins : ce que dit le ministère", REPHRASED + " " + UNRELATED);
        long rephrased = claimContaining(article, "Zorvax");
        long unrelated = claimContaining(article, "Eiffel");

        List<Map<String, Object>> matches = awaitMatches(rephrased, MATCHED_WITHIN);
        assertThat(matches).isNotEmpty();
        Map<String, Object> best = matches.get(0);
        assertThat(((Number) best.get("checkedClaimId")).longValue()).isEqualTo(checkedClaim);
        assertThat(best.get("rating")).isEqualTo("FALSE");
        assertThat(best.get("level")).isIn("SUGGEST", "LINK");
        assertThat(best.get("decision")).isEqualTo("PENDING");
        assertThat((String) best.get("verdictUrl")).endsWith("/" + checkedClaim);
        // Both routes ran: shared words and the embedding model.
        assertThat(((Number) best.get("lexicalScore")).doubleValue()).isPositive();
        assertThat(((Number) best.get("semanticScore")).doubleValue()).isGreaterThan(0.5);

        assertThat(awaitMatches(unrelated, MATCHED_WITHIN))
                .extracting(m -> ((Number) m.get("checkedClaimId")).longValue())
                .doesNotContain(checkedClaim);
    }

    @Test
    void theReviewerOrAnEditorConfirmsAndOthersAreRefused() {
        long claim = claimContaining(submitArticle("Zorvax encore", REPHRASED), "Zorvax");
        long match = ((Number) awaitMatches(claim, MATCHED_WITHIN).get(0).get("id")).longValue();

        // rita is a reviewer but does not hold this claim yet.
        as("rita").post("/api/v1/claims/{id}/matches/{match}/confirm", claim, match)
                .then().statusCode(403).contentType("application/problem+json");
        assign(claim, "rita", "edith").then().statusCode(200);
        as("rita").post("/api/v1/claims/{id}/matches/{match}/confirm", claim, match)
                .then().statusCode(200).body("decision", is("CONFIRMED")).body("decidedBy", is("rita"));
        as("edith").post("/api/v1/claims/{id}/matches/{match}/dismiss", claim, match)
                .then().statusCode(200).body("decision", is("DISMISSED")).body("decidedBy", is("edith"));
        as("edith").post("/api/v1/claims/{id}/matches/{match}/confirm", claim, 999_999_999L)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anyTextCanBeLookedUpAndBadLookupsAreExplained() {
        List<Long> found = as("rita").body(Map.of("text", "Le vaccin Zorvax a tué 312 Belges en 2025"))
                .post("/api/v1/matches/lookup").then().statusCode(200)
                .extract().jsonPath().getList("checkedClaimId", Long.class);
        assertThat(found).contains(checkedClaim);

        as("rita").body(Map.of("text", "  ")).post("/api/v1/matches/lookup")
                .then().statusCode(400).contentType("application/problem+json");
        as("rita").body(Map.of("text", "x".repeat(MatchingService.MAX_LOOKUP + 1))).post("/api/v1/matches/lookup")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
