package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client of the Claimdesk API for the command line, logged in with a Keycloak password grant. */
final class ClaimdeskClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI app;
    private final String token;

    private ClaimdeskClient(HttpClient http, URI app, String token) {
        this.http = http;
        this.app = app;
        this.token = token;
    }

    /** Logs in through the realm's public CLI client with the password grant. */
    static ClaimdeskClient login(URI app, String realmUrl, String username, String password)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String form = "grant_type=password&client_id=claimdesk-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = http.send(HttpRequest
                .newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode token = response.statusCode() == 200 ? JSON.readTree(response.body()).get("access_token") : null;
        if (token == null) {
            throw new IOException("Keycloak gave no token for " + username + ": HTTP " + response.statusCode());
        }
        return new ClaimdeskClient(http, app, token.asText());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, TIMEOUT);
    }

    HttpResponse<String> post(String path, Object body, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(app.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
