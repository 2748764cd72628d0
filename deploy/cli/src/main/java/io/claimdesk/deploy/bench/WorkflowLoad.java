package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Concurrent clients walking claims through the {@link ReviewCycle} over the HTTP API with real Keycloak tokens; each
 * client owns its claims, so no two requests ever contend for one claim.
 */
final class WorkflowLoad {

    static final String EDITOR = "edith";
    static final List<String> REVIEWERS = List.of("rita", "remy");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERDICT = """
            {"rating": "FALSE", "explanation": "Les chiffres officiels contredisent cette affirmation.",
             "sources": ["https://www.example.org/source-officielle"]}""";
    private static final String REJECTION = "{\"reason\": \"Sources insuffisantes : citer le rapport original.\"}";
    private static final String APPROVAL = "{\"comment\": \"Vérifié deux fois.\"}";

    /** An access token and when it expires. */
    record Login(String token, Instant expiresAt) {
    }

    private final List<URI> instances;
    private final Map<String, Login> logins;
    private final HttpClient seeding = newHttpClient();

    WorkflowLoad(URI app, Map<String, Login> logins) {
        this(List.of(app), logins);
    }

    /**
     * Load spread over several instances of the application sharing one stack: seeding goes to the first, and the
     * review clients are dealt to the instances in turn.
     */
    WorkflowLoad(List<URI> instances, Map<String, Login> logins) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no application instance to load");
        }
        this.instances = List.copyOf(instances);
        this.logins = logins;
    }

    /** Logs a demo user in (password = user name) by password grant on the realm's public CLI client. */
    static Login login(String realmUrl, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=claimdesk-cli&username=" + encode(username) + "&password="
                + encode(username);
        HttpResponse<String> response = newHttpClient().send(HttpRequest
                .newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak gave no token for " + username + ": HTTP " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Login(body.get("access_token").asText(),
                Instant.now().plusSeconds(body.get("expires_in").asLong()));
    }

    /** Logs in the demo reviewers and the editor, the users every review load acts as. */
    static Map<String, Login> loginAll(String realmUrl) throws IOException, InterruptedException {
        Map<String, Login> logins = new LinkedHashMap<>();
        for (String user : REVIEWERS) {
            logins.put(user, login(realmUrl, user));
        }
        logins.put(EDITOR, login(realmUrl, EDITOR));
        return logins;
    }

    /** The earliest expiry of the tokens held. */
    Instant tokensExpireAt() {
        return logins.values().stream().map(Login::expiresAt).min(Instant::compareTo).orElseThrow();
    }

    /**
     * Submits the article as the editor until at least {@code claims} claims exist, with {@code parallel} submissions
     * at a time; returns the new claims' ids.
     */
    List<Long> seed(String title, String text, int claims, int parallel) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>(submit(title + " 1", text));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the article '" + title + "' gave no claim to review");
        }
        int articles = (claims + ids.size() - 1) / ids.size();
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<List<Long>>> submitted = new ArrayList<>();
            for (int n = 2; n <= articles; n++) {
                String numbered = title + " " + n;
                submitted.add(threads.submit(() -> submit(numbered, text)));
            }
            for (Future<List<Long>> article : submitted) {
                ids.addAll(article.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return ids;
    }

    private List<Long> submit(String title, String text) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("title", title, "text", text, "language", "fr"));
        HttpResponse<String> response = seeding.send(request("/api/v1/articles", EDITOR, body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST /api/v1/articles answered " + response.statusCode() + ": " + response.body());
        }
        List<Long> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("claims").forEach(claim -> ids.add(claim.get("id").asLong()));
        return ids;
    }

    /**
     * One client per claim list, each with its own connection, a reviewer taken in turn from the demo users and an
     * application instance taken in turn.
     */
    List<ClosedLoop.Client> clients(List<List<Long>> claimsPerClient) {
        List<ClosedLoop.Client> clients = new ArrayList<>();
        for (int i = 0; i < claimsPerClient.size(); i++) {
            clients.add(new Reviewing(newHttpClient(), instances.get(i % instances.size()),
                    REVIEWERS.get(i % REVIEWERS.size()), claimsPerClient.get(i)));
        }
        return clients;
    }

    /** Walks its own claims, one after the other, through the cycle; a refused transition abandons the claim. */
    private final class Reviewing implements ClosedLoop.Client {

        private final HttpClient http;
        private final URI instance;
        private final String reviewer;
        private final List<Long> claims;
        private int claim;
        private int position;

        Reviewing(HttpClient http, URI instance, String reviewer, List<Long> claims) {
            this.http = http;
            this.instance = instance;
            this.reviewer = reviewer;
            this.claims = claims;
        }

        @Override
        public void run(ClosedLoop.Bounds bounds, ClosedLoop.Tally tally) throws InterruptedException {
            while (claim < claims.size() && bounds.next()) {
                ReviewCycle step = ReviewCycle.at(position);
                HttpRequest request = transition(claims.get(claim), step);
                long begin = System.nanoTime();
                int status;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    tally.failed("I/O error: " + e.getClass().getSimpleName(), true);
                    nextClaim();
                    continue;
                }
                long nanos = System.nanoTime() - begin;
                if (status / 100 == 2) {
                    tally.succeeded(step.path(), nanos);
                    position++;
                    if (position == ReviewCycle.LENGTH) {
                        nextClaim();
                    }
                } else {
                    tally.failed("HTTP " + status + " on " + step.path(), status >= 500);
                    nextClaim();
                }
            }
        }

        private void nextClaim() {
            claim++;
            position = 0;
        }

        private HttpRequest transition(long claimId, ReviewCycle step) {
            String path = "/api/v1/claims/" + claimId + "/" + step.path();
            return switch (step) {
                case ASSIGN -> request(instance, path, EDITOR, "{\"reviewer\": \"" + reviewer + "\"}");
                case VERDICT -> request(instance, path, reviewer, VERDICT);
                case REJECT -> request(instance, path, EDITOR, REJECTION);
                case APPROVE -> request(instance, path, EDITOR, APPROVAL);
            };
        }
    }

    /** A JSON POST to the (first) application instance as {@code user}, with that user's token. */
    HttpRequest request(String path, String user, String json) {
        return request(instances.get(0), path, user, json);
    }

    private HttpRequest request(URI instance, String path, String user, String json) {
        return HttpRequest.newBuilder(instance.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + logins.get(user).token())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    // HTTP/1.1: the default HTTP/2 would first try an h2c upgrade on plain HTTP.
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
