package io.claimdesk.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.claimdesk.ui.layout.CsrfToken;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser session on the pages without a browser: Keycloak's code-flow login followed by hand (its login
 * form posted with the demo user's password), then the session cookies and a CSRF token for page requests.
 */
public final class SignedInForms {

    /** A well-formed double-submit token: the same value goes in the cookie and in the header. */
    private static final String CSRF = "hostile-input-test-csrf-token-0123456789";

    private final Map<String, String> appCookies;

    private SignedInForms(Map<String, String> appCookies) {
        this.appCookies = appCookies;
    }

    /** Signs in as the demo user (password = username) starting from the given page. */
    public static SignedInForms signIn(String username, String startPath) {
        Map<String, String> app = new HashMap<>();
        Response start = given().redirects().follow(false).get(startPath);
        app.putAll(start.getCookies());
        String loginUrl = start.header("Location");
        // Both URLs come encoded already: RestAssured must send them as they are.
        Response loginPage = given().redirects().follow(false).urlEncodingEnabled(false).get(loginUrl);
        Element form = Jsoup.parse(loginPage.asString()).selectFirst("form[method=post]");
        if (form == null) {
            throw new IllegalStateException("no login form at " + loginUrl + " (after " + start.statusLine() + "): "
                    + loginPage.statusLine() + " " + loginPage.asString());
        }
        String action = form.attr("action");
        Response loggedIn = given().redirects().follow(false).urlEncodingEnabled(false).cookies(loginPage.getCookies())
                .formParam("username", username).formParam("password", username).post(action);
        String back = loggedIn.header("Location");
        if (back == null) {
            throw new IllegalStateException("Keycloak did not sign " + username + " in: " + loggedIn.statusLine());
        }
        Response callback = given().redirects().follow(false).urlEncodingEnabled(false).cookies(app).get(back);
        app.putAll(callback.getCookies());
        return new SignedInForms(app);
    }

    /** A page request in this session, carrying the CSRF token that POSTs under /app need. */
    public RequestSpecification request() {
        return withoutCsrfToken().cookie(CsrfToken.COOKIE, CSRF).header(CsrfToken.HEADER, CSRF);
    }

    /** A request with this session's cookies only, as a page of another site would send it. */
    public RequestSpecification withoutCsrfToken() {
        return given().redirects().follow(false).cookies(appCookies);
    }
}
