package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where the dev realm's web client may send a browser back after a login: the ports of the applications running on
 * this stack, and no other. Set through Keycloak's admin API each time an application is about to start, since the
 * tests' applications take ports of their own and the realm is imported once (and kept in a cached seed). With
 * {@code http://localhost:*} any program listening on another port of the machine could receive a login's
 * authorization code.
 */
final class WebLoginRedirects {

    static final String CLIENT_ID = "claimdesk-web";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Set<Integer> ports = new TreeSet<>();

    WebLoginRedirects(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Adds the application on {@code port} (on localhost and 127.0.0.1) to the web client's redirect URIs. */
    synchronized void allow(int port) {
        ports.add(port);
        String token = adminToken();
        String clients = keycloak.url() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        JsonNode found = read(send(authorized(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID)),
                token).GET().build(), 200));
        if (found.size() != 1) {
            throw new IllegalStateException("the realm " + KeycloakServer.REALM + " has no client " + CLIENT_ID);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        client.set("redirectUris", uris());
        send(authorized(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText())), token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build(), 204);
    }

    /** The redirect URIs for the ports allowed so far. */
    ArrayNode uris() {
        ArrayNode uris = JSON.createArrayNode();
        for (int port : ports) {
            for (String host : List.of("localhost", "127.0.0.1")) {
                uris.add("http://" + host + ":" + port + "/*");
            }
        }
        return uris;
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakServer.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(KeycloakServer.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.url()
                + "/realms/master/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(send(request, 200)).path("access_token").asText();
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return request.timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Keycloak at " + keycloak.url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Keycloak", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's answer is not JSON: " + json, e);
        }
    }
}
