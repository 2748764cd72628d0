package io.claimdesk.api;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.assign;
import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitSample;
import static io.claimdesk.testing.Api.verdict;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The whole path on real servers: article in, claims out, assignment, verdict, approval, public search, history. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class FactCheckPathTest {

    static final String EDITOR = "edith";
    static final String REVIEWER = "rita";
    static final String EGYPT_CLAIM = "Egypte";
    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

    @Test
    void sampleArticleGoesFromSubmissionToPublicSearch() {
        JsonPath article = submitSample(EDITOR);
        assertThat(article.getString("language")).isEqualTo("fr");
        List<Map<String, Object>> claims = article.getList("claims");
        assertThat(claims).hasSizeGreaterThanOrEqualTo(6);
        String text = as(EDITOR).get("/api/v1/articles/{id}", article.getLong("id")).then().statusCode(200)
                .extract().path("text");
        for (Map<String, Object> claim : claims) {
            // A claim is rewritten to stand alone; its span points at the source it came from and shares its content.
            int start = (Integer) claim.get("start");
            int end = (Integer) claim.get("end");
            assertThat(start).isBetween(0, end - 1);
            assertThat(end).isLessThanOrEqualTo(text.length());
            String span = text.substring(start, end);
            assertThat(sharesKeyContent((String) claim.get("text"), span)).as((String) claim.get("text")).isTrue();
            // The sentence the article wrote comes with the claim, whitespace folded, and holds the claim's span.
            String sentence = (String) claim.get("sourceSentence");
            assertThat(sentence).as((String) claim.get("text")).isNotBlank()
                    .contains(span.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009]+", " ").strip());
            assertThat(claim.get("status")).isEqualTo("EXTRACTED");
            assertThat((Float) claim.get("score")).isBetween(0f, 1f);
        }
        long claimId = claimContaining(article, EGYPT_CLAIM);

        assign(claimId, REVIEWER, EDITOR).then().statusCode(200)
                .body("status", is("ASSIGNED")).body("assignee", is(REVIEWER));
        verdict(claimId, "FALSE", REVIEWER).then().statusCode(200).body("status", is("AWAITING_APPROVAL"))
                .body("verdict.rating", is("FALSE")).body("verdict.reviewer", is(REVIEWER));
        approve(claimId, REVIEWER).then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
        approve(claimId, EDITOR).then().statusCode(200).body("status", is("PUBLISHED"))
                .body("verdict.approver", is(EDITOR));

        awaitSearchable("egypte sissi", claimId);
        given().get("/api/public/v1/verdicts/{id}", claimId).then().statusCode(200)
                .body("rating", is("FALSE")).body("claim", containsString(EGYPT_CLAIM));

        List<Map<String, Object>> history = as(EDITOR).get("/api/v1/claims/{id}/history", claimId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(history).extracting(h -> h.get("action") + " by " + h.get("actor") + " → " + h.get("to"))
                .containsExactly(
                        "EXTRACT by edith → EXTRACTED",
                        "ASSIGN by edith → ASSIGNED",
                        "SUBMIT_VERDICT by rita → AWAITING_APPROVAL",
                        "APPROVE by edith → PUBLISHED");
        assertThat(history).allSatisfy(h -> assertThat(h.get("at")).isNotNull());
    }

    @Test
    void publicSearchFindsAVerdictByAFrenchWordWithoutItsAccentsAndFacetsIt() {
        // The claim about al-Sarraj's government being backed by the West is its own claim: pick the recognition one.
        long claimId = claimContaining(submitSample(EDITOR), "reconnaît");
        assign(claimId, REVIEWER, EDITOR).then().statusCode(200);
        verdict(claimId, "MISLEADING", REVIEWER).then().statusCode(200);
        approve(claimId, EDITOR).then().statusCode(200);

        // "reconnait" without its circumflex must find "reconnaît".
        awaitSearchable("reconnait", claimId);
        given().queryParam("q", "reconnait").queryParam("rating", "MISLEADING").queryParam("language", "fr")
                .get("/api/public/v1/verdicts")
                .then().statusCode(200)
                .body("items.find { it.claimId == " + claimId + " }.highlight", containsString("<mark>"))
                .body("facets.rating.MISLEADING", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().queryParam("q", "reconnait").queryParam("rating", "TRUE").get("/api/public/v1/verdicts")
                .then().statusCode(200).body("items.findAll { it.claimId == " + claimId + " }.size()", equalTo(0));
    }

    static void awaitSearchable(String query, long claimId) {
        Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            List<Integer> ids = given().queryParam("q", query).get("/api/public/v1/verdicts")
                    .then().statusCode(200).extract().jsonPath().getList("items.claimId", Integer.class);
            if (ids.contains((int) claimId)) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("claim " + claimId + " not found by '" + query + "' within " + SEARCHABLE_WITHIN);
    }

    /**
     * At least half of the claim's content words (four letters or more, or figures; accents and elided articles
     * folded) appear in its source span: the rest is what decontextualisation added ("ses forces" → "les forces du
     * général Haftar", "Selon ..." carried to a quoted sentence).
     */
    static boolean sharesKeyContent(String claim, String span) {
        List<String> claimWords = contentWords(claim);
        List<String> spanWords = contentWords(span);
        long shared = claimWords.stream().filter(spanWords::contains).count();
        return !span.isBlank() && !claimWords.isEmpty() && shared * 2 >= claimWords.size();
    }

    static List<String> contentWords(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\b[ldjnmstc]['’]|\\bqu['’]", " ");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> w.length() >= 4 || !w.isEmpty() && Character.isDigit(w.charAt(0))).toList();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
