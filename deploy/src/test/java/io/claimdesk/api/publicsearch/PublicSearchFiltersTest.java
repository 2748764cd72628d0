package io.claimdesk.api.publicsearch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Public search narrowed by publication dates and ordered by relevance or date; bad parameters are 400s. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PublicSearchFiltersTest {

    @Test
    void datesNarrowTheSearchAndNewestFirstOrdersByPublication() {
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Filtres"));
        ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Filtres encore"));
        Eventually.within(Duration.ofSeconds(30), () -> assertThat(ids(Map.of("q", "Haftar"))).contains(claim));
        String publishedAt = given().queryParam("q", "Haftar").queryParam("size", 100).get("/api/public/v1/verdicts")
                .jsonPath().getString("items.find { it.claimId == " + claim + " }.publishedAt");
        LocalDate day = Instant.parse(publishedAt).atZone(ZoneOffset.UTC).toLocalDate();

        assertThat(ids(Map.of("q", "Haftar", "from", day.toString(), "to", day.toString()))).contains(claim);
        assertThat(ids(Map.of("q", "Haftar", "from", day.plusDays(1).toString()))).doesNotContain(claim);
        assertThat(ids(Map.of("q", "Haftar", "to", day.minusDays(1).toString()))).doesNotContain(claim);

        List<String> newestFirst = given().queryParam("q", "Haftar").queryParam("sort", "newest")
                .queryParam("size", 100).get("/api/public/v1/verdicts").then().statusCode(200).extract().jsonPath()
                .getList("items.publishedAt");
        assertThat(newestFirst).hasSizeGreaterThanOrEqualTo(2);
        assertThat(newestFirst).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    @Test
    void badDatesAndOrdersAreExplained() {
        given().queryParam("from", "hier").get("/api/public/v1/verdicts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("from"));
        given().queryParam("from", "2026-06-28").queryParam("to", "2026-06-27").get("/api/public/v1/verdicts")
                .then().statusCode(400).body("detail", containsString("empty"));
        given().queryParam("sort", "random").get("/api/public/v1/verdicts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("newest"));
        given().queryParam("size", 101).get("/api/public/v1/verdicts").then().statusCode(400);
        given().queryParam("page", 101).queryParam("size", 100).get("/api/public/v1/verdicts").then()
                .statusCode(400).body("detail", containsString("10000"));
    }

    private static List<Long> ids(Map<String, Object> parameters) {
        return given().queryParams(parameters).queryParam("size", 100).get("/api/public/v1/verdicts").then()
                .statusCode(200).extract().jsonPath().getList("items.claimId", Long.class);
    }
}
