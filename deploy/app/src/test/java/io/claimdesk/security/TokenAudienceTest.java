package io.claimdesk.security;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.KeycloakServer;
import io.claimdesk.testing.KeycloakAdmin;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The API takes only access tokens issued for it: a token another client of the same realm obtained is refused. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class TokenAudienceTest {

    static final String OTHER_CLIENT = "some-other-app";

    @AfterAll
    static void removeClient() {
        KeycloakAdmin.deleteClient(KeycloakServer.REALM, OTHER_CLIENT);
    }

    @Test
    void aTokenOfAnotherClientOfTheRealmGets401() {
        KeycloakAdmin.createClientWithoutApiAudience(KeycloakServer.REALM, OTHER_CLIENT);
        String foreign = KeycloakAdmin.token(KeycloakServer.REALM, OTHER_CLIENT, "edith");

        given().auth().oauth2(foreign).get("/api/v1/reviewers").then().statusCode(401);
        given().auth().oauth2(Tokens.of("edith")).get("/api/v1/reviewers").then().statusCode(200);
    }
}
