package io.claimdesk.api.publicsearch;

import static io.claimdesk.testing.Api.approve;
import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.verdict;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Published verdicts as schema.org ClaimReview JSON-LD, from the API and embedded in the permalink page. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ClaimReviewTest {

    static final String JSON_LD = "application/ld+json";
    static final String ARTICLE_URL = "https://news.example.com/politique/haftar?ref=a&page=2";
    /** Claims take the first 77 characters of the article: markup that could end a script element is among them. */
    static final String TEXT_WITH_SCRIPT_END = "Le ministre </script><!-- a dit que Haftar était à Moscou le 27 juin 2016"
            + " pour rencontrer son homologue. " + ClaimStates.TEXT;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aPublishedVerdictIsAClaimReviewWithGooglesFieldsAndOnlySchemaOrgProperties() throws Exception {
        long claimId = ClaimStates.claimIn(ClaimStatus.PUBLISHED, articleWith(TEXT_WITH_SCRIPT_END, ARTICLE_URL));
        String claimText = given().get("/api/public/v1/verdicts/{id}", claimId).jsonPath().getString("claim");
        assertThat(claimText).contains("</script>");

        String body = given().accept(JSON_LD).get("/api/public/v1/verdicts/{id}", claimId)
                .then().statusCode(200).contentType(JSON_LD).extract().asString();
        JsonNode review = json.readTree(body);

        assertThat(SchemaOrgVocabulary.load().violations(review)).isEmpty();
        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("url").asText()).isEqualTo(publicUrl() + "/verdicts/" + claimId);
        assertThat(review.path("claimReviewed").asText()).isEqualTo(claimText);
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(1);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.path("alternateName").asText()).isEqualTo("False");
        JsonNode appearance = review.path("itemReviewed").path("appearance");
        assertThat(appearance.path("url").asText()).isEqualTo(ARTICLE_URL);
        assertThat(appearance.path("headline").asText()).isEqualTo("ClaimReview " + ARTICLE_URL);
        assertThat(review.path("itemReviewed").has("datePublished")).isTrue();
        assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asText()).isEqualTo("Claimdesk");
        assertThat(review.has("datePublished")).isTrue();
        assertThat(review.has("dateModified")).as("never corrected").isFalse();
        assertThat(review.path("inLanguage").asText()).isEqualTo("fr");
        assertThat(body).doesNotContain("</").doesNotContain("<!--");
    }

    @Test
    void thePermalinkPageEmbedsTheSameClaimReviewWithoutClosingItsScriptElement() throws Exception {
        long claimId = ClaimStates.claimIn(ClaimStatus.PUBLISHED, articleWith(TEXT_WITH_SCRIPT_END, ARTICLE_URL));
        String api = given().accept(JSON_LD).get("/api/public/v1/verdicts/{id}", claimId).asString();

        String page = given().get("/verdicts/{id}", claimId).then().statusCode(200).extract().asString();
        String opening = "<script type=\"application/ld+json\">";
        int start = page.indexOf(opening);
        assertThat(start).as("the page embeds JSON-LD").isGreaterThan(0);
        String embedded = page.substring(start + opening.length(), page.indexOf("</script>", start));

        JsonNode review = json.readTree(embedded);
        assertThat(review).isEqualTo(json.readTree(api));
        assertThat(review.path("claimReviewed").asText()).contains("</script><!--");
    }

    @Test
    void anUnverifiableVerdictKeepsOnlyItsTextualRating() throws Exception {
        long claimId = ClaimStates.claimIn(ClaimStatus.ASSIGNED, articleWith(ClaimStates.TEXT, null));
        verdict(claimId, "UNVERIFIABLE", "rita").then().statusCode(200);
        approve(claimId, "edith").then().statusCode(200);

        JsonNode review = json.readTree(given().accept(JSON_LD).get("/api/public/v1/verdicts/{id}", claimId)
                .then().statusCode(200).extract().asString());

        assertThat(SchemaOrgVocabulary.load().violations(review)).isEmpty();
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("alternateName").asText()).isEqualTo("Unverifiable");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
        assertThat(review.path("itemReviewed").path("appearance").has("url")).as("the article has no URL").isFalse();
    }

    @Test
    void theJsonViewStaysTheDefaultAndAnUnpublishedClaimIsAProblem() {
        long claimId = ClaimStates.claimIn(ClaimStatus.PUBLISHED, articleWith(ClaimStates.TEXT, null));
        given().get("/api/public/v1/verdicts/{id}", claimId)
                .then().statusCode(200).contentType("application/json").body("rating", is("FALSE"));
        given().accept("application/json").get("/api/public/v1/verdicts/{id}", claimId)
                .then().statusCode(200).contentType("application/json").body("rating", is("FALSE"));

        long draft = ClaimStates.claimIn(ClaimStatus.ASSIGNED, articleWith(ClaimStates.TEXT, null));
        given().accept(JSON_LD).get("/api/public/v1/verdicts/{id}", draft)
                .then().statusCode(404).contentType("application/problem+json");
    }

    static long articleWith(String text, String url) {
        Map<String, Object> article = url == null
                ? Map.of("title", "ClaimReview sans URL", "text", text, "language", "fr")
                : Map.of("title", "ClaimReview " + url, "text", text, "language", "fr", "url", url);
        return as("edith").body(article).post("/api/v1/articles").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static String publicUrl() {
        return ConfigProvider.getConfig().getValue("claimdesk.public-url", String.class);
    }
}
