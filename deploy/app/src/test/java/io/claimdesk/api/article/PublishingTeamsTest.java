package io.claimdesk.api.article;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.claimdesk.api.problem.Problem;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SignedInForms;
import io.claimdesk.testing.StoredRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An article's team becomes the public author of its verdicts (ClaimReview, search, feed), so it is one of the
 * configured publishing teams (the test profile's {@code claimdesk.publisher.teams}: "Factuel Afrique" and
 * "Desk &lt;i&gt;Santé&lt;/i&gt;") or none: a name typed by whoever submits is refused, not published.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PublishingTeamsTest {

    private static final String TEXT = "Le ministère a annoncé 40 000 nouveaux logements en 2025.";

    @Inject
    StoredRecords records;

    @Test
    void aTeamThatIsNotConfiguredIsRefusedNamingTheTeamsAndNothingIsStored() {
        long before = records.articles();

        Response answer = as("rita").body(Map.of("title", "Logements", "text", TEXT, "team", "Le Monde"))
                .post("/api/v1/articles");

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.jsonPath().getString("detail")).contains("'Le Monde'", "Factuel Afrique",
                "Desk <i>Santé</i>", "Claimdesk");
        assertThat(records.articles()).isEqualTo(before);
    }

    @Test
    void aConfiguredTeamIsStoredInItsConfiguredSpellingAndNoTeamMeansTheNewsroom() {
        assertThat(as("rita").body(Map.of("title", "Logements", "text", TEXT, "team", "  factuel AFRIQUE "))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getString("team"))
                .isEqualTo("Factuel Afrique");
        assertThat(as("rita").body(Map.of("title", "Logements", "text", TEXT)).post("/api/v1/articles").then()
                .statusCode(201).extract().jsonPath().getString("team")).isNull();
    }

    @Test
    void theSubmitFormOffersTheConfiguredTeamsOnly() {
        SignedInForms rita = SignedInForms.signIn("rita", "/app/articles/new");
        Document form = Jsoup.parse(rita.request().get("/app/articles/new").then().statusCode(200).extract()
                .asString());

        assertThat(form.select("select#team option").eachAttr("value")).containsExactly("", "Factuel Afrique",
                "Desk <i>Santé</i>");
        assertThat(form.select("select#team option").first().text()).isEqualTo("Claimdesk (the newsroom)");
        assertThat(form.select("input[name=team]")).isEmpty();
    }
}
