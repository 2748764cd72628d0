package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.claimdesk.core.extraction.BatchScorer;
import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.CheckWorthinessScorer;
import io.claimdesk.core.extraction.SentenceSegmenter;
import io.claimdesk.core.extraction.training.CheckWorthyDataset;
import io.claimdesk.core.extraction.training.LabelledSentence;
import io.claimdesk.core.extraction.training.RankingMetrics;

/**
 * {@code claimdesk bench extraction [--datasets DIR]}: check-worthiness quality on CLEF CheckThat! test splits (CT24
 * English, Spanish and Dutch F1; CT19 MAP with each debate extracted as one text) and single-thread throughput of the
 * full extraction next to plain segmentation; prints the figures and appends them to docs/benchmarks.md.
 */
public final class ExtractionBenchmark {

    static final String USAGE = "Usage: ./claimdesk bench extraction [--datasets DIR]";
    static final Path DEFAULT_DATASETS = Path.of("../shared/datasets");
    static final Path SAMPLE_ARTICLE = Path.of("../shared/samples/haftar-moscou.fr.txt");
    static final long WARM_UP_NANOS = 3_000_000_000L;
    static final long MEASURE_NANOS = 4_000_000_000L;

    private final BuiltInClaimExtractor extractor = new BuiltInClaimExtractor();
    private final BatchScorer batchScorer = new BatchScorer();
    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();

    private ExtractionBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        Path datasets = datasetsOption(args, USAGE);
        if (datasets == null) {
            return 2;
        }
        if (!Files.isDirectory(datasets)) {
            System.err.println("No datasets directory " + datasets + ". " + USAGE);
            return 1;
        }
        String section = new ExtractionBenchmark().report(datasets);
        System.out.print(section);
        BenchmarkReport.append(section);
        return 0;
    }

    /** The {@code --datasets DIR} option of the benchmarks reading the CheckThat! data; null (said) when misused. */
    static Path datasetsOption(String[] args, String usage) {
        Path datasets = DEFAULT_DATASETS;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--datasets") && i + 1 < args.length) {
                datasets = Path.of(args[++i]);
            } else {
                System.err.println("Unknown argument '" + args[i] + "'. " + usage);
                return null;
            }
        }
        return datasets;
    }

    private String report(Path datasets) throws IOException {
        StringBuilder out = new StringBuilder(BenchmarkReport.section("Claim extraction: check-worthiness and speed",
                "./claimdesk bench extraction"));
        out.append(String.format(Locale.ROOT,
                "Model: bundled `%s` (see docs/models.md), decision threshold %.2f. Test splits were never used for"
                        + " tuning.%n%n",
                CheckWorthinessScorer.WEIGHTS, scorer.threshold()));
        ct24(datasets, out);
        ct19(datasets, out);
        throughput(datasets, out);
        return out.toString();
    }

    private void ct24(Path datasets, StringBuilder out) throws IOException {
        out.append("### CT24 check-worthiness (F1 of \"Yes\", each sentence scored alone, as `./claimdesk score`)\n\n");
        out.append("| split | sentences | Yes | precision | recall | F1 | published |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        Path ct24 = datasets.resolve("ct24-checkworthy");
        row(out, ct24.resolve("english/CT24_checkworthy_english_dev-test.tsv"), "en", "English dev-test",
                "CT23 n-gram baseline .821 (if same sentences, unverified)");
        row(out, ct24.resolve("english/CT24_checkworthy_english_test_gold.tsv"), "en", "English test_gold",
                "always Yes .410; 2024 winner ≈ .80 (unverified)");
        row(out, ct24.resolve("spanish/CT24_checkworthy_spanish_dev-test.tsv"), "es", "Spanish dev-test", "—");
        row(out, ct24.resolve("dutch/CT24_checkworthy_dutch_dev-test.tsv"), "nl", "Dutch dev-test", "—");
        out.append("\n");
    }

    private void row(StringBuilder out, Path file, String language, String name, String published)
            throws IOException {
        List<LabelledSentence> sentences = CheckWorthyDataset.read(file);
        List<Boolean> gold = sentences.stream().map(LabelledSentence::checkWorthy).toList();
        List<Boolean> predicted = sentences.stream()
                .map(s -> scorer.isCheckWorthy(batchScorer.score(s.text(), language))).toList();
        RankingMetrics.Confusion c = RankingMetrics.Confusion.of(predicted, gold);
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | **%.3f** | %s |%n", name,
                sentences.size(), gold.stream().filter(g -> g).count(), c.precision(), c.recall(), c.f1(), published));
    }

    /** One line of a CT19 transcript, with its character span in the joined text. */
    private record DebateLine(int number, String speaker, String text, boolean checkWorthy, int start, int end) {
    }

    private void ct19(Path datasets, StringBuilder out) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(datasets.resolve("ct19-checkworthiness/test_annotated"))) {
            files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        out.append("### CT19 check-worthiness ranking (MAP; each debate extracted as one text)\n\n");
        out.append("Each document is rebuilt as plain text: a speaker's consecutive sentences joined by a space into"
                + " one paragraph, paragraphs separated by a blank line, no speaker names. The full extractor"
                + " (language detection, segmentation, scoring) runs on it; each gold sentence takes the best score"
                + " of the extracted claims overlapping its span (0 when none, e.g. \"(APPLAUSE)\"), ties keep"
                + " document order.\n\n");
        out.append("| document | sentences | check-worthy | AP | flagged P | flagged R | flagged F1 |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<List<Boolean>> rankings = new ArrayList<>();
        List<Boolean> allPredicted = new ArrayList<>();
        List<Boolean> allGold = new ArrayList<>();
        for (Path file : files) {
            List<DebateLine> lines = new ArrayList<>();
            String text = joinDebate(file, lines);
            List<CandidateClaim> claims = extractor.extract(text, null).claims();
            double[] scores = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                DebateLine line = lines.get(i);
                scores[i] = claims.stream().filter(c -> c.start() < line.end() && line.start() < c.end())
                        .mapToDouble(CandidateClaim::score).max().orElse(0);
            }
            List<Boolean> ranked = IntStream.range(0, lines.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                    .map(i -> lines.get(i).checkWorthy()).toList();
            rankings.add(ranked);
            List<Boolean> gold = lines.stream().map(DebateLine::checkWorthy).toList();
            List<Boolean> predicted = IntStream.range(0, lines.size()).mapToObj(i -> scorer.isCheckWorthy(scores[i]))
                    .toList();
            allGold.addAll(gold);
            allPredicted.addAll(predicted);
            RankingMetrics.Confusion c = RankingMetrics.Confusion.of(predicted, gold);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n",
                    file.getFileName(), lines.size(), gold.stream().filter(g -> g).count(),
                    RankingMetrics.averagePrecision(ranked), c.precision(), c.recall(), c.f1()));
        }
        RankingMetrics.Confusion all = RankingMetrics.Confusion.of(allPredicted, allGold);
        out.append(String.format(Locale.ROOT, "| **all 7 (MAP)** | %d | %d | **%.3f** | %.3f | %.3f | %.3f |%n%n",
                allGold.size(), allGold.stream().filter(g -> g).count(), RankingMetrics.meanAveragePrecision(rankings),
                all.precision(), all.recall(), all.f1()));
        out.append("Published MAP: best primary run .166 (Copenhagen), random ordering ≈ .032.\n\n");
    }

    /** The transcript as one text, filling {@code lines} with each sentence's span in it. */
    static String joinDebate(Path file, List<DebateLine> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        String previousSpeaker = null;
        int n = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IOException(file + " line " + n + ": " + cells.length + " columns, expected 4");
            }
            String sentence = cells[2].strip();
            if (!text.isEmpty()) {
                text.append(cells[1].equals(previousSpeaker) ? " " : "\n\n");
            }
            previousSpeaker = cells[1];
            int start = text.length();
            text.append(sentence);
            lines.add(new DebateLine(Integer.parseInt(cells[0].strip()), cells[1], sentence,
                    cells[3].strip().equals("1"), start, text.length()));
        }
        return text.toString();
    }

    private void throughput(Path datasets, StringBuilder out) throws IOException {
        String article = Files.readString(SAMPLE_ARTICLE, StandardCharsets.UTF_8);
        List<String> debates = new ArrayList<>();
        try (Stream<Path> list = Files.list(datasets.resolve("ct19-checkworthiness/test_annotated"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                debates.add(joinDebate(file, new ArrayList<>()));
            }
        }
        SentenceSegmenter segmenter = new SentenceSegmenter();
        out.append("### Throughput (single thread, after a warm-up; the same texts in the same run)\n\n");
        out.append("| texts | size (KB) | full extraction MB/s | ms per text | segmentation only MB/s | ms per text"
                + " | ratio |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        throughputRow(out, "sample article (haftar-moscou.fr.txt)", List.of(article), segmenter);
        throughputRow(out, "CT19 test debates (7)", debates, segmenter);
        out.append("\nTargets: full extraction ≥ 2 MB/s per core and ≤ 5× the time of segmentation alone.\n");
    }

    private void throughputRow(StringBuilder out, String name, List<String> texts, SentenceSegmenter segmenter) {
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        double[] full = measure(texts, t -> extractor.extract(t, null));
        double[] segment = measure(texts, segmenter::segment);
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.2f | %.3f | %.1f× |%n", name,
                bytes / 1000.0, bytes / full[0] / 1e6, full[1], bytes / segment[0] / 1e6, segment[1],
                full[0] / segment[0]));
    }

    /** Seconds per pass over all texts and milliseconds per text, measured after a warm-up. */
    private static double[] measure(List<String> texts, Consumer<String> work) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            texts.forEach(work);
        }
        long passes = 0;
        long begin = System.nanoTime();
        long now;
        do {
            texts.forEach(work);
            passes++;
            now = System.nanoTime();
        } while (now - begin < MEASURE_NANOS);
        double secondsPerPass = (now - begin) / 1e9 / passes;
        return new double[]{secondsPerPass, secondsPerPass * 1000 / texts.size()};
    }
}
