package io.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SignedInForms;
import io.claimdesk.ui.layout.CsrfToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Signing out is a POST carrying the page's CSRF token: a link or an image on another site (a GET) or a form posted
 * from another site (no token) signs nobody out.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class LogoutTest {

    private static final String END_SESSION = "/protocol/openid-connect/logout";

    @Test
    void aLinkToTheLogoutAddressSignsNobodyOut() {
        SignedInForms rita = SignedInForms.signIn("rita", "/app/board");
        for (String path : new String[]{"/logout", "/app/logout"}) {
            Response answer = rita.withoutCsrfToken().get(path);
            assertThat(answer.statusCode()).as("GET %s", path).isBetween(400, 499);
            assertThat(String.valueOf(answer.header("Location"))).as("GET %s", path).doesNotContain(END_SESSION);
            assertThat(answer.headers().getValues("Set-Cookie")).as("GET %s", path)
                    .noneMatch(cookie -> cookie.startsWith("q_session"));
        }
        rita.request().get("/app/board").then().statusCode(200);
    }

    @Test
    void aPostWithoutTheCsrfTokenSignsNobodyOut() {
        SignedInForms rita = SignedInForms.signIn("rita", "/app/board");
        Response answer = rita.withoutCsrfToken().post("/app/logout");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("q_session"));
        rita.request().get("/app/board").then().statusCode(200);
    }

    @Test
    void theHeadersSignOutButtonPostsTheTokenAndEndsTheKeycloakSession() {
        SignedInForms rita = SignedInForms.signIn("rita", "/app/board");
        String board = rita.request().get("/app/board").then().statusCode(200).extract().asString();
        Element form = Jsoup.parse(board).selectFirst("header form[method=post][action=/app/logout]");
        assertThat(form).as("a sign-out form in the page header").isNotNull();
        assertThat(form.select("input[type=hidden][name=" + CsrfToken.FIELD + "]")).hasSize(1);
        assertThat(form.select("button")).hasSize(1);

        Response answer = rita.request().post("/app/logout");
        assertThat(answer.statusCode()).isEqualTo(303);
        answer.then().header("Location", containsString(END_SESSION))
                .header("Location", containsString("post_logout_redirect_uri="))
                .header("Location", containsString("id_token_hint="));
        assertThat(answer.headers().getValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("q_session")
                && cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0"));
    }
}
