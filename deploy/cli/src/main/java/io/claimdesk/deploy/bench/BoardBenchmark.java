package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk bench board [--claims N]}: starts a throwaway stack and the application, puts N claims (1,000 by
 * default) across the workflow's statuses, logs demo users in through the real Keycloak page of a headless Chromium,
 * and reads the browser's own navigation timings for the newsroom's pages; prints them, appends them to
 * docs/benchmarks.md, and stops everything.
 */
public final class BoardBenchmark {

    static final String COMMAND = "./claimdesk bench board";
    static final int DEFAULT_CLAIMS = 1_000;
    static final int LOADS = 10;
    static final int STAGING_CLIENTS = 4;
    static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(60);
    /** Shares of the claims left in each status: the rest stays extracted. */
    static final double ASSIGNED = 0.25;
    static final double AWAITING = 0.15;
    static final double PUBLISHED = 0.15;
    static final double DISCARDED = 0.05;
    private static final String VERDICT = """
            {"rating": "MISLEADING", "explanation": "Le chiffre est exact mais sorti de son contexte.",
             "sources": ["https://www.example.org/rapport"]}""";
    /** What a page's load reports, read from the Navigation Timing entry and the page itself. */
    private static final String TIMINGS = """
            (() => { const n = performance.getEntriesByType('navigation')[0];
              return { ttfb: n.responseStart - n.startTime, html: n.responseEnd - n.startTime,
                       dcl: n.domContentLoadedEventEnd - n.startTime, load: n.loadEventEnd - n.startTime,
                       bytes: n.decodedBodySize, status: n.responseStatus || 0,
                       cards: document.querySelectorAll('[id^="card-"], article.card').length }; })()""";

    /** One page to time, as the user who opens it. */
    record Target(String label, String user, String path) {
    }

    /** One page's timings over its loads, in milliseconds, beside its size. */
    record PageTimings(Target target, int cards, long bytes, LatencyRecorder ttfb, LatencyRecorder html,
            LatencyRecorder domContentLoaded, LatencyRecorder load, double firstLoad) {
    }

    private BoardBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        int claims = DEFAULT_CLAIMS;
        if (args.length == 2 && args[0].equals("--claims") && args[1].matches("\\d{1,6}")) {
            claims = Integer.parseInt(args[1]);
        } else if (args.length > 0) {
            System.err.println("Usage: " + COMMAND + " [--claims N]");
            return 2;
        }
        Path sample = BenchmarkSetup.sample();
        if (!Files.isRegularFile(sample)) {
            System.err.println("No sample article at " + sample + " (set CLAIMDESK_SAMPLE).");
            return 1;
        }
        String chromium = StackConfig.setting("CLAIMDESK_CHROMIUM", HeadlessBrowser.DEFAULT_EXECUTABLE);
        String text = BenchmarkSetup.sampleText();
        try (LocalStack stack = LocalStack.start(StackConfig.forTests())) {
            ApplicationServer app = BenchmarkSetup.startApplication(stack, Map.of());
            Map<String, WorkflowLoad.Login> logins = WorkflowLoad.loginAll(stack.keycloak().realmUrl());
            WorkflowLoad workflow = new WorkflowLoad(URI.create(app.url()), logins);
            StackConsole.say("seeding " + claims + " claims from " + sample.getFileName());
            List<Long> ids = workflow.seed("Tableau chargé", text, claims, STAGING_CLIENTS);
            ids = ids.subList(0, Math.min(claims, ids.size()));
            StackConsole.say("putting the claims across the statuses");
            Map<String, Integer> statuses = stage(workflow, ids);
            long article = articleOf(app.url(), logins.get(WorkflowLoad.EDITOR).token(), ids.get(0));
            List<Target> targets = List.of(
                    new Target("board, every claim", WorkflowLoad.EDITOR, "/app/board"),
                    new Target("board filtered to one article", WorkflowLoad.EDITOR, "/app/board?article=" + article),
                    new Target("article page", WorkflowLoad.EDITOR, "/app/articles/" + article),
                    new Target("approval queue", WorkflowLoad.EDITOR, "/app/approvals"),
                    new Target("my claims (rita)", "rita", "/app/my"),
                    new Target("claim page", "rita", "/app/claims/" + ids.get(0)),
                    new Target("public search, no login", null, "/search?q=Haftar"));
            List<PageTimings> timings = new ArrayList<>();
            String loadBefore = CpuUsage.loadAverage();
            for (String user : new String[]{WorkflowLoad.EDITOR, "rita", null}) {
                try (HeadlessBrowser browser = HeadlessBrowser.start(chromium)) {
                    if (user != null) {
                        logIn(browser, app.url(), user);
                    }
                    for (Target target : targets) {
                        if (java.util.Objects.equals(target.user(), user)) {
                            StackConsole.say("timing " + target.label() + " (" + target.path() + ")");
                            timings.add(time(browser, app.url(), target));
                        }
                    }
                }
            }
            String section = report(ids.size(), statuses, timings)
                    + String.format(Locale.ROOT, "%nLoad average (1, 5, 15 min) when the timing began: %s; when it"
                            + " ended: %s.%n", loadBefore, CpuUsage.loadAverage());
            System.out.print(section);
            BenchmarkReport.append(section);
            return 0;
        } catch (InterruptedException e) {
            return BenchmarkSetup.interrupted();
        }
    }

    /** Walks shares of the claims to each status through the API, a few claims at a time; returns the counts. */
    static Map<String, Integer> stage(WorkflowLoad workflow, List<Long> ids) throws IOException, InterruptedException {
        int n = ids.size();
        int assigned = (int) (n * ASSIGNED);
        int awaiting = (int) (n * AWAITING);
        int published = (int) (n * PUBLISHED);
        int discarded = (int) (n * DISCARDED);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ASSIGNED", assigned);
        counts.put("AWAITING_APPROVAL", awaiting);
        counts.put("PUBLISHED", published);
        counts.put("DISCARDED", discarded);
        counts.put("EXTRACTED", n - assigned - awaiting - published - discarded);
        HttpClient http = WorkflowLoad.newHttpClient();
        ExecutorService threads = Executors.newFixedThreadPool(STAGING_CLIENTS);
        try {
            List<Future<?>> steps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = ids.get(i);
                String reviewer = i % 2 == 0 ? "rita" : "remy";
                int position = i;
                steps.add(threads.submit(() -> {
                    String claim = "/api/v1/claims/" + id + "/";
                    if (position < assigned + awaiting + published) {
                        send(http, workflow.request(claim + "assign", WorkflowLoad.EDITOR,
                                "{\"reviewer\": \"" + reviewer + "\"}"));
                    }
                    if (position >= assigned && position < assigned + awaiting + published) {
                        send(http, workflow.request(claim + "verdict", reviewer, VERDICT));
                    }
                    if (position >= assigned + awaiting && position < assigned + awaiting + published) {
                        send(http, workflow.request(claim + "approve", WorkflowLoad.EDITOR, "{}"));
                    }
                    if (position >= assigned + awaiting + published
                            && position < assigned + awaiting + published + discarded) {
                        send(http, workflow.request(claim + "discard", WorkflowLoad.EDITOR,
                                "{\"reason\": \"Doublon.\"}"));
                    }
                    return null;
                }));
            }
            for (Future<?> step : steps) {
                step.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("staging the claims failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return counts;
    }

    private static void send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static long articleOf(String app, String token, long claimId) throws IOException, InterruptedException {
        HttpResponse<String> response = WorkflowLoad.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(app + "/api/v1/claims/" + claimId)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode claim = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        return claim.path("articleId").asLong();
    }

    /** Through Keycloak's own login page, as a person would (the demo users' password is their name). */
    private static void logIn(HeadlessBrowser browser, String app, String user)
            throws IOException, InterruptedException {
        browser.open(app + "/app/board");
        browser.awaitTrue("!!document.getElementById('kc-login')", LOGIN_TIMEOUT);
        browser.evaluate("document.getElementById('username').value = '" + user + "';"
                + " document.getElementById('password').value = '" + user + "';"
                + " document.getElementById('kc-login').click(); true");
        browser.awaitTrue("location.href.startsWith('" + app + "/app/board') && document.readyState === 'complete'",
                LOGIN_TIMEOUT);
    }

    /** Loads the page once to warm it up, then {@value #LOADS} times, reading the browser's timings each time. */
    static PageTimings time(HeadlessBrowser browser, String app, Target target)
            throws IOException, InterruptedException {
        LatencyRecorder ttfb = new LatencyRecorder();
        LatencyRecorder html = new LatencyRecorder();
        LatencyRecorder dcl = new LatencyRecorder();
        LatencyRecorder load = new LatencyRecorder();
        double first = 0;
        int cards = 0;
        long bytes = 0;
        for (int i = 0; i <= LOADS; i++) {
            browser.open(app + target.path());
            JsonNode t = browser.evaluate(TIMINGS);
            if (t == null || t.path("status").asInt() != 200) {
                throw new IOException(target.path() + " did not load: " + t);
            }
            if (i == 0) {
                first = t.path("load").asDouble();
                continue;
            }
            ttfb.record(nanos(t, "ttfb"));
            html.record(nanos(t, "html"));
            dcl.record(nanos(t, "dcl"));
            load.record(nanos(t, "load"));
            cards = t.path("cards").asInt();
            bytes = t.path("bytes").asLong();
        }
        return new PageTimings(target, cards, bytes, ttfb, html, dcl, load, first);
    }

    private static long nanos(JsonNode timings, String field) {
        return Math.round(timings.path(field).asDouble() * 1e6);
    }

    static String report(int claims, Map<String, Integer> statuses, List<PageTimings> timings) {
        StringBuilder out = new StringBuilder(BenchmarkReport.section(
                "Pages in the browser with " + String.format(Locale.ROOT, "%,d", claims) + " claims", COMMAND));
        out.append(String.format(Locale.ROOT,
                """
                        Debian's headless Chromium, driven over the DevTools protocol on loopback, one tab, after a login \
                        through Keycloak's page; the application, PostgreSQL, Elasticsearch and Keycloak on the same machine. \
                        Claims: %s. Each page is loaded once to warm up, then %d times; the figures are the browser's \
                        Navigation Timing (from the start of navigation): first byte, whole HTML received, DOMContentLoaded, \
                        load event.

                        | page | cards | HTML (KB) | first byte p50 / max (ms) | HTML p50 (ms) | DOMContentLoaded p50 / max (ms) | load p50 / max (ms) | first, cold load (ms) |
                        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                        """,
                statuses, LOADS));
        for (PageTimings page : timings) {
            out.append(String.format(Locale.ROOT, "| %s `%s` | %d | %.0f | %.0f / %.0f | %.0f | %.0f / %.0f | "
                    + "**%.0f** / %.0f | %.0f |%n", page.target().label(), page.target().path(), page.cards(),
                    page.bytes() / 1024.0, page.ttfb().millis(50), page.ttfb().millis(100), page.html().millis(50),
                    page.domContentLoaded().millis(50), page.domContentLoaded().millis(100),
                    page.load().millis(50), page.load().millis(100), page.firstLoad()));
        }
        return out.toString();
    }
}
