package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.claimdesk.deploy.cli.ArticleImport;
import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk bench ingest}: starts a throwaway stack and the application, writes N article files built from the
 * sample article and CheckThat!
 * sentences to a temporary directory, imports them with the code of {@code claimdesk import}, waits until every
 * claim has been matched, and appends articles and claims per second, stored and matched, to docs/benchmarks.md.
 */
public final class IngestBenchmark {

    static final String COMMAND = "./claimdesk bench ingest";
    static final String USAGE = "Usage: " + COMMAND + " [--articles N] [--datasets DIR]";
    static final int DEFAULT_ARTICLES = 200;
    /** The queue is taken as stuck (see the application's log) when its length has not changed for this long. */
    static final Duration STALLED = Duration.ofMinutes(2);
    static final int PARALLEL = 4;
    /** Every fifth article is the sample article; the others are this many corpus sentences. */
    static final int SAMPLE_EVERY = 5;
    static final int SENTENCES = 8;
    /** One article in four is written as HTML, to go through the HTML-to-text path too. */
    static final int HTML_EVERY = 4;
    static final long SEED = 7;
    static final Duration MATCHING_TIMEOUT = Duration.ofMinutes(30);
    static final int CORES = Runtime.getRuntime().availableProcessors();

    record Options(int articles, Path datasets) {

        static Options parse(String[] args) {
            int articles = DEFAULT_ARTICLES;
            Path datasets = Path.of("../shared/datasets");
            for (int i = 0; i < args.length; i++) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'");
                }
                switch (args[i]) {
                    case "--articles" -> articles = Integer.parseInt(args[++i]);
                    case "--datasets" -> datasets = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'");
                }
            }
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1");
            }
            return new Options(articles, datasets);
        }
    }

    private IngestBenchmark() {
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
        String sampleText = BenchmarkSetup.sampleText();
        Path directory = Files.createTempDirectory("claimdesk-ingest-");
        String loadAtStart = CpuUsage.loadAverage();
        try (LocalStack stack = LocalStack.start(StackConfig.forTests())) {
            writeArticles(directory, options.articles(), sampleText, corpus);
            ApplicationServer app = BenchmarkSetup.startApplication(stack, Map.of());
            // No verdicts are bulk-loaded into the index: matches of claims against index documents without a claim
            // row break claim_match's foreign key, and the failing batch then blocks the whole queue.

            StackConsole.say("ingest: importing " + options.articles() + " articles, " + PARALLEL + " at a time");
            CpuUsage.Snapshot start = CpuUsage.now();
            long begin = System.nanoTime();
            ArticleImport.Result stored = ArticleImport.run(directory,
                    new ArticleImport.Options(URI.create(app.url()), stack.keycloak().realmUrl(), "edith", "edith",
                            null, PARALLEL),
                    System.out, System.console() != null);
            CpuUsage.Snapshot afterStorage = CpuUsage.now();
            long rssAfterStorage = ProcessMemory.residentMiBOfTree(app.pid());
            StackConsole.say("ingest: waiting for the claim matching queue to drain");
            long[] peakRss = {rssAfterStorage};
            long queuedAtStorageEnd = waitUntilMatched(stack, () -> peakRss[0] = Math.max(peakRss[0],
                    ProcessMemory.residentMiBOfTree(app.pid())));
            double matchedSeconds = (System.nanoTime() - begin) / 1e9;
            CpuUsage.Snapshot end = CpuUsage.now();
            String section = report(options, stored, matchedSeconds, queuedAtStorageEnd,
                    CpuUsage.between(start, afterStorage, CORES), CpuUsage.between(afterStorage, end, CORES),
                    rssAfterStorage, peakRss[0], loadAtStart, CpuUsage.loadAverage());
            System.out.print(section);
            if (!stored.failures().isEmpty()) {
                stored.failures().forEach(f -> System.err.println("  " + f.file() + ": " + f.detail()));
                System.err.println(stored.failures().size() + " articles failed: the run failed and"
                        + " docs/benchmarks.md is unchanged.");
                return 1;
            }
            BenchmarkReport.append(section);
            return 0;
        } catch (InterruptedException e) {
            return BenchmarkSetup.interrupted();
        } catch (SQLException e) {
            System.err.println("Cannot read the matching queue: " + e.getMessage());
            return 1;
        } finally {
            deleteTree(directory);
        }
    }

    /**
     * Writes the article files: every {@value #SAMPLE_EVERY}th the sample article, the others {@value #SENTENCES}
     * sentences drawn at random, alternately French social-media posts (CT25) and English debate sentences (CT24);
     * the same files for the same count.
     */
    static void writeArticles(Path directory, int count, String sampleText, VerdictCorpus corpus)
            throws IOException {
        Random random = new Random(SEED);
        for (int n = 0; n < count; n++) {
            String text;
            if (n % SAMPLE_EVERY == 0) {
                text = sampleText;
            } else {
                List<String> pool = n % 2 == 0 ? corpus.frenchPosts() : corpus.english();
                List<String> sentences = new ArrayList<>();
                for (int s = 0; s < SENTENCES; s++) {
                    sentences.add(pool.get(random.nextInt(pool.size())));
                }
                text = String.join("\n\n", sentences);
            }
            boolean html = n % HTML_EVERY == 3;
            Path file = directory.resolve(String.format(Locale.ROOT, "article-%05d.%s", n, html ? "html" : "txt"));
            Files.writeString(file, html ? asHtml(text) : text, StandardCharsets.UTF_8);
        }
    }

    static String asHtml(String text) {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (String paragraph : text.split("\n\\s*\n")) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    /** Polls the application's matching queue until it is empty; returns how many claims were queued at first. */
    private static long waitUntilMatched(LocalStack stack, Runnable sample) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + MATCHING_TIMEOUT.toNanos();
        try (Connection connection = stack.postgres().connect(LocalStack.APP_DATABASE);
                Statement statement = connection.createStatement()) {
            long first = -1;
            long lastSaid = 0;
            long previous = -1;
            long changedAt = System.nanoTime();
            while (true) {
                long queued;
                try (ResultSet rows = statement.executeQuery("select count(*) from match_job")) {
                    rows.next();
                    queued = rows.getLong(1);
                }
                if (first < 0) {
                    first = queued;
                }
                sample.run();
                if (queued == 0) {
                    return first;
                }
                if (queued != previous) {
                    previous = queued;
                    changedAt = System.nanoTime();
                } else if (System.nanoTime() - changedAt > STALLED.toNanos()) {
                    throw new IllegalStateException("the matching queue is stuck at " + queued + " claims for "
                            + STALLED.toMinutes() + " minutes: see the application's log");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(queued + " claims still wait to be matched after "
                            + MATCHING_TIMEOUT.toMinutes() + " minutes");
                }
                if (System.nanoTime() - lastSaid > 10_000_000_000L) {
                    StackConsole.say("ingest: " + queued + " claims wait to be matched");
                    lastSaid = System.nanoTime();
                }
                Thread.sleep(250);
            }
        }
    }

    static String report(Options options, ArticleImport.Result stored, double matchedSeconds, long queuedAtStorageEnd,
            CpuUsage.Share storageCpu, CpuUsage.Share matchingCpu, long rssAfterStorage, long peakRss,
            String loadAtStart, String loadAtEnd) {
        StringBuilder out = new StringBuilder(BenchmarkReport.section(
                "Ingest: articles through extraction, storage and matching", COMMAND
                        + (options.articles() == DEFAULT_ARTICLES ? "" : " --articles " + options.articles())));
        out.append(String.format(Locale.ROOT,
                """
                        Everything on this one machine, shared with other work (load average, 1/5/15 min: %s at the start, %s \
                        at the end). %,d article files written to a temporary directory: every %dth the sample article, the \
                        others %d random sentences alternately from CT25 French posts and CT24 English debate sentences; one \
                        in %d as HTML. Imported by the code of `./claimdesk import` (%d at a time, as edith, language \
                        detected) into the application, whose public index holds no verdict: each claim is still embedded \
                        and searched for, but has no candidate to rescore. "Stored" ends when the last article's 201 came back (extraction, \
                        scoring, PostgreSQL); "matched" when the matching queue (`match_job`) is empty, %d claims still \
                        queued at the end of storage. MatchingService takes queued claims 20 at a time, batch after batch while the queue is full.

                        | phase | articles | claims | seconds | articles/s | claims/s |
                        | --- | ---: | ---: | ---: | ---: | ---: |
                        | stored | %,d | %,d | %.1f | **%.2f** | %.1f |
                        | stored and matched | %,d | %,d | %.1f | **%.2f** | %.1f |

                        CPU, in cores of %d: storage %.2f by this run's processes (importer, application, servers), %.2f by \
                        other processes; matching after storage %.2f and %.2f. Application resident memory: %,d MiB after \
                        storage, %,d MiB at most while matching.
                        """,
                loadAtStart, loadAtEnd, stored.files(), SAMPLE_EVERY, SENTENCES, HTML_EVERY, PARALLEL,
                queuedAtStorageEnd, stored.articles(), stored.claims(), stored.seconds(),
                stored.articlesPerSecond(), stored.claimsPerSecond(), stored.articles(), stored.claims(),
                matchedSeconds, stored.articles() / matchedSeconds, stored.claims() / matchedSeconds, CORES,
                storageCpu.tree(), storageCpu.others(), matchingCpu.tree(), matchingCpu.others(), rssAfterStorage,
                peakRss));
        return out.toString();
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
