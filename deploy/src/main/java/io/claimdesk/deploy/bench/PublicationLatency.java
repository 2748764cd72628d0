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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Approval → searchable: approves claims through the API at a fixed rate and, for each, polls the public search for a
 * word only its verdict's explanation holds until it is found; the latency runs from the approve answer to the first
 * search that finds it.
 */
final class PublicationLatency {

    static final Duration POLL_EVERY = Duration.ofMillis(20);
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private static final int PREPARING_THREADS = 4;
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

    /** Approves the prepared claims at {@code perSecond} and measures each one's way to the search results. */
    LoadResult measure(List<Long> claims, double perSecond) throws InterruptedException {
        // One thread per claim being polled: each waits at most GIVE_UP_AFTER.
        int threads = (int) Math.min(claims.size(), Math.ceil(perSecond * GIVE_UP_AFTER.toSeconds()) + 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ClosedLoop.Tally> tallies = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < claims.size(); i++) {
                long wait = OpenLoop.dueAt(start, i, perSecond) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long claim = claims.get(i);
                ClosedLoop.Tally tally = new ClosedLoop.Tally();
                tallies.add(tally);
                running.add(pool.submit(() -> {
                    approveAndFind(claim, tally);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an approval stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        return LoadResult.of(threads, System.nanoTime() - start, tallies);
    }

    private void approveAndFind(long claim, ClosedLoop.Tally tally) throws InterruptedException {
        int status;
        try {
            status = post(claim, ReviewCycle.APPROVE, WorkflowLoad.EDITOR, Map.of("comment", "Banc d'essai."));
        } catch (IOException e) {
            tally.failed("approve: I/O error " + e.getClass().getSimpleName(), true);
            return;
        }
        if (status / 100 != 2) {
            tally.failed("approve: HTTP " + status, status >= 500);
            return;
        }
        long approved = System.nanoTime();
        HttpRequest search = HttpRequest.newBuilder(app.resolve("/api/public/v1/verdicts?size=1&q="
                + marker(claim))).timeout(OpenLoop.TIMEOUT).header("Accept", "application/json").GET().build();
        while (System.nanoTime() - approved < GIVE_UP_AFTER.toNanos()) {
            long asked = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && JSON.readTree(response.body()).path("total").asLong() > 0) {
                    tally.succeeded("approval to searchable", System.nanoTime() - approved);
                    return;
                }
                if (response.statusCode() != 200) {
                    tally.failed("search: HTTP " + response.statusCode(), response.statusCode() >= 500);
                    return;
                }
            } catch (IOException e) {
                tally.failed("search: I/O error " + e.getClass().getSimpleName(), true);
                return;
            }
            long sleep = asked + POLL_EVERY.toNanos() - System.nanoTime();
            if (sleep > 0) {
                LockSupport.parkNanos(sleep);
            }
        }
        tally.failed("not searchable after " + GIVE_UP_AFTER.toSeconds() + " s", true);
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
