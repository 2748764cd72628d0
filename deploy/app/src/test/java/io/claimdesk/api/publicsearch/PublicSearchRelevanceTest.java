package io.claimdesk.api.publicsearch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** English claims are found by their words, also in another form (singular for plural), like French ones. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PublicSearchRelevanceTest {

    static final String TEXT = "The ministry withdrew twelve vaccines from pharmacies in three countries last year."
            + " Officials denied it.";
    static final int CLAIM_END = TEXT.indexOf(" Officials");

    @Test
    void theEnglishClaimHoldingTheQueryWordRanksFirstAndIsHighlighted() {
        String marker = PublicSearchFiltersTest.marker();
        String text = "The governor said unemployment fell to four percent in March. Exports grew by two percent in"
                + " April.";
        int split = text.indexOf(" Exports");
        long article = ClaimStates.article("Economy " + marker, text, "en", null, List.of());
        long unemployment = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, 0, split);
        long exports = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, split + 1, text.length());
        Eventually.within(Duration.ofSeconds(30), () -> assertThat(search(marker, null)
                .getList("items.claimId", Long.class)).containsExactlyInAnyOrder(unemployment, exports));

        // Both claims match the marker (in their article's title); only one also holds "unemployment".
        JsonPath answer = search("unemployment " + marker, "en");
        assertThat(answer.getList("items.claimId", Long.class)).containsExactly(unemployment, exports);
        assertThat(answer.getString("items[0].highlight")).contains("<mark>unemployment</mark>");
        assertThat(answer.getString("items[0].language")).isEqualTo("en");
    }

    @Test
    void anEnglishQueryFindsTheClaimWhateverTheFormOfItsWords() {
        String marker = PublicSearchFiltersTest.marker();
        long claim = publishedEnglishClaim(marker);

        // The claim says "vaccines", "pharmacies", "countries": none of these query words is in it as written.
        for (String query : List.of("vaccine", "pharmacy", "country", "Vaccine pharmacy")) {
            assertThat(search(query, null).getList("items.claimId", Long.class)).as(query).contains(claim);
        }
        // And a plural query finds a claim written in the singular ("The ministry").
        assertThat(search("ministries", null).getList("items.claimId", Long.class)).contains(claim);
    }

    private static long publishedEnglishClaim(String marker) {
        long article = ClaimStates.article("Ministry " + marker, TEXT, "en", null, List.of("health"));
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, 0, CLAIM_END);
        Eventually.within(Duration.ofSeconds(30),
                () -> assertThat(search(marker, null).getList("items.claimId", Long.class)).contains(claim));
        return claim;
    }

    private static JsonPath search(String query, String language) {
        var request = given().queryParam("q", query).queryParam("size", 100);
        if (language != null) {
            request.queryParam("language", language);
        }
        return request.get("/api/public/v1/verdicts").then().statusCode(200).extract().jsonPath();
    }
}
