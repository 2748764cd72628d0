package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk bench search}: starts a throwaway stack and the application, bulk-loads N verdicts built from the
 * CheckThat! sentences, sends public searches at fixed rates to the API and the same queries straight to
 * Elasticsearch, then measures how long an approved verdict takes to become searchable; prints the figures, appends
 * them to docs/benchmarks.md, and stops everything.
 */
public final class SearchBenchmark {

    static final String COMMAND = "./claimdesk bench search";
    static final String USAGE = "Usage: " + COMMAND + " [--verdicts N] [--rates R1,R2,...] [--datasets DIR]";
    static final int DEFAULT_VERDICTS = 100_000;
    static final List<Double> DEFAULT_RATES = List.of(100.0, 300.0, 1000.0);
    static final int BULK_SIZE = 5_000;
    static final int QUERIES = 2_000;
    static final long QUERY_SEED = 20_261_124L;
    /** Queries whose total hits the API and Elasticsearch must agree on before the load. */
    static final int CHECKED_QUERIES = 50;
    static final double WARM_UP_RATE = 100;
    static final Duration WARM_UP = Duration.ofSeconds(15);
    static final Duration MEASURED = Duration.ofSeconds(20);
    /** How long a phase waits at most for the searches of the previous one to end. */
    static final Duration SETTLE = Duration.ofSeconds(60);
    static final int APPROVALS = 200;
    static final double APPROVALS_PER_SECOND = 10;
    static final int SEEDING_CLIENTS = 4;
    static final double TARGET_RATE = 1000;
    static final double TARGET_RATIO = 1.3;
    static final double TARGET_SEARCHABLE_P99_MILLIS = 2000;
    static final int CORES = Runtime.getRuntime().availableProcessors();
    /** CPU taken by processes outside the run (cores) above which the report says the machine was shared. */
    static final double OTHERS_NOTICEABLE = 0.25;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * All the load comes from one loopback address at up to 1,000 req/s: the public rate limit stays installed (its
     * cost
     * is in the figures) but far above that rate, so it never refuses (docs/security.md).
     */
    static final Map<String, String> UNLIMITED_SEARCH = Map.of(
            "claimdesk.public.rate-limit.per-second", "1000000",
            "claimdesk.public.rate-limit.burst", "1000000");

    /** One measured phase against one target, with the CPU it used. */
    record Phase(String target, OpenLoop.Result result, CpuUsage.Share cpu) {
    }

    /** The command line's settings. */
    record Options(int verdicts, List<Double> rates, Path datasets) {

        static Options parse(String[] args) {
            int verdicts = DEFAULT_VERDICTS;
            List<Double> rates = DEFAULT_RATES;
            Path datasets = ExtractionBenchmark.DEFAULT_DATASETS;
            for (int i = 0; i < args.length; i++) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("'" + args[i] + "' needs a value");
                }
                switch (args[i]) {
                    case "--verdicts" -> verdicts = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    case "--rates" -> rates = List.of(args[++i].split(",")).stream().map(String::strip)
                            .map(Double::valueOf).toList();
                    case "--datasets" -> datasets = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (verdicts < 1 || rates.isEmpty() || rates.stream().anyMatch(rate -> rate <= 0)) {
                throw new IllegalArgumentException("--verdicts and every rate must be positive");
            }
            return new Options(verdicts, rates, datasets);
        }
    }

    private SearchBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + ". " + USAGE);
            return 2;
        }
        String missing = BenchmarkSetup.missingInputs(options.datasets());
        if (missing != null) {
            System.err.println(missing + " " + USAGE);
            return 1;
        }
        VerdictCorpus corpus = VerdictCorpus.read(options.datasets());
        List<String> queries = corpus.queries(QUERIES, QUERY_SEED);
        try (LocalStack stack = LocalStack.start(StackConfig.forTests())) {
            ApplicationServer app = BenchmarkSetup.startApplication(stack, UNLIMITED_SEARCH);
            URI appUrl = URI.create(app.url());
            DirectElasticsearch elasticsearch = new DirectElasticsearch(stack.elasticsearch().hostAndPort());
            double loadSeconds = load(elasticsearch, new VerdictDocuments(corpus), options.verdicts());
            // Seeded before the searches: the claim matching each new article starts in the background is over by the
            // time the approvals are measured.
            StackConsole.say("approval → searchable: seeding " + APPROVALS + " claims");
            WorkflowLoad workflow = new WorkflowLoad(appUrl, WorkflowLoad.loginAll(stack.keycloak().realmUrl()));
            String text = BenchmarkSetup.sampleText();
            List<Long> claims = workflow.seed("Banc de recherche", text, APPROVALS, SEEDING_CLIENTS)
                    .subList(0, APPROVALS);
            new PublicationLatency(workflow, appUrl).prepare(claims);
            int agreeing = agreeingTotals(appUrl, elasticsearch, queries.subList(0, CHECKED_QUERIES));
            String layout = elasticsearch.layout();

            HttpClient http = WorkflowLoad.newHttpClient();
            List<HttpRequest> direct = queries.stream().map(elasticsearch::searchRequest).toList();
            List<HttpRequest> api = queries.stream().map(q -> HttpRequest.newBuilder(appUrl.resolve(
                    "/api/public/v1/verdicts?q=" + DirectElasticsearch.encode(q))).timeout(OpenLoop.TIMEOUT)
                    .header("Accept", "application/json").GET().build()).toList();
            StackConsole.say("search: warm-up");
            OpenLoop.run(http, i -> direct.get((int) (i % direct.size())), "warm-up", WARM_UP_RATE, WARM_UP);
            OpenLoop.run(http, i -> api.get((int) (i % api.size())), "warm-up", WARM_UP_RATE, WARM_UP);
            List<Phase> phases = new ArrayList<>();
            for (double rate : options.rates()) {
                StackConsole.say(String.format(Locale.ROOT, "search: %.0f req/s, Elasticsearch then the API", rate));
                phases.add(phase("Elasticsearch directly", http, direct, rate, elasticsearch));
                phases.add(phase("public search API", http, api, rate, elasticsearch));
            }

            StackConsole.say("approval → searchable: measuring");
            // Fresh tokens: the search phases may have outlived the first ones.
            LoadResult searchable = new PublicationLatency(
                    new WorkflowLoad(appUrl, WorkflowLoad.loginAll(stack.keycloak().realmUrl())), appUrl)
                    .measure(claims, APPROVALS_PER_SECOND);

            String section = report(options, layout, corpus, queries.size(), loadSeconds, agreeing, phases,
                    searchable);
            System.out.print(section);
            if (phases.stream().allMatch(p -> p.result().load().succeeded() == 0) || searchable.succeeded() == 0) {
                System.err.println("Nothing succeeded: the run failed and docs/benchmarks.md is unchanged.");
                return 1;
            }
            BenchmarkReport.append(section);
            return 0;
        } catch (InterruptedException e) {
            return BenchmarkSetup.interrupted();
        }
    }

    /** Bulk-loads the documents into the application's alias without refreshes, then refreshes; returns seconds. */
    static double load(DirectElasticsearch elasticsearch, VerdictDocuments documents, int verdicts)
            throws IOException, InterruptedException {
        StackConsole.say(String.format(Locale.ROOT, "loading %,d verdicts into Elasticsearch", verdicts));
        long begin = System.nanoTime();
        elasticsearch.refreshInterval("-1");
        for (long from = 0; from < verdicts; from += BULK_SIZE) {
            elasticsearch.bulk(documents, from, Math.min(verdicts, from + BULK_SIZE));
        }
        elasticsearch.refreshInterval(null);
        elasticsearch.refresh();
        double seconds = (System.nanoTime() - begin) / 1e9;
        long count = elasticsearch.count();
        if (count != verdicts) {
            throw new IllegalStateException("the index holds " + count + " verdicts, not " + verdicts);
        }
        StackConsole.say(String.format(Locale.ROOT, "loaded %,d verdicts in %.1f s", verdicts, seconds));
        return seconds;
    }

    /** How many of the queries find as many verdicts through the API as directly (the requests are equivalent). */
    private static int agreeingTotals(URI app, DirectElasticsearch elasticsearch, List<String> queries)
            throws IOException, InterruptedException {
        HttpClient http = WorkflowLoad.newHttpClient();
        int agreeing = 0;
        for (String query : queries) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.resolve(
                    "/api/public/v1/verdicts?q=" + DirectElasticsearch.encode(query))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long viaApi = response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asLong(-2) : -2;
            long direct = elasticsearch.total(query);
            if (viaApi == direct) {
                agreeing++;
            } else {
                StackConsole.say("'" + query + "': " + viaApi + " verdicts through the API, " + direct + " directly");
            }
        }
        return agreeing;
    }

    private static Phase phase(String target, HttpClient http, List<HttpRequest> requests, double rate,
            DirectElasticsearch elasticsearch) throws InterruptedException, IOException {
        if (!elasticsearch.awaitIdleSearches(SETTLE)) {
            StackConsole.say("Elasticsearch still has searches of the previous phase after " + SETTLE.toSeconds()
                    + " s; measuring anyway");
        }
        CpuUsage.Snapshot before = CpuUsage.now();
        OpenLoop.Result result = OpenLoop.run(http, i -> requests.get((int) (i % requests.size())), "search", rate,
                MEASURED);
        return new Phase(target, result, CpuUsage.between(before, CpuUsage.now(), CORES));
    }

    static String report(Options options, String layout, VerdictCorpus corpus, int queries, double loadSeconds,
            int agreeing, List<Phase> phases, LoadResult searchable) {
        StringBuilder out = new StringBuilder(BenchmarkReport.section(String.format(Locale.ROOT,
                "Public search with %,d verdicts at fixed rates, beside Elasticsearch directly; approval → searchable",
                options.verdicts()),
                COMMAND + (options.verdicts() == DEFAULT_VERDICTS
                        ? ""
                        : " --verdicts " + options.verdicts())
                        + (options.rates().equals(DEFAULT_RATES)
                                ? ""
                                : " --rates " + options.rates().stream()
                                        .map(r -> String.format(Locale.ROOT, "%.0f", r))
                                        .collect(Collectors.joining(",")))));
        out.append(String.format(Locale.ROOT,
                """
                        Everything on this one machine: Elasticsearch (%s), PostgreSQL, Keycloak, the application \
                        and the load generator. %,d verdicts bulk-loaded into the application's alias in %.1f s, built \
                        from %,d English CT24 sentences and %,d French CT25 normalized claims (explanations from other \
                        sentences and the French posts; ratings, dates, reviewers varied; folded fields as the \
                        application folds them; publishers and tags varied; no claim vectors), half French and half \
                        English.

                        **Load**: open loop at a fixed rate over loopback (JDK HTTP client, HTTP/1.1, at most %d requests \
                        in flight); each request's latency runs from the time it was due, so a server that falls behind \
                        shows it. %,d query texts of one or two words drawn from the indexed sentences (French and \
                        English, a third of the French ones without accents), the same sequence for both targets. The \
                        API gets `GET /api/public/v1/verdicts?q=…`; Elasticsearch gets the `_search` body the \
                        application sends for it (two multi_match, highlights, rating, language, publisher and tag \
                        facets, exact total); %d of %d checked queries found the same number of verdicts both ways. Warm-up %d s at \
                        %.0f req/s on each target, then %d s per target and rate, Elasticsearch first.

                        | rate (req/s) | target | answered | achieved (req/s) | p50 (ms) | p99 (ms) | max (ms) | \
                        peak in flight | failed / unsent | CPU, run / others (cores) |
                        | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
                        """,
                layout, options.verdicts(), loadSeconds, corpus.english().size(), corpus.french().size(),
                OpenLoop.MAX_IN_FLIGHT, queries, agreeing, CHECKED_QUERIES, WARM_UP.toSeconds(), WARM_UP_RATE,
                MEASURED.toSeconds()));
        for (Phase phase : phases) {
            LoadResult load = phase.result().load();
            out.append(String.format(Locale.ROOT,
                    "| %.0f | %s | %,d | %.0f | %.1f | **%.1f** | %.1f | %d | %s | %.2f / %.2f |%n",
                    phase.result().rate(), phase.target(), load.succeeded(), phase.result().achieved(),
                    load.latencies().millis(50), load.latencies().millis(99),
                    load.latencies().millis(100), load.clients(),
                    failures(load, phase.result().unsent()), phase.cpu().tree(), phase.cpu().others()));
        }
        double othersMax = phases.stream().mapToDouble(p -> p.cpu().others()).max().orElse(0);
        out.append(String.format(Locale.ROOT, "%nEach phase starts once Elasticsearch has no search left running or"
                + " queued from the previous one (searches whose client timed out still run). Processes outside this"
                + " run used up to %.2f of the %d cores during the phases%s.%n", othersMax, CORES,
                othersMax > OTHERS_NOTICEABLE
                        ? ": the machine was shared, so these figures are lower than an idle"
                                + " machine's"
                        : ""));
        out.append("\nThe ratios compare like with like only where both targets kept up with the rate (all answered,"
                + " no errors, ≥ " + Math.round(OpenLoop.SUSTAINED * 100) + "% of the rate achieved).\n");
        out.append("\n| rate (req/s) | both kept up | p50 API / direct | p99 API / direct |\n"
                + "| ---: | --- | ---: | ---: |\n");
        Map<Double, Double> p99Ratios = new LinkedHashMap<>();
        for (int i = 0; i + 1 < phases.size(); i += 2) {
            LatencyRecorder direct = phases.get(i).result().load().latencies();
            LatencyRecorder api = phases.get(i + 1).result().load().latencies();
            double p99 = ratio(api.percentile(99), direct.percentile(99));
            p99Ratios.put(phases.get(i).result().rate(), p99);
            boolean kept = phases.get(i).result().sustained() && phases.get(i + 1).result().sustained();
            out.append(String.format(Locale.ROOT, "| %.0f | %s | %.2f× | **%.2f×** |%n", phases.get(i).result().rate(),
                    kept ? "yes" : "no", ratio(api.percentile(50), direct.percentile(50)), p99));
        }
        out.append(String.format(Locale.ROOT,
                """

                        **Approval → searchable**: %d claims (from copies of the sample article, submitted before the \
                        searches) assigned and given a \
                        verdict whose explanation holds a word of its own, then approved through the API at %.0f per \
                        second with real Keycloak tokens; meanwhile one poller sends the public search for the words of \
                        every claim still waiting (up to %d words a search) every %d ms. A latency runs from the approve \
                        answer to the answer of the first search that finds the verdict; each approval wakes the outbox \
                        indexer when it commits (a tick every second retries) and Elasticsearch refreshes every second.

                        | measured | found | p50 (ms) | p99 (ms) | max (ms) | failed |
                        | --- | ---: | ---: | ---: | ---: | --- |
                        | approve answer → first search that finds it | %,d | %.0f | **%.0f** | %.0f | %s |
                        """,
                APPROVALS, APPROVALS_PER_SECOND, PublicationLatency.MARKERS_PER_SEARCH,
                PublicationLatency.POLL_EVERY.toMillis(), searchable.succeeded(),
                searchable.latencies().millis(50), searchable.latencies().millis(99),
                searchable.latencies().millis(100), failures(searchable, 0)));
        out.append(targets(phases, p99Ratios, searchable));
        return out.toString();
    }

    private static String targets(List<Phase> phases, Map<Double, Double> p99Ratios, LoadResult searchable) {
        Double ratio = p99Ratios.get(TARGET_RATE);
        String search;
        if (ratio == null) {
            search = String.format(Locale.ROOT, "search p99 ≤ %.1f× Elasticsearch's at %.0f req/s: **not measured**"
                    + " (%.0f req/s was not among the rates)", TARGET_RATIO, TARGET_RATE, TARGET_RATE);
        } else {
            OpenLoop.Result api = phases.stream().filter(p -> p.result().rate() == TARGET_RATE)
                    .map(Phase::result).reduce((first, second) -> second).orElseThrow();
            boolean sustained = api.sustained();
            search = String.format(Locale.ROOT, "search p99 ≤ %.1f× Elasticsearch's at %.0f req/s: **%s** here"
                    + " (%.2f×; the API %s %.0f req/s)", TARGET_RATIO, TARGET_RATE,
                    ratio <= TARGET_RATIO && sustained ? "met" : "not met", ratio,
                    sustained ? "sustained" : "did not sustain", TARGET_RATE);
        }
        double p99 = searchable.latencies().millis(99);
        boolean met = searchable.failed() == 0 && p99 < TARGET_SEARCHABLE_P99_MILLIS;
        return String.format(Locale.ROOT, "%nTargets (issue 7): %s; approval → searchable p99 < %.0f s: **%s** here"
                + " (%.0f ms).%n", search, TARGET_SEARCHABLE_P99_MILLIS / 1000, met ? "met" : "not met", p99);
    }

    private static String failures(LoadResult load, long unsent) {
        if (unsent == 0) {
            return load.failureSummary();
        }
        String unsentPart = "unsent (generator more than " + OpenLoop.MAX_LAG.toSeconds() + " s behind): " + unsent;
        return load.failures().isEmpty() ? unsentPart : load.failureSummary() + ", " + unsentPart;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
