package io.claimdesk.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimdesk.deploy.stack.KeycloakServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The test stack's Keycloak through its admin REST API: extra realms, clients and users a test sets up and removes. */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /**
     * Creates (or recreates) a realm holding the given users (password = username) and a public password-grant client
     * {@code claimdesk-cli}, like the real realm's but signed with other keys.
     */
    public static void createRealmWithUsers(String realm, List<String> usernames) {
        deleteRealm(realm);
        List<Map<String, Object>> users = usernames.stream().map(u -> Map.<String, Object>of(
                "username", u, "enabled", true, "emailVerified", true, "email", u + "@" + realm + ".test",
                "firstName", u, "lastName", realm,
                "credentials", List.of(Map.of("type", "password", "value", u, "temporary", false))))
                .toList();
        admin().body(Map.of("realm", realm, "enabled", true, "users", users,
                "clients", List.of(passwordGrantClient("claimdesk-cli", Map.of()))))
                .post("/admin/realms").then().statusCode(201);
    }

    public static void deleteRealm(String realm) {
        admin().delete("/admin/realms/{realm}", realm).then().statusCode(oneOf(204, 404));
    }

    /** Adds a public password-grant client whose access tokens live the given number of seconds. */
    public static void createShortLivedClient(String realm, String clientId, int accessTokenSeconds) {
        deleteClient(realm, clientId);
        admin().body(passwordGrantClient(clientId, Map.of("access.token.lifespan", String.valueOf(accessTokenSeconds))))
                .post("/admin/realms/{realm}/clients", realm).then().statusCode(201);
    }

    public static void deleteClient(String realm, String clientId) {
        List<String> ids = admin().queryParam("clientId", clientId).get("/admin/realms/{realm}/clients", realm)
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        ids.forEach(id -> admin().delete("/admin/realms/{realm}/clients/{id}", realm, id).then().statusCode(204));
    }

    /** Creates a complete user (names and e-mail filled in) with the given password: Keycloak's answer. */
    public static Response createUser(String realm, String username, String password) {
        return admin().body(Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@" + realm + ".test", "firstName", username, "lastName", realm,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/{realm}/users", realm);
    }

    public static void deleteUser(String realm, String username) {
        List<String> ids = admin().queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/{realm}/users", realm)
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        ids.forEach(id -> admin().delete("/admin/realms/{realm}/users/{id}", realm, id).then().statusCode(204));
    }

    /** Keycloak's answer to a password grant, whatever it is. */
    public static Response passwordGrant(String realm, String clientId, String username, String password) {
        return given().baseUri(keycloak().url())
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .post("/realms/{realm}/protocol/openid-connect/token", realm);
    }

    /** An access token for a user (password = username) of any realm, by password grant on the named client. */
    public static String token(String realm, String clientId, String username) {
        return given().baseUri(keycloak().url())
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", username)
                .post("/realms/{realm}/protocol/openid-connect/token", realm)
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Adds a public password-grant client like claimdesk-cli but whose tokens are not meant for the API. */
    public static void createClientWithoutApiAudience(String realm, String clientId) {
        deleteClient(realm, clientId);
        Map<String, Object> client = new HashMap<>(passwordGrantClient(clientId, Map.of()));
        client.remove("protocolMappers");
        admin().body(client).post("/admin/realms/{realm}/clients", realm).then().statusCode(201);
    }

    // Like the realm's claimdesk-cli: its access tokens name the API as their audience.
    private static Map<String, Object> passwordGrantClient(String clientId, Map<String, String> attributes) {
        return Map.of("clientId", clientId, "enabled", true, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "protocol", "openid-connect", "attributes", attributes,
                "protocolMappers", List.of(Map.of("name", "claimdesk-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.custom.audience", "claimdesk-api", "access.token.claim", "true",
                                "id.token.claim", "false"))));
    }

    private static RequestSpecification admin() {
        String token = given().baseUri(keycloak().url())
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USER)
                .formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
        return given().baseUri(keycloak().url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static KeycloakServer keycloak() {
        return LocalStackResource.stack().keycloak();
    }
}
