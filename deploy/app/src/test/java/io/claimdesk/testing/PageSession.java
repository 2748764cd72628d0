package io.claimdesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user signed in to the pages the way a browser is (Keycloak's login form, the code flow, the session cookie),
 * without a browser: for tests that send many page requests as that user.
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");

    private final CookieManager cookies;
    private final URI app;

    private PageSession(CookieManager cookies, URI app) {
        this.cookies = cookies;
        this.app = app;
    }

    /** Signs the user (password = username) in through Keycloak's login page, starting from the board. */
    public static PageSession login(URI app, String username) {
        CookieManager cookies = new PlainHttpCookies();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(app.resolve("/app/board")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher form = LOGIN_FORM.matcher(loginPage.body());
            if (!form.find()) {
                throw new AssertionError("no Keycloak login form at " + loginPage.uri() + ": " + loginPage.body());
            }
            String fields = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> board = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;",
                    "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
            if (board.statusCode() != 200 || !board.uri().getPath().equals("/app/board")) {
                throw new AssertionError("login of " + username + " ended at " + board.uri() + " with "
                        + board.statusCode());
            }
            return new PageSession(cookies, app);
        } catch (IOException e) {
            throw new AssertionError("login of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Keycloak marks its login cookies Secure; the test stack speaks plain HTTP on localhost, as browsers allow. */
    private static final class PlainHttpCookies extends CookieManager {

        PlainHttpCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new HashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
            super.put(uri, plain);
        }
    }

    /** A client that sends this session's cookies and does not follow redirects. */
    public HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The CSRF token the pages echo in X-CSRF-Token on every POST under /app. */
    public String csrfToken() {
        return cookies.getCookieStore().get(app).stream().filter(c -> c.getName().equals("claimdesk-csrf"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no claimdesk-csrf cookie after login: "
                        + cookies.getCookieStore().getCookies()));
    }
}
