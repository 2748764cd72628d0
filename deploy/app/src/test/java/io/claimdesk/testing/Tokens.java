package io.claimdesk.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test stack's Keycloak, by password grant on the public CLI client. */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user (their password is their username); reused within a test run. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    private static String fetch(String username) {
        return given()
                .baseUri(LocalStackResource.stack().keycloak().realmUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", "claimdesk-cli")
                .formParam("username", username)
                .formParam("password", username)
                .post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
