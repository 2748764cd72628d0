package io.claimdesk.ui.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The public search page, without login: its date, order, publisher and tag controls and its four facets. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SearchPagesTest {

    @Test
    void facetsLinkToNarrowerSearchesAndTheFormKeepsTheFilters() {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // Markup in a team's name (a publishing team of the test profile) must come out as text.
        String team = "Desk <i>Santé</i>";
        String tag = "santé-" + marker;
        long article = ClaimStates.article("Page " + marker, ClaimStates.TEXT, "fr", team, List.of(tag));
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article);
        Eventually.within(Duration.ofSeconds(30), () -> assertThat(given().queryParam("q", marker)
                .get("/api/public/v1/verdicts").jsonPath().getList("items.claimId", Long.class)).contains(claim));

        Document page = page(Map.of("q", marker));
        assertThat(page.select("form.search input[type=date]").eachAttr("name")).containsExactly("from", "to");
        assertThat(page.select("select#sort option").eachAttr("value")).containsExactly("relevance", "newest");
        assertThat(page.select("aside.facets h2").eachText()).containsExactly("Rating", "Language", "Publisher",
                "Tags");
        assertThat(page.select("article.result h3 a").attr("href")).isEqualTo("/verdicts/" + claim);
        assertThat(page.html()).doesNotContain("<i>Santé");
        Element publisher = page.selectFirst("ul.facet-publisher a");
        assertThat(publisher.text()).isEqualTo(team);
        assertThat(publisher.parent().selectFirst(".count").text()).isEqualTo("1");
        Element tagFacet = page.selectFirst("ul.facet-tags a");
        assertThat(tagFacet.text()).isEqualTo(tag);

        // Following the publisher facet filters by it, shows it in force and keeps it in the form.
        // The href is encoded already: RestAssured must send it as it is.
        Document byPublisher = Jsoup.parse(given().urlEncodingEnabled(false).get(publisher.attr("href")).then()
                .statusCode(200).extract().asString());
        assertThat(byPublisher.select("form.search input[type=hidden][name=publisher]").attr("value"))
                .isEqualTo(team);
        assertThat(byPublisher.select(".active-filters li").text()).contains("Publisher: " + team);
        assertThat(byPublisher.select("ul.facet-publisher a.selected").text()).isEqualTo(team);
        assertThat(byPublisher.select("article.result h3 a").eachAttr("href")).containsExactly("/verdicts/" + claim);

        Document otherTag = page(Map.of("q", marker, "tag", "aucun-" + marker, "sort", "newest"));
        assertThat(otherTag.select("article.result")).isEmpty();
        assertThat(otherTag.select("select#sort option[selected]").attr("value")).isEqualTo("newest");
    }

    @Test
    void aBadDateIsExplainedOnThePage() {
        String html = given().queryParam("from", "hier").get("/search").then().statusCode(400).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".flash.error").text()).contains("from must be a date");
        assertThat(page.select("input#from").attr("value")).isEqualTo("hier");
    }

    private static Document page(Map<String, Object> parameters) {
        return Jsoup.parse(given().queryParams(parameters).get("/search").then().statusCode(200)
                .contentType("text/html").extract().asString());
    }
}
