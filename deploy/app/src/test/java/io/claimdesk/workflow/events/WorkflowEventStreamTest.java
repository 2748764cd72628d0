package io.claimdesk.workflow.events;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A listener on the server-sent event stream hears a change made by someone else once it is committed. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class WorkflowEventStreamTest {

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Test
    void aCommittedChangeReachesTheEventStream() throws Exception {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("En direct"));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(events.toString()))
                .header("Authorization", "Bearer " + Tokens.of("remy")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        String expected = "\"claimId\":" + claim;
        CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:") && line.contains(expected)) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        as("edith").body(Map.of("reviewer", "rita")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(200);

        String event = heard.get(15, TimeUnit.SECONDS);
        assertThat(event).contains("\"action\":\"ASSIGN\"", "\"toStatus\":\"ASSIGNED\"", "\"actor\":\"edith\"",
                "\"assignee\":\"rita\"");
        response.body().close();
    }
}
