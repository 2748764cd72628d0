package io.claimdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.ElasticsearchServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * One node of a three-node Elasticsearch cluster killed with SIGKILL under load: the node holding the verdict index's
 * primary shard dies while approvals are indexed and the public search is read; its replica on another node takes
 * over, so searches keep answering, no approval is lost and the index converges to PostgreSQL. Runs on a stack of its
 * own with the packaged application (target/quarkus-app), since every Quarkus test shares one single-node stack.
 */
class ElasticsearchNodeKillIT {

    static final int NODES = 3;
    /** One copy of each shard on another node: enough to lose any one node. Override to show what 0 does. */
    static final int REPLICAS = Integer.parseInt(StackConfig.setting("CLAIMDESK_IT_INDEX_REPLICAS", "1"));
    /**
     * The longest stretch public searches may fail (a 503, or no answer) while a node dies: the time the client and the
     * cluster take to notice a dead node and turn to the copy on another one. Longer means the cluster did not keep
     * search up.
     */
    static final Duration ALLOWED_SEARCH_OUTAGE = Duration.ofSeconds(3);
    private static final String ALIAS = "claimdesk-verdicts";
    private static final Duration GREEN_LIMIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static PackagedApplication running;
    private static LocalStack stack;
    private static ApplicationServer app;

    @BeforeAll
    static void startClusterAndApplication() {
        running = PackagedApplication.start(StackConfig.forTests(NODES),
                Map.of("claimdesk.index.replicas", String.valueOf(REPLICAS)));
        stack = running.stack();
        app = running.app();
    }

    @AfterAll
    static void stopEverything() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void losingTheNodeWithThePrimaryShardLosesNoApprovalAndSearchKeepsAnswering() throws Exception {
        ElasticsearchServer survivor = stack.elasticsearch();
        awaitHealth(survivor, REPLICAS > 0 ? "green" : "yellow");
        String primaryNode = primaryShardNode(survivor);
        String master = electedMaster(survivor);
        ElasticsearchServer victim = stack.elasticsearchNodes().stream()
                .filter(node -> node.nodeName().equals(primaryNode)).findFirst().orElseThrow();
        if (victim == survivor) {
            survivor = stack.elasticsearchNodes().get(1);
        }

        ReviewLoad load = new FaultDrill("elasticsearch-node-kill", URI.create(app.url()), stack, victim).run();

        Instant restartedAt = Instant.now();
        awaitHealth(survivor, REPLICAS > 0 ? "green" : "yellow");
        Duration greenAfter = Duration.between(restartedAt, Instant.now());
        // Searches only: permalinks are read from PostgreSQL, and their successes would hide failed searches.
        List<ReviewLoad.Answer> searches = load.answers().stream().filter(a -> a.step().equals("search"))
                .sorted(Comparator.comparing(ReviewLoad.Answer::at)).toList();
        List<ReviewLoad.Answer> failedSearches = searches.stream().filter(ElasticsearchNodeKillIT::failed).toList();
        Duration outage = longestOutage(searches);
        long searchesWhileDown = searches.stream().filter(a -> a.status() == 200
                && (a.phase().equals("down") || a.phase().equals("restarting"))).count();
        report(victim, primaryNode.equals(master), searches.size(), failedSearches, outage, searchesWhileDown,
                greenAfter);

        assertThat(outage).as("the longest stretch of failed public searches (503 or no answer) around the kill of %s,"
                + " allowed up to %s s; failed searches: %s", victim.name(), ALLOWED_SEARCH_OUTAGE.toSeconds(),
                failedSearches).isLessThanOrEqualTo(ALLOWED_SEARCH_OUTAGE);
        assertThat(searchesWhileDown).as("searches answered 200 while %s was down or restarting", victim.name())
                .isPositive();
    }

    /** A search the reader did not get: a 5xx or no answer at all. */
    private static boolean failed(ReviewLoad.Answer answer) {
        return answer.status() == 0 || answer.status() >= 500;
    }

    /** From the first failed search of a run of failures to the next search that worked (or the last failure). */
    static Duration longestOutage(List<ReviewLoad.Answer> searches) {
        Duration longest = Duration.ZERO;
        Instant firstFailure = null;
        Instant lastFailure = null;
        for (ReviewLoad.Answer search : searches) {
            if (failed(search)) {
                firstFailure = firstFailure == null ? search.at() : firstFailure;
                lastFailure = search.at();
            } else if (firstFailure != null) {
                longest = max(longest, Duration.between(firstFailure, search.at()));
                firstFailure = null;
            }
        }
        return firstFailure == null ? longest : max(longest, Duration.between(firstFailure, lastFailure));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void report(ElasticsearchServer victim, boolean victimWasMaster, int searches,
            List<ReviewLoad.Answer> failedSearches, Duration outage, long searchesWhileDown, Duration greenAfter)
            throws IOException {
        String text = String.join(System.lineSeparator(),
                "three-node cluster, index with " + REPLICAS + " replica(s): SIGKILL of " + victim.name() + " ("
                        + victim.nodeName() + ", holding the primary shard" + (victimWasMaster
                                ? ", and the elected master)"
                                : "; not the elected master)"),
                "public searches " + searches + ", failed (5xx or no answer) " + failedSearches.size()
                        + ", longest stretch of failed searches " + seconds(outage) + " s (allowed "
                        + ALLOWED_SEARCH_OUTAGE.toSeconds() + " s)",
                "searches answered 200 while the node was down or restarting: " + searchesWhileDown,
                "cluster " + (REPLICAS > 0 ? "green" : "yellow") + " again " + seconds(greenAfter)
                        + " s after the drill ended",
                "failed searches: " + failedSearches);
        System.out.println(text);
        Path file = Path.of("target", "faults", "elasticsearch-node-kill-searches.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static void awaitHealth(ElasticsearchServer node, String status) throws Exception {
        Instant deadline = Instant.now().plus(GREEN_LIMIT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = get(node, "/_cluster/health?wait_for_status=" + status
                        + "&timeout=5s");
                last = response.body();
                if (response.statusCode() == 200 && !JSON.readTree(last).path("timed_out").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the cluster was not " + status + " within " + GREEN_LIMIT.toSeconds() + " s: "
                + last);
    }

    private static String primaryShardNode(ElasticsearchServer node) throws Exception {
        List<String> primaries = new ArrayList<>();
        for (JsonNode shard : JSON.readTree(get(node, "/_cat/shards/" + ALIAS + "?format=json&h=prirep,state,node")
                .body())) {
            if (shard.path("prirep").asText().equals("p") && shard.path("state").asText().equals("STARTED")) {
                primaries.add(shard.path("node").asText());
            }
        }
        assertThat(Set.copyOf(primaries)).as("nodes holding a started primary of %s", ALIAS).hasSize(1);
        return primaries.get(0);
    }

    private static String electedMaster(ElasticsearchServer node) throws Exception {
        return JSON.readTree(get(node, "/_cat/master?format=json").body()).path(0).path("node").asText();
    }

    private static HttpResponse<String> get(ElasticsearchServer node, String path)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + node.hostAndPort() + path))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
