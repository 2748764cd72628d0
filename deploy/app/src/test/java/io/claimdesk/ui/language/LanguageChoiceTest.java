package io.claimdesk.ui.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The pages' language without login: the browser's Accept-Language, the lang cookie of the header's switch above it,
 * English otherwise; the switch only sends people back to this site.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class LanguageChoiceTest {

    static final String FRENCH_BROWSER = "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7";
    static final String ENGLISH_BROWSER = "en-US,en;q=0.9";
    static final String GERMAN_BROWSER = "de-DE,de;q=0.9";
    static final String FRENCH_HEADING = "Rechercher les verdicts publiés";
    static final String ENGLISH_HEADING = "Search published verdicts";

    @Test
    void searchPageSpeaksTheBrowsersLanguage() {
        Document french = search(FRENCH_BROWSER, null);
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").text()).isEqualTo(FRENCH_HEADING);
        assertThat(french.select("select#rating option").first().text()).isEqualTo("Toutes les notations");
        assertThat(french.select("select#rating option[value=MOSTLY_FALSE]").text()).isEqualTo("Plutôt faux");
        assertThat(french.select("header nav a[href='/search']").text()).isEqualTo("Recherche publique");
        assertThat(french.select("header").text()).contains("Se connecter");

        Document english = search(ENGLISH_BROWSER, null);
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo(ENGLISH_HEADING);
        assertThat(english.select("select#rating option[value=MOSTLY_FALSE]").text()).isEqualTo("Mostly false");
    }

    @Test
    void aLanguageThePagesDoNotSpeakFallsBackToEnglish() {
        assertThat(search(GERMAN_BROWSER, null).select("html").attr("lang")).isEqualTo("en");
        assertThat(search(null, null).select("h1").text()).isEqualTo(ENGLISH_HEADING);
    }

    @Test
    void theCookieOfTheSwitchOverridesTheBrowser() {
        Document english = search(FRENCH_BROWSER, "en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo(ENGLISH_HEADING);

        Document french = search(ENGLISH_BROWSER, "fr");
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").text()).isEqualTo(FRENCH_HEADING);

        // A cookie naming a language the pages do not speak is ignored.
        assertThat(search(FRENCH_BROWSER, "de").select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theHeaderSwitchLinksToTheOtherLanguageAndComesBackToThisPage() {
        Document english = Jsoup.parse(given().header("Accept-Language", ENGLISH_BROWSER).queryParam("q", "vaccin")
                .get("/search").then().statusCode(200).extract().asString());
        assertThat(english.select("nav.languages [aria-current]").text()).isEqualTo("EN");
        assertThat(english.select("nav.languages a[hreflang=fr]").attr("href"))
                .isEqualTo("/lang?to=fr&back=%2Fsearch%3Fq%3Dvaccin");

        Response switched = given().redirects().follow(false).queryParam("to", "fr")
                .queryParam("back", "/search?q=vaccin").get("/lang");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/search?q=vaccin");
        assertThat(switched.getDetailedCookie(PageLocale.COOKIE).getValue()).isEqualTo("fr");
        assertThat(switched.getDetailedCookie(PageLocale.COOKIE).getPath()).isEqualTo("/");
    }

    @Test
    void theSwitchRefusesToSendPeopleOffSite() {
        for (String back : new String[]{"https://evil.example/", "//evil.example/search", "/\\evil.example",
                "javascript:alert(1)", "/search\r\nSet-Cookie: x=y"}) {
            given().redirects().follow(false).queryParam("to", "fr").queryParam("back", back).get("/lang").then()
                    .statusCode(400);
        }
        given().redirects().follow(false).queryParam("to", "de").queryParam("back", "/search").get("/lang").then()
                .statusCode(400);
    }

    @Test
    void aPublishedVerdictShowsItsRatingAndDateInFrench() {
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Verdict en français"));

        Document page = Jsoup.parse(given().header("Accept-Language", FRENCH_BROWSER).get("/verdicts/{id}", claim)
                .then().statusCode(200).extract().asString());

        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("article.permalink .rating").text()).isEqualTo("Faux");
        assertThat(page.select("article.permalink h2").eachText()).contains("Explication", "À propos");
        String published = page.select("dl.facts time").text();
        assertThat(published).matches("\\d{1,2} \\S+ \\d{4} à \\d{2}:\\d{2} UTC");
        // Machines still read ISO-8601.
        assertThat(page.select("dl.facts time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void refusalsThePagesBuildSpeakTheReadersLanguage() {
        Document page = Jsoup.parse(given().header("Accept-Language", FRENCH_BROWSER).get("/verdicts/{id}", 987654321L)
                .then().statusCode(404).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Verdict introuvable");
        assertThat(page.select(".flash.error").text())
                .isEqualTo("Aucun verdict n'a été publié pour l'affirmation 987654321.");
    }

    private static Document search(String acceptLanguage, String cookie) {
        var request = given();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.cookie(PageLocale.COOKIE, cookie);
        }
        return Jsoup.parse(request.get("/search").then().statusCode(200).extract().asString());
    }
}
