package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The dev realm sends a login's authorization code back to the running application's own port only: another program
 * listening on another port of this machine cannot ask Keycloak to receive it.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class WebLoginRedirectTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aLoginMayReturnToTheApplicationOnLocalhostAnd127001() {
        for (String host : new String[]{"localhost", "127.0.0.1"}) {
            Response page = askForALoginReturningTo("http://" + host + ":" + app.getPort() + "/app/board");
            assertThat(page.statusCode()).as(host).isEqualTo(200);
            assertThat(page.body().asString()).as(host).contains("kc-form-login");
        }
    }

    @Test
    void aLoginMayNotReturnToAnotherPortOfThisMachine() {
        int otherPort = app.getPort() == 65535 ? app.getPort() - 1 : app.getPort() + 1;
        for (String host : new String[]{"localhost", "127.0.0.1"}) {
            Response page = askForALoginReturningTo("http://" + host + ":" + otherPort + "/app/board");
            assertThat(page.statusCode()).as(host).isEqualTo(400);
            assertThat(page.body().asString()).as(host).contains("redirect_uri").doesNotContain("kc-form-login");
        }
    }

    private static Response askForALoginReturningTo(String redirectUri) {
        return given().redirects().follow(false)
                .queryParam("client_id", "claimdesk-web")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", redirectUri)
                .get(LocalStackResource.stack().keycloak().realmUrl() + "/protocol/openid-connect/auth");
    }
}
