package io.claimdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.deploy.bench.OutboxDrain;
import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.PageSession;

/**
 * Two application processes (the packaged app, target/quarkus-app) on different ports share one stack, each with review
 * clients approving claims: every verdict is written to the index exactly once (the outbox's SKIP LOCKED drains, woken
 * on both instances), both instances do that work, a board's live events on one instance carry changes made on the
 * other, and a page session begun on one is valid on the other. Then one instance is killed with SIGKILL under load:
 * the other goes on, nothing approved is lost and the index still converges to PostgreSQL.
 */
class TwoInstancesIT {

    private static final int CLIENTS_PER_INSTANCE = 2;
    private static final int APPROVALS_PER_INSTANCE = 12;
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;
    private static ApplicationServer first;
    private static ApplicationServer second;

    @BeforeAll
    static void startStackAndTwoInstances() {
        stack = LocalStack.start(StackConfig.forTests());
        first = new ApplicationServer(stack, PackagedApplication.JAR, PackagedApplication.HEAP, Map.of(), "app-1",
                stack.config().appPort());
        second = new ApplicationServer(stack, PackagedApplication.JAR, PackagedApplication.HEAP, Map.of(), "app-2",
                StackConfig.freePort());
        // Started one after the other: both would run the same Flyway migration at once (it takes a lock, but the
        // machine has 2 cores).
        first.start();
        second.start();
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void eachVerdictIsIndexedOnceAndASurvivingInstanceCarriesOn() throws Exception {
        String realm = stack.keycloak().realmUrl();
        Loads loads = Loads.start(realm);
        ReviewLoad onFirst = loads.onFirst();
        ReviewLoad onSecond = loads.onSecond();
        try {
            Instant start = Instant.now();

            Set<Long> heardOnSecond = liveEventsOn(second, onSecond.token("edith"), onFirst);
            assertThat(heardOnSecond).as("claims changed through app-1 whose events reached app-2's stream")
                    .isNotEmpty();
            aPageSessionFromOneInstanceIsValidOnTheOther();

            await("each instance's clients to have " + APPROVALS_PER_INSTANCE + " approvals",
                    () -> onFirst.successes("approve", start) >= APPROVALS_PER_INSTANCE
                            && onSecond.successes("approve", start) >= APPROVALS_PER_INSTANCE);
        } finally {
            loads.close();
        }
        Set<Long> created = loads.created();
        converges(created);

        Map<String, Long> drainedBy = drainedByInstance();
        long processed = drainedBy.values().stream().mapToLong(Long::longValue).sum();
        JsonNode indexing = indexingStats();
        report("both up", onFirst, onSecond, drainedBy, indexing);
        assertThat(drainedBy).as("outbox entries written to the index, by instance").containsKeys("app-1", "app-2");
        assertThat(indexing.path("index_total").asLong()).as("index operations for %d outbox entries", processed)
                .isEqualTo(processed);
        assertThat(indexing.path("index_failed").asLong()).as("failed (e.g. duplicate) index operations")
                .isZero();
        assertThat(onFirst.unclearErrors()).isEmpty();
        assertThat(onSecond.unclearErrors()).isEmpty();

        killOneUnderLoad(realm);
    }

    private void killOneUnderLoad(String realm) throws Exception {
        Loads loads = Loads.start(realm);
        ReviewLoad onFirst = loads.onFirst();
        ReviewLoad onSecond = loads.onSecond();
        try {
            Instant start = Instant.now();
            await("approvals on both before the kill", () -> onFirst.successes("approve", start) >= 3
                    && onSecond.successes("approve", start) >= 3);
            onFirst.phase("app-1 killed");
            onSecond.phase("app-1 killed");
            first.kill();
            Instant killedAt = Instant.now();
            await("app-2's clients to go on approving", () -> onSecond.successes("approve", killedAt) >= 5);
        } finally {
            loads.close();
        }
        Set<Long> created = loads.created();
        Set<Long> approved = loads.approved();
        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            assertThat(IndexConvergence.publishedInPostgres(db, created).keySet())
                    .as("claims whose approval was answered 200 by either instance, published").containsAll(approved);
        }
        converges(created);
        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            assertThat(ClaimInvariants.violations(db)).as("claims in an impossible state").isEmpty();
        }
        assertThat(onSecond.unclearErrors()).as("app-2's server errors other than clear 503s").isEmpty();
        report("app-1 killed under load", onFirst, onSecond, drainedByInstance(), indexingStats());
    }

    /** The claims of the other load whose changes app-2's event stream carried, listening a few seconds. */
    private static Set<Long> liveEventsOn(ApplicationServer instance, String token, ReviewLoad other)
            throws Exception {
        Set<Long> heard = java.util.concurrent.ConcurrentHashMap.newKeySet();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(instance.url()
                + "/api/v1/events")).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).as("app-2's event stream").isEqualTo(200);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        heard.add(JSON.readTree(line.substring(5)).path("claimId").asLong());
                    }
                }
            } catch (IOException e) {
                // The stream is closed below.
            }
        });
        await("an event of a claim changed through app-1 on app-2's stream",
                () -> other.created().stream().anyMatch(heard::contains));
        reader.cancel(true);
        stream.body().close();
        Set<Long> fromOther = new HashSet<>(heard);
        fromOther.retainAll(other.created());
        return fromOther;
    }

    private static void aPageSessionFromOneInstanceIsValidOnTheOther() throws Exception {
        PageSession session = PageSession.login(URI.create(first.url()), "edith");
        HttpResponse<String> board = session.client().send(HttpRequest.newBuilder(URI.create(second.url()
                + "/app/board")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).as("app-2's board for a session begun on app-1 (not a redirect to login)")
                .isEqualTo(200);
        assertThat(board.body()).contains("board-columns");
    }

    private static void converges(Set<Long> created) {
        Map<Long, Long>[] last = new Map[2];
        await("the index to hold exactly the published claims", () -> {
            try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
                last[0] = IndexConvergence.publishedInPostgres(db, created);
                last[1] = IndexConvergence.indexedInElasticsearch(stack.elasticsearch().hostAndPort(), created);
                return last[0].equals(last[1]) && pendingInOutbox(db) == 0;
            } catch (SQLException | IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static long pendingInOutbox(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM verdict_outbox WHERE processed_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> drainedByInstance() throws SQLException {
        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            return OutboxDrain.byInstance(db);
        }
    }

    /** The verdict index's primary indexing counters, asked of Elasticsearch directly through the alias. */
    private static JsonNode indexingStats() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://" + stack.elasticsearch().hostAndPort() + "/claimdesk-verdicts/_stats/indexing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("index stats: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("_all").path("primaries").path("indexing");
    }

    private static void report(String phase, ReviewLoad onFirst, ReviewLoad onSecond, Map<String, Long> drainedBy,
            JsonNode indexing) throws IOException {
        String text = String.join(System.lineSeparator(),
                "two instances, " + phase + ": approvals answered 200 by app-1 " + onFirst.approved().size()
                        + ", by app-2 " + onSecond.approved().size(),
                "outbox entries written to the index, by instance (all phases so far): " + drainedBy,
                "Elasticsearch primaries: index_total " + indexing.path("index_total").asLong() + ", index_failed "
                        + indexing.path("index_failed").asLong(),
                "app-1's clients: " + ReviewLoad.describe(onFirst.tally()),
                "app-2's clients: " + ReviewLoad.describe(onSecond.tally()));
        System.out.println(text);
        Path file = Path.of("target", "faults", "two-instances.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Review clients on each instance, writing their own claims. */
    private record Loads(ReviewLoad onFirst, ReviewLoad onSecond) implements AutoCloseable {

        static Loads start(String realm) throws IOException, InterruptedException {
            Loads loads = new Loads(new ReviewLoad(URI.create(first.url()), CLIENTS_PER_INSTANCE),
                    new ReviewLoad(URI.create(second.url()), CLIENTS_PER_INSTANCE));
            try {
                loads.onFirst().start(realm);
                loads.onSecond().start(realm);
            } catch (IOException | InterruptedException | RuntimeException e) {
                loads.close();
                throw e;
            }
            return loads;
        }

        Set<Long> created() {
            Set<Long> all = new HashSet<>(onFirst.created());
            all.addAll(onSecond.created());
            return all;
        }

        Set<Long> approved() {
            Set<Long> all = new HashSet<>(onFirst.approved());
            all.addAll(onSecond.approved());
            return all;
        }

        @Override
        public void close() throws InterruptedException {
            onFirst.close();
            onSecond.close();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Eventually.within(LIMIT, () -> assertThat(condition.getAsBoolean()).as(what).isTrue());
    }
}
