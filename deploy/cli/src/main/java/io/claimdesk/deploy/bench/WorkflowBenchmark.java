package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk bench workflow [--instances N]}: starts a throwaway stack and the application (N instances on ports
 * of their own, the clients dealt to them in turn), measures review transitions per second and their latency under
 * {@value #CLIENTS} concurrent clients of the HTTP API, then the same PostgreSQL under a pgbench-style simple-update
 * load from as many clients; prints the figures, appends them to docs/benchmarks.md, and stops everything.
 */
public final class WorkflowBenchmark {

    static final String COMMAND = "./claimdesk bench workflow";
    static final int CLIENTS = 20;
    static final Duration WARM_UP = Duration.ofSeconds(20);
    static final long WARM_UP_MAX = 2_000;
    static final Duration MEASURED = Duration.ofSeconds(30);
    static final long MEASURED_MAX = 15_000;
    static final Duration BASELINE_WARM_UP = Duration.ofSeconds(5);
    static final long BASELINE_WARM_UP_MAX = 20_000;
    static final Duration BASELINE = Duration.ofSeconds(20);
    static final long BASELINE_MAX = 200_000;
    /** Claims seeded beyond the fair share of each client, as a client may take more than its share of the count. */
    static final double CLAIM_MARGIN = 1.5;
    static final int SEEDING_CLIENTS = 4;
    static final double TARGET_PER_SECOND = 500;
    static final double TARGET_P99_MILLIS = 50;
    static final int CORES = Runtime.getRuntime().availableProcessors();
    static final int MAX_INSTANCES = 4;

    private WorkflowBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        int instances;
        try {
            instances = instances(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: " + COMMAND + " [--instances N]   (N from 1 to " + MAX_INSTANCES + ")");
            return 2;
        }
        Path sample = BenchmarkSetup.sample();
        if (!Files.isRegularFile(sample)) {
            System.err.println("No sample article at " + sample + " (set CLAIMDESK_SAMPLE).");
            return 1;
        }
        String text = BenchmarkSetup.sampleText();
        try (LocalStack stack = LocalStack.start(StackConfig.forTests())) {
            List<URI> apps = startInstances(stack, instances);
            WorkflowLoad workflow = new WorkflowLoad(apps, WorkflowLoad.loginAll(stack.keycloak().realmUrl()));
            int claimsPerClient = (int) Math.ceil(
                    CLAIM_MARGIN * (WARM_UP_MAX + MEASURED_MAX) / CLIENTS / ReviewCycle.LENGTH);
            StackConsole.say("seeding " + claimsPerClient * CLIENTS + " claims from " + sample.getFileName());
            List<Long> claims = workflow.seed("Banc d'essai", text, claimsPerClient * CLIENTS, SEEDING_CLIENTS);
            List<ClosedLoop.Client> clients = workflow.clients(split(claims, CLIENTS));
            Instant measuredEnd = Instant.now().plus(WARM_UP).plus(MEASURED);
            if (workflow.tokensExpireAt().isBefore(measuredEnd)) {
                throw new IllegalStateException("the access tokens expire before the measured phase ends: raise the"
                        + " realm's accessTokenLifespan");
            }
            StackConsole.say("workflow: warm-up");
            LoadResult warmUp = ClosedLoop.run(clients, WARM_UP, WARM_UP_MAX);
            StackConsole.say("workflow: measuring");
            CpuUsage.Snapshot workflowStart = CpuUsage.now();
            LoadResult transitions = ClosedLoop.run(clients, MEASURED, MEASURED_MAX);
            CpuUsage.Share workflowCpu = CpuUsage.between(workflowStart, CpuUsage.now(), CORES);
            StackConsole.say("database baseline: initializing, warm-up, measuring");
            SimpleUpdateBaseline baseline = new SimpleUpdateBaseline(stack.postgres());
            baseline.initialize();
            LoadResult baselineWarmUp = ClosedLoop.run(baseline.clients(CLIENTS), BASELINE_WARM_UP,
                    BASELINE_WARM_UP_MAX);
            CpuUsage.Snapshot baselineStart = CpuUsage.now();
            LoadResult database = ClosedLoop.run(baseline.clients(CLIENTS), BASELINE, BASELINE_MAX);
            CpuUsage.Share baselineCpu = CpuUsage.between(baselineStart, CpuUsage.now(), CORES);
            String drained = drainedBy(stack);
            String section = report(instances, claims.size(), warmUp, transitions, baselineWarmUp, database);
            section += drained;
            section += String.format(Locale.ROOT, "%nCPU used during the measured phases, in cores of %d: workflow"
                    + " %.2f by this run's processes (clients, application, servers), %.2f by other processes;"
                    + " baseline %.2f and %.2f.%n", CORES, workflowCpu.tree(), workflowCpu.others(),
                    baselineCpu.tree(), baselineCpu.others());
            System.out.print(section);
            long faults = warmUp.serverFaults() + transitions.serverFaults() + baselineWarmUp.serverFaults()
                    + database.serverFaults();
            if (faults > 0) {
                System.err.println(faults + " server faults: the run failed and docs/benchmarks.md is unchanged.");
                return 1;
            }
            BenchmarkReport.append(section);
            return 0;
        } catch (InterruptedException e) {
            return BenchmarkSetup.interrupted();
        } catch (SQLException e) {
            System.err.println("The database baseline failed: " + e.getMessage());
            return 1;
        }
    }

    /** The instance count given by {@code --instances N}, 1 without it. */
    static int instances(String[] args) {
        if (args.length == 0) {
            return 1;
        }
        if (args.length != 2 || !args[0].equals("--instances")) {
            throw new IllegalArgumentException("Unknown arguments: " + String.join(" ", args));
        }
        int instances;
        try {
            instances = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--instances takes a whole number, not '" + args[1] + "'");
        }
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("--instances must be between 1 and " + MAX_INSTANCES + ", not "
                    + instances);
        }
        return instances;
    }

    // One after the other: instances starting together would wait on each other's Flyway lock on 2 cores anyway.
    private static List<URI> startInstances(LocalStack stack, int instances) {
        String heap = BenchmarkSetup.applicationHeap();
        List<URI> urls = new ArrayList<>();
        for (int i = 1; i <= instances; i++) {
            ApplicationServer app = instances == 1
                    ? new ApplicationServer(stack, ApplicationServer.DEFAULT_JAR, heap)
                    : new ApplicationServer(stack, ApplicationServer.DEFAULT_JAR, heap, Map.of(), "app-" + i,
                            i == 1 ? stack.config().appPort() : StackConfig.freePort());
            app.start();
            urls.add(URI.create(app.url()));
        }
        return urls;
    }

    /** Which instance indexed how many approved verdicts, from the outbox. */
    private static String drainedBy(LocalStack stack) throws SQLException {
        Map<String, Long> counts;
        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            counts = OutboxDrain.byInstance(db);
        }
        String listed = counts.entrySet().stream()
                .map(count -> String.format(Locale.ROOT, "%s %,d", count.getKey(), count.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%nVerdicts indexed from the outbox, by instance (`processed_by`): %s.%n",
                listed.isEmpty() ? "none" : listed);
    }

    /** Deals the claims to the clients in turn. */
    static List<List<Long>> split(List<Long> claims, int clients) {
        List<List<Long>> perClient = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < claims.size(); i++) {
            perClient.get(i % clients).add(claims.get(i));
        }
        return perClient;
    }

    private static String report(int instances, int claims, LoadResult warmUp, LoadResult transitions,
            LoadResult baselineWarmUp, LoadResult database) {
        String title = "Review workflow under " + CLIENTS + " concurrent clients"
                + (instances == 1 ? "" : ", " + instances + " application instances") + ", beside the database alone";
        StringBuilder out = new StringBuilder(BenchmarkReport.section(title,
                instances == 1 ? COMMAND : COMMAND + " --instances " + instances));
        out.append(String.format(Locale.ROOT,
                """
                        Everything on this one machine: PostgreSQL 17 as the test stacks run it (fsync and full_page_writes \
                        off; synchronous_commit off for Keycloak's database only), Elasticsearch, Keycloak, %s (default pool \
                        of 20 database connections each) and the load clients.

                        **Workflow**: %d clients over loopback, one HTTP/1.1 connection and thread each%s, each waiting for an \
                        answer before its next request, with real Keycloak tokens (reviewers %s in turn, editor %s). Each \
                        client owns its claims (%,d in all, from copies of the sample article) and takes each \
                        through assign, verdict and reject %d times, a last verdict, approve (%d transitions; approvals also \
                        reach Elasticsearch through the outbox). Warm-up %s s or %,d transitions, then measured %s s or %,d \
                        transitions, whichever comes first.

                        **Baseline**: the PostgreSQL bundle we run (zonky 17.7.0) ships no `pgbench`, so its simple-update \
                        transaction (`pgbench -N`: update a random account, read it back, insert a history row, commit) is \
                        replayed over JDBC by %d clients, one connection each, on pgbench's scale-1 tables (%,d accounts) in a \
                        scratch database of the same server. Warm-up %s s, then measured %s s or %,d transactions.

                        | load | clients | succeeded | seconds | per second | p50 (ms) | p99 (ms) | max (ms) | not 2xx / errors |
                        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
                        """,
                instances == 1 ? "the application" : instances + " instances of the application, each a JVM of its own",
                CLIENTS, instances == 1 ? "" : " (dealt to the instances in turn)",
                String.join(" and ", WorkflowLoad.REVIEWERS), WorkflowLoad.EDITOR, claims,
                ReviewCycle.REJECTIONS, ReviewCycle.LENGTH,
                WARM_UP.toSeconds(), WARM_UP_MAX, MEASURED.toSeconds(), MEASURED_MAX, CLIENTS,
                SimpleUpdateBaseline.ACCOUNTS, BASELINE_WARM_UP.toSeconds(), BASELINE.toSeconds(), BASELINE_MAX));
        row(out, "review transitions, HTTP API", transitions);
        row(out, "simple-update transactions, JDBC (pgbench -N equivalent)", database);
        out.append(
                "\n| transition | succeeded | p50 (ms) | p99 (ms) | max (ms) |\n| --- | ---: | ---: | ---: | ---: |\n");
        transitions.byKind().forEach((kind, latencies) -> out.append(String.format(Locale.ROOT,
                "| %s | %,d | %.1f | %.1f | %.1f |%n", kind, latencies.count(), latencies.millis(50),
                latencies.millis(99), latencies.millis(100))));
        out.append(String.format(Locale.ROOT, "%nWarm-ups: workflow %,d transitions in %.1f s (%s); baseline %,d"
                + " transactions in %.1f s (%s).%n", warmUp.succeeded(), warmUp.seconds(), warmUp.failureSummary(),
                baselineWarmUp.succeeded(), baselineWarmUp.seconds(), baselineWarmUp.failureSummary()));
        double perSecond = transitions.perSecond();
        double p99 = transitions.latencies().millis(99);
        boolean met = perSecond >= TARGET_PER_SECOND && p99 < TARGET_P99_MILLIS;
        out.append(String.format(Locale.ROOT, "%nTarget (issue): ≥ %.0f transitions/s with p99 < %.0f ms: **%s** here"
                + " (%.0f transitions/s, p99 %.1f ms); the database alone did %.1f× the transitions' rate.%n",
                TARGET_PER_SECOND, TARGET_P99_MILLIS, met ? "met" : "not met", perSecond, p99,
                database.perSecond() / perSecond));
        return out.toString();
    }

    private static void row(StringBuilder out, String load, LoadResult result) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %.1f | **%.0f** | %.1f | **%.1f** | %.1f | %s |%n",
                load, result.clients(), result.succeeded(), result.seconds(), result.perSecond(),
                result.latencies().millis(50), result.latencies().millis(99),
                result.latencies().millis(100), result.failureSummary()));
    }
}
