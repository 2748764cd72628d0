package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.matching.ClaimEmbedder;
import io.claimdesk.core.matching.MatchWords;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset.NormalisedPost;
import io.claimdesk.core.matching.training.MatchingEvaluation;
import io.claimdesk.core.matching.training.MatchingEvaluation.Outcome;
import io.claimdesk.core.matching.training.MatchingEvaluation.Text;

/**
 * {@code claimdesk bench matching [--datasets DIR]}: "already checked?" precision and recall on claim pairs built from
 * the CLEF-2025 French claim-normalisation data. Claims extracted from each post are matched against the normalised
 * claims (one per post, as if checked before); weight and thresholds are tuned on train and reported on dev, with
 * train's claims kept as distractors. Prints the figures and the settings they give, and appends them to
 * docs/benchmarks.md.
 */
public final class MatchingBenchmark {

    static final String COMMAND = "./claimdesk bench matching";
    static final String USAGE = "Usage: " + COMMAND + " [--datasets DIR]";
    static final List<Double> WEIGHTS = IntStream.rangeClosed(0, 10).mapToObj(i -> i / 10.0).toList();
    /** The precision a link (shown as already checked, pending confirmation) must reach on train. */
    static final double LINK_PRECISION = 0.9;
    /** Claims with fewer content words are only suggested, never linked. */
    static final int MIN_WORDS_TO_LINK = 5;

    private final Function<String, float[]> embedder;
    private long embedded;
    private long embeddingNanos;

    /** Matching with the server's embedding model. */
    private MatchingBenchmark() {
        this(new ClaimEmbedder()::embed);
    }

    /** Matching with another encoder (text to vector), for {@link EncoderBenchmark}. */
    MatchingBenchmark(Function<String, float[]> embedder) {
        this.embedder = embedder;
    }

    public static int run(String[] args) throws IOException {
        Path datasets = ExtractionBenchmark.datasetsOption(args, USAGE);
        if (datasets == null) {
            return 2;
        }
        Path data = datasets.resolve("ct25-claimnorm-fr");
        if (!Files.isDirectory(data)) {
            System.err.println("No CT25 French claim-normalisation data in " + data + ". " + USAGE);
            return 1;
        }
        String section = new MatchingBenchmark().report(data);
        System.out.print(section);
        BenchmarkReport.append(section);
        return 0;
    }

    /** The CT25 French posts of a split and the claims the built-in extractor finds in each (extracted once). */
    record Split(List<NormalisedPost> posts, List<List<String>> claims) {

        static Split read(Path data, String name) throws IOException {
            return of(ClaimNormalisationDataset.read(data.resolve(name + "-fra.csv")));
        }

        static Split of(List<NormalisedPost> posts) {
            return new Split(List.copyOf(posts), extractedClaims(posts));
        }
    }

    /** Dev figures of the lexical, semantic and combined scorers, each tuned on train. */
    record Comparison(MatchingEvaluation tuning, MatchingEvaluation held, Outcome lexicalOnly, Outcome semanticOnly,
            Outcome suggest,
            Outcome link) {

        Outcome onDev(Outcome tuned, int minWords) {
            return held.at(tuned.semanticWeight(), tuned.threshold(), minWords);
        }
    }

    Comparison compare(Split train, Split dev) {
        MatchingEvaluation tuning = new MatchingEvaluation(texts(train), checked(train.posts(), List.of()),
                train.posts().size());
        MatchingEvaluation held = new MatchingEvaluation(texts(dev), checked(dev.posts(), train.posts()),
                dev.posts().size());
        Outcome suggest = tuning.bestF1(WEIGHTS);
        return new Comparison(tuning, held, tuning.bestF1(List.of(0.0)), tuning.bestF1(List.of(1.0)), suggest,
                tuning.lowestThresholdWithPrecision(suggest.semanticWeight(), LINK_PRECISION, MIN_WORDS_TO_LINK));
    }

    /** Mean time per text of the encoder in this run, in milliseconds. */
    double millisPerText() {
        return embeddingNanos / 1e6 / Math.max(1, embedded);
    }

    private String report(Path data) throws IOException {
        Split trainSplit = Split.read(data, "train");
        Split devSplit = Split.read(data, "dev");
        List<NormalisedPost> train = trainSplit.posts();
        List<NormalisedPost> dev = devSplit.posts();
        Comparison comparison = compare(trainSplit, devSplit);
        MatchingEvaluation held = comparison.held();
        Outcome suggest = comparison.suggest();
        double weight = suggest.semanticWeight();
        Outcome link = comparison.link();
        Outcome lexicalOnly = comparison.lexicalOnly();
        Outcome semanticOnly = comparison.semanticOnly();
        MatchingEvaluation tuning = comparison.tuning();

        StringBuilder out = new StringBuilder(BenchmarkReport.section("Claim matching: already checked?", COMMAND));
        out.append(String.format(Locale.ROOT,
                """
                        Pairs from CT25 French claim normalisation: each post's claims (extracted by the built-in extractor)
                        against the normalised claims as if they had been checked before. Tuned on train (%d posts, %d
                        checked claims); reported on dev (%d posts) against dev's and train's checked claims (%d). A match is
                        right when it is the claim normalised from the same post or a duplicate of it (≥ %.1f in shared
                        words). Precision is over matches shown (each claim's best); recall is over posts. Retrieval as the
                        server does it: the best %d checked claims by shared words plus the best %d by embedding, rescored.
                        Embedding model: %s, %.1f ms per text on this machine.

                        | scorer | semantic weight | threshold (tuned on train) | dev matches shown | dev precision | dev recall | dev F1 |
                        | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                        """,
                train.size(), train.size(), dev.size(), dev.size() + train.size(),
                MatchingEvaluation.DUPLICATE, MatchingEvaluation.CANDIDATES, MatchingEvaluation.CANDIDATES,
                ClaimEmbedder.MODEL, millisPerText()));
        row(out, "lexical only", held, lexicalOnly, 0);
        row(out, "semantic only", held, semanticOnly, 0);
        row(out, "**suggest** (combined)", held, suggest, 0);
        row(out, "**link** (combined, ≥ " + MIN_WORDS_TO_LINK + " words, precision ≥ " + LINK_PRECISION
                + " on train)", held, link, MIN_WORDS_TO_LINK);
        curve(out, tuning, held, weight);
        out.append(String.format(Locale.ROOT, """

                Settings these give (deploy/app/src/main/resources/application.properties):
                `claimdesk.matching.semantic-weight=%.2f`, `claimdesk.matching.suggest-threshold=%.2f`,
                `claimdesk.matching.link-threshold=%.2f`, `claimdesk.matching.min-words-to-link=%d`.
                """, weight, suggest.threshold(), link.threshold(), MIN_WORDS_TO_LINK));
        return out.toString();
    }

    // How precision trades for recall around the chosen thresholds, for whoever sets them differently.
    private static void curve(StringBuilder out, MatchingEvaluation train, MatchingEvaluation dev, double weight) {
        out.append(String.format(Locale.ROOT, """

                Combined score (weight %.1f) at other thresholds:

                | threshold | train precision | train recall | dev precision | dev recall |
                | ---: | ---: | ---: | ---: | ---: |
                """, weight));
        for (int t = 35; t <= 95; t += 5) {
            Outcome tr = train.at(weight, t / 100.0, 0);
            Outcome de = dev.at(weight, t / 100.0, 0);
            out.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f |%n", t / 100.0,
                    tr.precision(), tr.recall(), de.precision(), de.recall()));
        }
    }

    private static void row(StringBuilder out, String name, MatchingEvaluation dev, Outcome tuned, int minWords) {
        Outcome measured = dev.at(tuned.semanticWeight(), tuned.threshold(), minWords);
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %d | %.3f | %.3f | %.3f |%n", name,
                tuned.semanticWeight(), tuned.threshold(), measured.shown(), measured.precision(), measured.recall(),
                measured.f1()));
    }

    // The claims the extractor finds in each post: the new claims to match.
    private static List<List<String>> extractedClaims(List<NormalisedPost> posts) {
        BuiltInClaimExtractor extractor = new BuiltInClaimExtractor();
        return posts.stream().map(post -> extractor.extract(post.post(), "fr").claims().stream()
                .map(CandidateClaim::text).toList()).toList();
    }

    private List<Text> texts(Split split) {
        List<Text> claims = new ArrayList<>();
        for (int p = 0; p < split.claims().size(); p++) {
            for (String claim : split.claims().get(p)) {
                claims.add(text(p, claim));
            }
        }
        return claims;
    }

    // The normalised claims as checked claims, owned by their post; the distractors' owners are negative.
    private List<Text> checked(List<NormalisedPost> posts, List<NormalisedPost> distractors) {
        List<Text> checked = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            checked.add(text(p, posts.get(p).normalisedClaim()));
        }
        for (int d = 0; d < distractors.size(); d++) {
            checked.add(text(-1 - d, distractors.get(d).normalisedClaim()));
        }
        return checked;
    }

    private Text text(int post, String text) {
        long start = System.nanoTime();
        float[] vector = embedder.apply(text);
        embeddingNanos += System.nanoTime() - start;
        embedded++;
        return new Text(post, text, MatchWords.of(text), vector);
    }
}
