package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.claimdesk.core.extraction.BatchScorer;
import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.CheckWorthinessScorer;
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
        latency(out);
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

    /** Article length of the latency target: p95 ≤ 2 s per article of this many characters, on one core. */
    static final int ARTICLE_CHARS = 5_000;
    static final int LATENCY_RUNS = 5;

    // The latency target of the issue "Faithful claims": whole articles of about 5,000 characters, each language, one
    // thread, after a warm-up. The texts are the evaluation set's articles, joined by language and cut at a sentence
    // end before 5,000 characters, so that they read like real news.
    private void latency(StringBuilder out) throws IOException {
        List<EvaluationArticle> articles = EvaluationArticle.readAll(EvaluationArticle.DEFAULT_SET);
        out.append("### Latency per article (one thread, after a warm-up; articles of the evaluation set cut to ≤ ")
                .append(ARTICLE_CHARS).append(" characters)\n\n");
        out.append("| language | articles | mean size (chars) | runs each | p50 ms | p95 ms | max ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String language : List.of("fr", "en")) {
            List<String> texts = articlesOf(articles, language);
            texts.forEach(t -> extractor.extract(t, language)); // loads the models and warms the JIT
            texts.forEach(t -> extractor.extract(t, language));
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < LATENCY_RUNS; run++) {
                for (String text : texts) {
                    long begin = System.nanoTime();
                    extractor.extract(text, language);
                    millis.add((System.nanoTime() - begin) / 1e6);
                }
            }
            millis.sort(Comparator.naturalOrder());
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %d | %.0f | %.0f | %.0f |%n", language,
                    texts.size(), texts.stream().mapToInt(String::length).average().orElse(0), LATENCY_RUNS,
                    percentile(millis, 0.50), percentile(millis, 0.95), millis.get(millis.size() - 1)));
        }
        out.append("\nTarget: p95 ≤ 2,000 ms for a 5,000-character article on one core, in either language.\n");
    }

    private static List<String> articlesOf(List<EvaluationArticle> articles, String language) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (EvaluationArticle article : articles) {
            if (!article.language().equals(language)) {
                continue;
            }
            current.append(current.isEmpty() ? "" : "\n\n").append(article.text().strip());
            if (current.length() >= ARTICLE_CHARS) {
                texts.add(cutAtSentenceEnd(current.toString()));
                current.setLength(0);
            }
        }
        return texts;
    }

    private static String cutAtSentenceEnd(String text) {
        int cut = Math.max(text.lastIndexOf(". ", ARTICLE_CHARS), text.lastIndexOf(".\n", ARTICLE_CHARS));
        return cut > 0 ? text.substring(0, cut + 1) : text.substring(0, ARTICLE_CHARS);
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
