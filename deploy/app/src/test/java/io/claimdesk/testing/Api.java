package io.claimdesk.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The workflow's HTTP calls as test steps, each made with a real token of the named demo user. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Submits the sample article as the given user and returns the created article. */
    public static JsonPath submitSample(String username) {
        return as(username).body(Map.of("title", SampleArticle.TITLE, "text", SampleArticle.text(), "language", "fr"))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    /** The id of the article's first claim whose text contains the fragment. */
    public static long claimContaining(JsonPath article, String fragment) {
        List<Map<String, Object>> claims = article.getList("claims");
        return claims.stream()
                .filter(c -> ((String) c.get("text")).contains(fragment))
                .map(c -> ((Number) c.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains '" + fragment + "' in " + claims));
    }

    public static Response assign(long claimId, String reviewer, String asUser) {
        return as(asUser).body(reviewer == null ? Map.of() : Map.of("reviewer", reviewer))
                .post("/api/v1/claims/{id}/assign", claimId);
    }

    public static Response verdict(long claimId, String rating, String asUser) {
        return as(asUser)
                .body(Map.of("rating", rating,
                        "explanation", "Les sources officielles contredisent cette affirmation.",
                        "sources", List.of("https://www.example.org/source-officielle")))
                .post("/api/v1/claims/{id}/verdict", claimId);
    }

    public static Response approve(long claimId, String asUser) {
        return as(asUser).body(Map.of("comment", "Vérifié deux fois.")).post("/api/v1/claims/{id}/approve", claimId);
    }

    public static Response reject(long claimId, String reason, String asUser) {
        return as(asUser).body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/claims/{id}/reject", claimId);
    }

    /** Walks a claim of a fresh sample article to AWAITING_APPROVAL with the given reviewer's verdict. */
    public static long claimAwaitingApproval(String fragment, String reviewer) {
        long claimId = claimContaining(submitSample("edith"), fragment);
        assign(claimId, reviewer, "edith").then().statusCode(200);
        verdict(claimId, "FALSE", reviewer).then().statusCode(200);
        return claimId;
    }

    /** Waits until the public search for the query lists the claim's verdict. */
    public static void awaitSearchable(String query, long claimId, Duration within) {
        Eventually.within(within, () -> assertThat(given().queryParam("q", query).get("/api/public/v1/verdicts")
                .then().statusCode(200).extract().jsonPath().getList("items.claimId", Long.class))
                .as("the public search for '%s'", query).contains(claimId));
    }

    /** Submits a French article as edith and returns it with its claims. */
    public static JsonPath submitArticle(String title, String text) {
        return as("edith").body(Map.of("title", title, "text", text, "language", "fr"))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath();
    }

    /** The claim's matches once the background matcher has taken it off its queue. */
    public static List<Map<String, Object>> awaitMatches(long claimId, Duration within) {
        AtomicReference<JsonPath> matched = new AtomicReference<>();
        Eventually.within(within, () -> {
            JsonPath body = as("edith").get("/api/v1/claims/{id}/matches", claimId).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(body.getBoolean("pending")).as("claim %d still queued for matching", claimId).isFalse();
            matched.set(body);
        });
        return matched.get().getList("matches");
    }
}
