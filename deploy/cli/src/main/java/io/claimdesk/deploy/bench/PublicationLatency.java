package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.workflow.publication.VerdictQuery;

/**
 * Approval → searchable: approves claims through the API at a fixed rate and polls the public search for words only
 * their verdicts' explanations hold; each latency runs from the approve answer to the first search that finds it.
 */
final class PublicationLatency {

    static final Duration POLL_EVERY = Duration.ofMillis(20);
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private static final int PREPARING_THREADS = 4;
    private static final int APPROVING_THREADS = 4;
    /** Markers of 12 to 15 characters: 30 of them stay under the search text's limit of 500 characters. */
    static final int MARKERS_PER_SEARCH = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkflowLoad workflow;
    private final URI app;
    private final HttpClient http = WorkflowLoad.newHttpClient();

    PublicationLatency(WorkflowLoad workflow, URI app) {
        this.workflow = workflow;
        this.app = app;
    }

    /** The word that marks the verdict of a claim: letters only, so the standard analyzer keeps it whole. */
    static String marker(long claimId) {
        StringBuilder letters = new StringBuilder();
        long rest = claimId;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return "sondebanc" + letters;
    }

    /** Assigns each claim and gives it a marked verdict, ready to approve. */
    void prepare(List<Long> claims) throws InterruptedException, IOException {
        ExecutorService threads = Executors.newFixedThreadPool(PREPARING_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                long claim = claims.get(i);
                String reviewer = WorkflowLoad.REVIEWERS.get(i % WorkflowLoad.REVIEWERS.size());
                done.add(threads.submit(() -> {
                    post(claim, ReviewCycle.ASSIGN, WorkflowLoad.EDITOR, Map.of("reviewer", reviewer));
                    post(claim, ReviewCycle.VERDICT, reviewer, Map.of("rating", "MISLEADING",
                            "explanation", "Vérification du banc d'essai, repère " + marker(claim) + ".",
                            "sources", List.of("https://www.example.org/banc/" + claim)));
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("preparing the claims failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Approves the prepared claims at {@code perSecond} and measures each one's way to the search results. One poller
     * searches for the markers of every claim still pending in one query: the polling load stays one search per
     * {@link #POLL_EVERY} (per {@value #MARKERS_PER_SEARCH} pending claims) however many claims wait.
     */
    LoadResult measure(List<Long> claims, double perSecond) throws InterruptedException, IOException {
        ClosedLoop.Tally tally = new ClosedLoop.Tally();
        Map<Long, Long> pending = new ConcurrentHashMap<>();
        ExecutorService approvers = Executors.newFixedThreadPool(APPROVING_THREADS);
        long start = System.nanoTime();
        List<Future<?>> approved = new ArrayList<>();
        try {
            for (int i = 0; i < claims.size(); i++) {
                long due = OpenLoop.dueAt(start, i, perSecond);
                long claim = claims.get(i);
                approved.add(approvers.submit(() -> {
                    LockSupport.parkNanos(due - System.nanoTime());
                    approve(claim, tally, pending);
                    return null;
                }));
            }
            int peak = 0;
            while (!pending.isEmpty() || approved.stream().anyMatch(f -> !f.isDone())) {
                long tick = System.nanoTime();
                peak = Math.max(peak, pending.size());
                poll(pending, tally);
                long sleep = tick + POLL_EVERY.toNanos() - System.nanoTime();
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep);
                }
            }
            for (Future<?> future : approved) {
                future.get();
            }
            return LoadResult.of(peak, System.nanoTime() - start, List.of(tally));
        } catch (ExecutionException e) {
            throw new IllegalStateException("an approval stopped: " + e.getCause(), e.getCause());
        } finally {
            approvers.shutdownNow();
        }
    }

    private void approve(long claim, ClosedLoop.Tally tally, Map<Long, Long> pending) throws InterruptedException {
        int status;
        try {
            status = post(claim, ReviewCycle.APPROVE, WorkflowLoad.EDITOR, Map.of("comment", "Banc d'essai."));
        } catch (IOException e) {
            synchronized (tally) {
                tally.failed("approve: I/O error " + e.getClass().getSimpleName(), true);
            }
            return;
        }
        if (status / 100 == 2) {
            pending.put(claim, System.nanoTime());
        } else {
            synchronized (tally) {
                tally.failed("approve: HTTP " + status, status >= 500);
            }
        }
    }

    // One search per MARKERS_PER_SEARCH pending claims; the found ones leave pending with their latency.
    private void poll(Map<Long, Long> pending, ClosedLoop.Tally tally) throws InterruptedException, IOException {
        List<Long> waiting = new ArrayList<>(pending.keySet());
        for (int from = 0; from < waiting.size(); from += MARKERS_PER_SEARCH) {
            List<Long> batch = waiting.subList(from, Math.min(waiting.size(), from + MARKERS_PER_SEARCH));
            String text = batch.stream().map(PublicationLatency::marker).collect(Collectors.joining(" "));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.resolve(
                    "/api/public/v1/verdicts?size=" + VerdictQuery.MAX_SIZE + "&q=" + DirectElasticsearch.encode(
                            text)))
                    .timeout(OpenLoop.TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            synchronized (tally) {
                if (response.statusCode() != 200) {
                    tally.failed("search: HTTP " + response.statusCode(), response.statusCode() >= 500);
                } else {
                    for (JsonNode item : JSON.readTree(response.body()).path("items")) {
                        Long approvedAt = pending.remove(item.path("claimId").asLong());
                        if (approvedAt != null) {
                            tally.succeeded("approval to searchable", answered - approvedAt);
                        }
                    }
                }
                for (long claim : batch) {
                    Long approvedAt = pending.get(claim);
                    if (approvedAt != null && answered - approvedAt > GIVE_UP_AFTER.toNanos()) {
                        pending.remove(claim);
                        tally.failed("not searchable after " + GIVE_UP_AFTER.toSeconds() + " s", true);
                    }
                }
            }
        }
    }

    private int post(long claim, ReviewCycle step, String user, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(workflow.request("/api/v1/claims/" + claim + "/" + step.path(),
                user, JSON.writeValueAsString(body)), HttpResponse.BodyHandlers.ofString());
        if (step != ReviewCycle.APPROVE && response.statusCode() / 100 != 2) {
            throw new IOException(step.path() + " of claim " + claim + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.statusCode();
    }
}
