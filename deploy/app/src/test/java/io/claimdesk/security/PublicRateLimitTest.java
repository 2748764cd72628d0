package io.claimdesk.security;

import static io.claimdesk.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.TrustedProxyProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The public search's per-client token bucket (2 per second, bursts of 5 in this profile); each test is its own client
 * through X-Forwarded-For, which the profile trusts from this machine.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PublicRateLimitTest {

    private static Response search(String client, String path) {
        return given().header("X-Forwarded-For", client).get(path);
    }

    /** Sends requests until the first 429 (at most 30) and returns the statuses seen. */
    private static List<Integer> untilRefused(String client, String path) {
        return answersUntilRefused(client, path).stream().map(Response::statusCode).toList();
    }

    /** The answers to requests sent until the first 429 (at most 30), that one last. */
    private static List<Response> answersUntilRefused(String client, String path) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 30 && (answers.isEmpty() || answers.get(answers.size() - 1).statusCode() != 429); i++) {
            answers.add(search(client, path));
        }
        return answers;
    }

    @Test
    void aClientPastItsBurstGets429WithRetryAfterAndAnExplanation() {
        List<Response> answers = answersUntilRefused("203.0.113.10", "/api/public/v1/verdicts");
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();

        assertThat(statuses).as("answers until refused").contains(429).doesNotContain(500);
        assertThat(statuses.indexOf(429)).as("requests granted before the first refusal")
                .isGreaterThanOrEqualTo(TrustedProxyProfile.BURST);
        // The refusal itself: a second request could already find a token refilled on a slow machine.
        answers.get(answers.size() - 1).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", is("1"))
                .body("status", is(429))
                .body("title", is("Too Many Requests"))
                .body("detail", containsString("at most 2 per second"))
                .body("detail", containsString("Wait 1 s and try again"));
    }

    @Test
    void theClientMaySearchAgainAfterRetryAfter() throws InterruptedException {
        String client = "203.0.113.11";
        List<Response> answers = answersUntilRefused(client, "/api/public/v1/verdicts");
        Response refusal = answers.get(answers.size() - 1);
        assertThat(refusal.statusCode()).isEqualTo(429);
        int retryAfter = Integer.parseInt(refusal.header("Retry-After"));

        Thread.sleep(retryAfter * 1000L + 200);

        search(client, "/api/public/v1/verdicts").then().statusCode(200);
    }

    @Test
    void anotherClientIsNotHeldBack() {
        assertThat(untilRefused("203.0.113.12", "/api/public/v1/verdicts")).contains(429);

        search("203.0.113.13", "/api/public/v1/verdicts").then().statusCode(200);
    }

    @Test
    void theSearchPageTheFeedAndThePermalinksAreLimitedToo() {
        assertThat(untilRefused("203.0.113.14", "/search")).contains(429);
        assertThat(untilRefused("203.0.113.15", "/api/public/v1/verdicts/feed.atom")).contains(429);
        assertThat(untilRefused("203.0.113.19", "/verdicts/1")).contains(429);
    }

    @Test
    void healthIsLimitedLikeThePublicReading() {
        assertThat(untilRefused("203.0.113.20", "/q/health")).contains(429);
        assertThat(untilRefused("203.0.113.21", "/q/health/ready")).contains(429);
    }

    @Test
    void theNewsroomApiIsNotLimited() {
        String client = "203.0.113.16";
        for (int i = 0; i < 3 * TrustedProxyProfile.BURST; i++) {
            as("edith").header("X-Forwarded-For", client).get("/api/v1/reviewers").then().statusCode(200);
        }
    }

    @Test
    void strictTransportSecurityWhenTheTrustedProxyReceivedHttps() {
        given().header("X-Forwarded-For", "203.0.113.17").header("X-Forwarded-Proto", "https").get("/search")
                .then().statusCode(200)
                .header("Strict-Transport-Security", is("max-age=31536000; includeSubDomains"));
        given().header("X-Forwarded-For", "203.0.113.18").get("/search").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
