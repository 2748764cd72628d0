package io.claimdesk.api.publicsearch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Public search narrowed by publisher, tags and publication dates, ordered by relevance or date, faceted and paged;
 * bad parameters are 400s.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PublicSearchFiltersTest {

    /** claimdesk.publisher.name in the test profile: the publisher of articles without a team. */
    static final String PUBLISHER = "Claimdesk";

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
    void publisherAndTagFiltersNarrowTheSearchAndTheFacetsCountThem() {
        String marker = marker();
        // A publishing team of the test profile (claimdesk.publisher.teams); the marker keeps the counts this test's.
        String desk = "Factuel Afrique";
        String health = "santé-" + marker;
        String economy = "économie-" + marker;
        long deskArticle = ClaimStates.article("Bureau " + marker, ClaimStates.TEXT, "fr", desk,
                List.of(health, "politique"));
        long first = ClaimStates.claimIn(ClaimStatus.PUBLISHED, deskArticle);
        long second = ClaimStates.claimIn(ClaimStatus.PUBLISHED, deskArticle, 78, 150);
        long other = ClaimStates.claimIn(ClaimStatus.PUBLISHED,
                ClaimStates.article("Rédaction " + marker, ClaimStates.TEXT, "fr", null, List.of(economy)));
        Eventually.within(Duration.ofSeconds(30),
                () -> assertThat(ids(Map.of("q", marker))).containsExactlyInAnyOrder(first, second, other));

        Map<String, Object> all = search(Map.of("q", marker));
        assertThat(facet(all, "publisher")).containsExactlyInAnyOrderEntriesOf(Map.of(desk, 2, PUBLISHER, 1));
        assertThat(facet(all, "tags"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(health, 2, "politique", 2, economy, 1));

        Map<String, Object> byDesk = search(Map.of("q", marker, "publisher", desk));
        assertThat(itemIds(byDesk)).containsExactlyInAnyOrder(first, second);
        assertThat(facet(byDesk, "publisher")).containsExactlyInAnyOrderEntriesOf(Map.of(desk, 2));
        assertThat(facet(byDesk, "tags")).containsExactlyInAnyOrderEntriesOf(Map.of(health, 2, "politique", 2));
        assertThat(items(byDesk)).allSatisfy(item -> {
            assertThat(item.get("publisher")).isEqualTo(desk);
            assertThat(item.get("tags")).isEqualTo(List.of(health, "politique"));
        });

        // Publishers: any of them. Tags: all of them.
        assertThat(ids(Map.of("q", marker, "publisher", List.of(desk, PUBLISHER)))).containsExactlyInAnyOrder(first,
                second, other);
        assertThat(ids(Map.of("q", marker, "publisher", PUBLISHER))).containsExactly(other);
        assertThat(ids(Map.of("q", marker, "tag", economy))).containsExactly(other);
        assertThat(ids(Map.of("q", marker, "tag", List.of(health, "politique")))).containsExactlyInAnyOrder(first,
                second);
        assertThat(ids(Map.of("q", marker, "tag", List.of(health, economy)))).isEmpty();
        assertThat(ids(Map.of("q", marker, "publisher", PUBLISHER, "tag", health))).isEmpty();
        // Keyword values match exactly: a part of a team's name is not a publisher.
        assertThat(ids(Map.of("q", marker, "publisher", "Factuel"))).isEmpty();
    }

    @Test
    void pagesBeyondTheLastAreEmptyAndTheWindowIsEnforced() {
        String marker = marker();
        long article = ClaimStates.article("Pages " + marker, ClaimStates.TEXT, "fr", null, List.of());
        List<Long> claims = List.of(ClaimStates.claimIn(ClaimStatus.PUBLISHED, article),
                ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, 78, 150),
                ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, 0, 150));
        Eventually.within(Duration.ofSeconds(30),
                () -> assertThat(ids(Map.of("q", marker))).containsExactlyInAnyOrderElementsOf(claims));

        List<Long> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            Map<String, Object> answer = search(Map.of("q", marker, "sort", "newest", "size", 2, "page", page));
            assertThat(((Number) answer.get("total")).longValue()).isEqualTo(3);
            pages.addAll(itemIds(answer));
        }
        assertThat(pages).containsExactlyInAnyOrderElementsOf(claims);
        Map<String, Object> beyond = search(Map.of("q", marker, "size", 2, "page", 3));
        assertThat(items(beyond)).isEmpty();
        assertThat(((Number) beyond.get("total")).longValue()).isEqualTo(3);
        // The last page Elasticsearch's window allows is still answered.
        given().queryParam("q", marker).queryParam("page", 100).queryParam("size", 100)
                .get("/api/public/v1/verdicts").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void badPagingIsExplained() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("size", 0), Map.of("size", 101),
                Map.of("page", 0), Map.of("page", "deux"), Map.of("size", "beaucoup"),
                Map.of("page", 101, "size", 100), Map.of("page", 10_001, "size", 1))) {
            String detail = given().queryParams(bad).get("/api/public/v1/verdicts").then().statusCode(400)
                    .contentType("application/problem+json").extract().jsonPath().getString("detail");
            String parameter = bad.containsKey("size") && !bad.containsKey("page") ? "size" : "page";
            assertThat(detail).as("%s", bad).containsAnyOf(parameter, "10000");
        }
        given().queryParam("size", 101).get("/api/public/v1/verdicts").then().body("detail",
                containsString("between 1 and 100"));
        given().queryParam("tag", "x".repeat(201)).get("/api/public/v1/verdicts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("tag"));
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

    /** A word found in no other test's data, so that a search for it sees this test's verdicts only. */
    static String marker() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Map<String, Object> search(Map<String, Object> parameters) {
        return given().queryParams(parameters).get("/api/public/v1/verdicts").then().statusCode(200).extract()
                .jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> facet(Map<String, Object> answer, String name) {
        return ((Map<String, Map<String, Integer>>) answer.get("facets")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("items");
    }

    private static List<Long> itemIds(Map<String, Object> answer) {
        return items(answer).stream().map(item -> ((Number) item.get("claimId")).longValue()).toList();
    }

    private static List<Long> ids(Map<String, Object> parameters) {
        return given().queryParams(parameters).queryParam("size", 100).get("/api/public/v1/verdicts").then()
                .statusCode(200).extract().jsonPath().getList("items.claimId", Long.class);
    }
}
