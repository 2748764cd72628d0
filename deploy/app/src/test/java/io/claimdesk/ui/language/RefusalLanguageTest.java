package io.claimdesk.ui.language;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workflow's refusals on the pages speak the page's language (the lang cookie), with statuses and actions in the
 * pages' words, while the API keeps sending the same English detail.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class RefusalLanguageTest {

    static final String EDITOR = "edith";
    static final String REVIEWER = "rita";

    static final String REJECT_WITHOUT_REASON_FR = "Un motif est obligatoire pour renvoyer un verdict à son"
            + " vérificateur.";
    static final String REJECT_WITHOUT_REASON_EN = "A reason is required to send a verdict back.";
    static final String INCOMPLETE_FR = "Le verdict est incomplet : la notation est obligatoire ; l'explication est"
            + " obligatoire ; il faut au moins une URL de source ou un élément de preuve.";
    static final String INCOMPLETE_EN = "The verdict is incomplete: rating is required; explanation is required; at"
            + " least one source URL or evidence item is required.";

    @TestHTTPResource("/")
    URL app;

    @Test
    void aRejectWithoutReasonIsRefusedInThePagesLanguageAndInEnglishByTheApi() {
        long claim = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, ClaimStates.article("Refus sans motif"));
        PageUser editor = PageUser.login(uri(), EDITOR);
        String reject = "/app/claims/" + claim + "/reject";

        HttpResponse<String> french = editor.post(reject, Map.of("reason", ""), "fr", false);
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(flash(french)).isEqualTo(REJECT_WITHOUT_REASON_FR);

        HttpResponse<String> english = editor.post(reject, Map.of("reason", ""), "en", false);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(flash(english)).isEqualTo(REJECT_WITHOUT_REASON_EN);

        // htmx asks for the message alone, to put in the page's flash area.
        HttpResponse<String> htmx = editor.post(reject, Map.of("reason", " "), "fr", true);
        assertThat(htmx.statusCode()).isEqualTo(400);
        assertThat(htmx.headers().firstValue("HX-Retarget")).hasValue("#flash");
        assertThat(flash(htmx)).isEqualTo(REJECT_WITHOUT_REASON_FR);

        String detail = as(EDITOR).body(Map.of()).post("/api/v1/claims/{id}/reject", claim).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getString("detail");
        assertThat(detail).isEqualTo(REJECT_WITHOUT_REASON_EN);
    }

    @Test
    void anIncompleteVerdictListsEachProblemInThePagesLanguage() {
        long claim = ClaimStates.claimIn(ClaimStatus.ASSIGNED, ClaimStates.article("Verdict incomplet"));
        PageUser reviewer = PageUser.login(uri(), REVIEWER);
        Map<String, String> empty = Map.of("intent", "submit", "rating", "", "explanation", "", "sources", "");

        HttpResponse<String> french = reviewer.post("/app/claims/" + claim + "/verdict", empty, "fr", false);
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(flash(french)).isEqualTo(INCOMPLETE_FR);

        HttpResponse<String> english = reviewer.post("/app/claims/" + claim + "/verdict", empty, "en", false);
        assertThat(flash(english)).isEqualTo(INCOMPLETE_EN);

        as(REVIEWER).body(Map.of()).post("/api/v1/claims/{id}/verdict", claim).then().statusCode(400)
                .contentType("application/problem+json").body("detail", is(INCOMPLETE_EN));
    }

    @Test
    void theBulkReportNamesTheActionAndTheStatusInThePagesWords() {
        long published = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Déjà publiée"));
        PageUser editor = PageUser.login(uri(), EDITOR);
        Map<String, String> approve = Map.of("action", "APPROVE", "claim", String.valueOf(published));

        HttpResponse<String> french = editor.post("/app/board/bulk", approve, "fr", false);
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(reason(french, published)).isEqualTo("Action « approbation » impossible sur l'affirmation "
                + published + " : son statut est « Publiée ».");

        HttpResponse<String> english = editor.post("/app/board/bulk", approve, "en", false);
        assertThat(reason(english, published)).isEqualTo("Cannot approve claim " + published + ": it is PUBLISHED.");
    }

    private URI uri() {
        try {
            return app.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flash(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".flash.error").text();
    }

    // The last cell of the claim's row in the bulk report says why it was refused.
    private static String reason(HttpResponse<String> response, long claimId) {
        Document page = Jsoup.parse(response.body());
        Element row = page.getElementById("outcome-" + claimId);
        assertThat(row).as("row of claim %s in %s", claimId, response.body()).isNotNull();
        return row.select("td").last().text();
    }

    /** A demo user signed in to the pages through Keycloak's login form, as a browser would be, without a browser. */
    private record PageUser(HttpClient client, PlainHttpCookies cookies, URI app) {

        static PageUser login(URI app, String username) {
            PlainHttpCookies cookies = new PlainHttpCookies();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(app.resolve("/app/board")).build());
            Element form = Jsoup.parse(loginPage.body()).selectFirst("form[action*=login-actions/authenticate]");
            assertThat(form).as("Keycloak's login form at %s", loginPage.uri()).isNotNull();
            HttpResponse<String> board = send(browser, HttpRequest.newBuilder(URI.create(form.attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", username, "password",
                            username, "credentialId", ""))))
                    .build());
            assertThat(board.uri().getPath()).as("where the login of %s ended (%s): %s", username, board.statusCode(),
                    Jsoup.parse(board.body()).select("#input-error, .kc-feedback-text, [role=alert], title").text())
                    .isEqualTo("/app/board");
            assertThat(board.statusCode()).isEqualTo(200);
            HttpClient pages = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            return new PageUser(pages, cookies, app);
        }

        /** A form sent with the page's CSRF token, in the language the lang cookie names, by htmx or not. */
        HttpResponse<String> post(String path, Map<String, String> fields, String language, boolean htmx) {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrfToken());
            HttpCookie lang = new HttpCookie(PageLocale.COOKIE, language);
            lang.setPath("/");
            cookies.store().add(app, lang);
            HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return send(client, request.build());
        }

        private String csrfToken() {
            return cookies.store().get(app).stream().filter(c -> c.getName().equals("claimdesk-csrf"))
                    .map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no CSRF cookie: " + cookies.store().getCookies()));
        }

        private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(request.uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private static String encode(Map<String, String> fields) {
            return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }

    /**
     * A browser's cookie jar for the test stack: Keycloak marks its login cookies Secure, which the JDK then keeps
     * from plain-HTTP localhost (browsers allow it); the flag is dropped.
     */
    private static final class PlainHttpCookies extends CookieHandler {

        private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        CookieStore store() {
            return manager.getCookieStore();
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return manager.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> plain = new HashMap<>();
            responseHeaders.forEach((name, values) -> plain.put(name, "Set-Cookie".equalsIgnoreCase(name)
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
            manager.put(uri, plain);
        }
    }
}
