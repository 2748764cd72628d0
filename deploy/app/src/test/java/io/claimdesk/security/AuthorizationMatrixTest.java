package io.claimdesk.security;

import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.submitSample;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.KeycloakServer;
import io.claimdesk.testing.KeycloakAdmin;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.PageSession;
import io.claimdesk.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every endpoint of the OpenAPI document × every kind of caller, against the policy table
 * {@code security/endpoint-policy.txt}: a new endpoint without a row, or a row without an endpoint, fails the build.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AuthorizationMatrixTest {

    private static final String POLICY = "/security/endpoint-policy.txt";
    private static final String OTHER_REALM = "other";
    private static final String SHORT_LIVED_CLIENT = "claimdesk-matrix-short-lived";
    private static final long UNKNOWN_ID = 987_654_321L;
    /** Flag of a row whose endpoint validates the body before the role check (see the policy file). */
    private static final String BODY_FIRST = "body-first";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The callers of the matrix; the roles are those of the demo realm's users. */
    enum Principal {

        ANONYMOUS(Set.of()), REVIEWER_RITA(Set.of("user", "reviewer")), EDITOR_EDITH(
                Set.of("user", "editor")), ADMIN_ADAM(Set.of("user", "admin", "editor", "reviewer")), EXPIRED_TOKEN(
                        Set.of()), OTHER_REALM_TOKEN(Set.of());

        final Set<String> roles;

        Principal(Set<String> roles) {
            this.roles = roles;
        }

        boolean signedIn() {
            return !roles.isEmpty();
        }

        boolean presentsBadToken() {
            return this == EXPIRED_TOKEN || this == OTHER_REALM_TOKEN;
        }
    }

    record Endpoint(String method, String path) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean isPage() {
            return path.equals("/app") || path.startsWith("/app/");
        }

        boolean isStream() {
            return path.endsWith("/events");
        }

        /** Signing out ends the callers' page sessions: it is called last. */
        boolean endsSession() {
            return path.equals("/app/logout");
        }
    }

    @TestHTTPResource("/")
    URL app;

    @AfterAll
    static void removeTheExtraRealmAndClient() {
        KeycloakAdmin.deleteRealm(OTHER_REALM);
        KeycloakAdmin.deleteClient(KeycloakServer.REALM, SHORT_LIVED_CLIENT);
    }

    @Test
    void everyOpenApiEndpointHasExactlyOnePolicyRowAndEveryRowAnEndpoint() {
        assertPolicyCoversOpenApi(policy(), openApiEndpoints());
    }

    @Test
    void everyCallerGetsWhatThePolicyAllows() throws Exception {
        Map<Endpoint, Set<String>> policy = policy();
        Set<Endpoint> endpoints = openApiEndpoints();
        assertPolicyCoversOpenApi(policy, endpoints);

        // The claim and article every {id} points at: the test's own, kept DISCARDED between rows so that allowed
        // callers meet a conflict (nothing changes) and callers without the role a refusal.
        JsonPath article = submitSample("edith");
        long articleId = article.getLong("id");
        long claimId = article.getLong("claims[0].id");

        Map<Principal, Caller> callers = callers();
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Set<String> who = policy.get(endpoint);
            StringBuilder line = new StringBuilder(String.format("%-52s %-24s", endpoint, String.join(" ", who)));
            for (Principal principal : Principal.values()) {
                keepDiscarded(claimId);
                String path = endpoint.path().replace("{matchId}", String.valueOf(UNKNOWN_ID))
                        .replace("{claimId}", String.valueOf(claimId))
                        .replace("{id}", String.valueOf(endpoint.path().contains("/articles/") ? articleId : claimId));
                Answer answer = callers.get(principal).call(endpoint, path);
                String refusal = refusal(endpoint, who, principal, answer);
                line.append(String.format(" %s=%d%s", principal.name().toLowerCase(), answer.status,
                        refusal == null ? "" : "!"));
                if (refusal != null) {
                    failures.add(endpoint + " as " + principal + ": " + refusal);
                }
            }
            report.add(line.toString());
        }
        System.out.println("Authorization matrix (! = against the policy):\n" + String.join("\n", report));
        assertThat(failures).as("answers against the policy table " + POLICY).isEmpty();
    }

    /** Null when the answer fits the policy, else what is wrong with it. */
    private static String refusal(Endpoint endpoint, Set<String> who, Principal principal, Answer answer) {
        if (answer.status >= 500) {
            return "server error " + answer.status;
        }
        boolean allowed = who.contains("anyone") && !principal.presentsBadToken()
                || principal.roles.stream().anyMatch(who::contains);
        boolean loginRedirect = answer.status == 302 && answer.location != null
                && answer.location.contains("/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/auth");
        if (allowed) {
            return answer.status == 401 || answer.status == 403 || loginRedirect
                    ? "refused with " + answer.status + " though the policy allows " + who
                    : null;
        }
        int expected = principal.signedIn() ? 403 : 401;
        if (principal.signedIn() && who.contains(BODY_FIRST) && answer.status == 400) {
            return null;
        }
        if (!principal.signedIn() && endpoint.isPage()) {
            return loginRedirect ? null : "expected a redirect to Keycloak's login, got " + answer.status;
        }
        return answer.status == expected ? null : "expected " + expected + ", got " + answer.status;
    }

    private static void keepDiscarded(long claimId) {
        String status = as("edith").get("/api/v1/claims/{id}", claimId).then().statusCode(200).extract()
                .path("status");
        if (!"DISCARDED".equals(status)) {
            as("edith").body(Map.of("reason", "Kept discarded by the authorization matrix."))
                    .post("/api/v1/claims/{id}/discard", claimId).then().statusCode(200);
        }
    }

    private Map<Principal, Caller> callers() throws InterruptedException {
        URI base = URI.create(app.toString());
        KeycloakAdmin.createRealmWithUsers(OTHER_REALM, List.of("edith", "rita", "adam"));
        KeycloakAdmin.createShortLivedClient(KeycloakServer.REALM, SHORT_LIVED_CLIENT, 1);
        String expired = KeycloakAdmin.token(KeycloakServer.REALM, SHORT_LIVED_CLIENT, "edith");
        waitUntilExpired(expired);

        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Principal, Caller> callers = new EnumMap<>(Principal.class);
        callers.put(Principal.ANONYMOUS, new Caller(base, plain, null, null, null));
        callers.put(Principal.EXPIRED_TOKEN, new Caller(base, plain, expired, null, null));
        callers.put(Principal.OTHER_REALM_TOKEN,
                new Caller(base, plain, KeycloakAdmin.token(OTHER_REALM, "claimdesk-cli", "edith"), null, null));
        callers.put(Principal.REVIEWER_RITA, Caller.signedIn(base, "rita"));
        callers.put(Principal.EDITOR_EDITH, Caller.signedIn(base, "edith"));
        callers.put(Principal.ADMIN_ADAM, Caller.signedIn(base, "adam"));
        return callers;
    }

    /** Waits (a few seconds) until the token's exp has passed, with a second's margin for clock rounding. */
    private static void waitUntilExpired(String token) throws InterruptedException {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Instant expiry = Instant.ofEpochSecond(JsonPath.from(payload).getLong("exp")).plusSeconds(1);
        assertThat(Duration.between(Instant.now(), expiry)).as("the short-lived token's remaining life")
                .isLessThan(Duration.ofSeconds(10));
        while (Instant.now().isBefore(expiry)) {
            Thread.sleep(200);
        }
    }

    /** One kind of caller: a bearer token for the API, a page session (cookie and CSRF token) for the pages. */
    record Caller(URI base, HttpClient client, String bearer, HttpClient pageClient, String csrf) {

        static Caller signedIn(URI base, String username) {
            PageSession session = PageSession.login(base, username);
            return new Caller(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build(), Tokens.of(username),
                    session.client(), session.csrfToken());
        }

        Answer call(Endpoint endpoint, String path) throws InterruptedException {
            boolean page = endpoint.isPage() && pageClient != null;
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            if (bearer != null && !page) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (endpoint.isStream()) {
                request.header("Accept", "text/event-stream");
            }
            boolean hasBody = !endpoint.method().equals("GET");
            if (endpoint.path().startsWith("/api/")) {
                request.header("Content-Type", "application/json");
                request.method(endpoint.method(),
                        hasBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
            } else {
                if (csrf != null) {
                    request.header("X-CSRF-Token", csrf);
                }
                request.header("Content-Type", "application/x-www-form-urlencoded");
                request.method(endpoint.method(),
                        hasBody ? HttpRequest.BodyPublishers.ofString("") : HttpRequest.BodyPublishers.noBody());
            }
            try {
                // A stream (server-sent events) never ends: the status and headers are the answer.
                HttpResponse<InputStream> response = (page ? pageClient : client).send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (!endpoint.isStream()) {
                        body.readAllBytes();
                    }
                }
                return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(endpoint + " " + path, e);
            }
        }
    }

    record Answer(int status, String location) {
    }

    private static void assertPolicyCoversOpenApi(Map<Endpoint, Set<String>> policy, Set<Endpoint> endpoints) {
        Set<Endpoint> withoutRow = new LinkedHashSet<>(endpoints);
        withoutRow.removeAll(policy.keySet());
        Set<Endpoint> withoutEndpoint = new LinkedHashSet<>(policy.keySet());
        withoutEndpoint.removeAll(endpoints);
        assertThat(withoutRow).as("endpoints of the OpenAPI document without a row in " + POLICY).isEmpty();
        assertThat(withoutEndpoint).as("rows of " + POLICY + " naming no endpoint of the OpenAPI document").isEmpty();
    }

    /** Method and path template of every operation of the running application's OpenAPI document. */
    private static Set<Endpoint> openApiEndpoints() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::endsSession)
                .thenComparing(Endpoint::toString));
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> endpoints.add(new Endpoint(method.toUpperCase(), path))));
        assertThat(endpoints).as("the OpenAPI document's operations").hasSizeGreaterThan(20);
        return endpoints;
    }

    /** The policy table: method and path template → who may call it. */
    static Map<Endpoint, Set<String>> policy() {
        Map<Endpoint, Set<String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(POLICY)) {
            assertThat(in).as(POLICY).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\\s+");
                assertThat(cells).as("row '%s': method, path, who", row).hasSizeGreaterThanOrEqualTo(3);
                Set<String> who = new LinkedHashSet<>(List.of(cells).subList(2, cells.length));
                assertThat(who).as("who in row '%s'", row).isSubsetOf("anyone", "user", "reviewer", "editor",
                        "admin", BODY_FIRST);
                Endpoint endpoint = new Endpoint(cells[0], cells[1]);
                assertThat(rows.put(endpoint, who)).as("second row for %s", endpoint).isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
