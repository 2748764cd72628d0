package io.claimdesk.core.extraction.training;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.claimdesk.core.extraction.CheckWorthinessScorer;
import io.claimdesk.core.extraction.ClaimFeatureExtractor;
import io.claimdesk.core.extraction.ClaimFeatures;
import io.claimdesk.core.extraction.LexicalTerms;
import io.claimdesk.core.extraction.Reason;

/**
 * Trains the two check-worthiness models of {@link CheckWorthinessScorer} on labelled English sentences: the
 * cross-language one (reasons and signals) and the lexical one (the same plus hashed word n-grams). Hyper-parameters
 * and the single decision threshold are chosen on the dev set only; the cross-language model's bias is then shifted
 * so that the same threshold is its own best one on dev. Deterministic: fixed seed, fixed grid, fixed output order.
 */
public final class CheckWorthinessTrainer {

    public static final long SEED = 20240501L;
    /**
     * Weights set, not learnt (hand-set values of v1): no training sentence is a heading; and in debates "we will ..."
     * is a promise annotators often mark check-worthy, whereas in news an agenda ("devront discuter") is not yet a
     * fact.
     */
    static final Map<Reason, Double> PRIORS = Map.of(Reason.HEADING, -1.4, Reason.AGENDA, -2.2);
    static final double LEARNING_RATE = 0.1;
    // 2^16 buckets gained under 0.001 dev F1 for a 1.2 MB file: the table stays at 2^14.
    static final int[] HASH_BITS = {14};
    static final double[] L2 = {1e-5, 1e-4, 1e-3};
    static final int[] EPOCHS = {4, 8};
    /** Term weights smaller than this are left out of the file: they change no decision. */
    static final double MIN_TERM_WEIGHT = 1e-3;

    private static final int REASONS = Reason.values().length;
    private static final int DENSE = REASONS + ClaimFeatureExtractor.SIGNALS.size();
    private static final String LANGUAGE = ClaimFeatureExtractor.LEXICAL_LANGUAGE;

    private final ClaimFeatureExtractor featureExtractor;

    public CheckWorthinessTrainer() {
        this(new ClaimFeatureExtractor());
    }

    public CheckWorthinessTrainer(ClaimFeatureExtractor featureExtractor) {
        this.featureExtractor = featureExtractor;
    }

    /** The trained weights file's text, with the settings chosen and the dev figures of the file as written. */
    public record Result(String weightsFile, String sharedSettings, String lexicalSettings, double threshold,
            RankingMetrics.Confusion devLexical, RankingMetrics.Confusion devShared) {
    }

    public Result train(List<LabelledSentence> train, List<LabelledSentence> dev) {
        List<ClaimFeatures> trainFeatures = features(train);
        List<ClaimFeatures> devFeatures = features(dev);
        List<Boolean> devGold = dev.stream().map(LabelledSentence::checkWorthy).toList();

        Candidate bestLexical = null;
        for (int bits : HASH_BITS) {
            bestLexical = better(bestLexical, search(train, trainFeatures, devFeatures, devGold, bits));
        }
        Candidate bestShared = search(train, trainFeatures, devFeatures, devGold, 0);
        double threshold = bestLexical.threshold;
        // Same decisions on dev at the shared threshold as at the shared model's own best one.
        double sharedBias = bestShared.weights.bias() + logit(threshold) - logit(bestShared.threshold);

        String file = write(threshold, bestShared, sharedBias, bestLexical);
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(load(file));
        return new Result(file, bestShared.describe(), bestLexical.describe(), threshold,
                confusion(scorer, devFeatures, devGold, true), confusion(scorer, devFeatures, devGold, false));
    }

    /** The features of each sentence, as the extractor computes them for an English non-heading sentence. */
    public List<ClaimFeatures> features(List<LabelledSentence> sentences) {
        return sentences.stream().map(s -> featureExtractor.features(s.text(), false, LANGUAGE)).toList();
    }

    /** The decisions of the scorer on the features, lexical or cross-language model, against the gold labels. */
    public static RankingMetrics.Confusion confusion(CheckWorthinessScorer scorer, List<ClaimFeatures> features,
            List<Boolean> gold, boolean lexical) {
        List<Boolean> predicted = features.stream()
                .map(f -> scorer.isCheckWorthy(scorer.score(lexical ? f : withoutTerms(f)))).toList();
        return RankingMetrics.Confusion.of(predicted, gold);
    }

    private static ClaimFeatures withoutTerms(ClaimFeatures features) {
        return new ClaimFeatures(features.values(), features.signals(), null, false);
    }

    private record Candidate(int hashBits, double l2, int epochs, LogisticRegression.Weights weights,
            double threshold, double devF1) {

        String describe() {
            return String.format(Locale.ROOT, "hash_bits=%d l2=%s epochs=%d learning_rate=%s seed=%d (dev F1 %.3f)",
                    hashBits, l2, epochs, LEARNING_RATE, SEED, devF1);
        }
    }

    private static Candidate better(Candidate a, Candidate b) {
        return a == null || b.devF1 > a.devF1 ? b : a;
    }

    private Candidate search(List<LabelledSentence> train, List<ClaimFeatures> trainFeatures,
            List<ClaimFeatures> devFeatures, List<Boolean> devGold, int bits) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            examples.add(example(trainFeatures.get(i), bits, train.get(i).checkWorthy()));
        }
        List<LogisticRegression.Example> devExamples = new ArrayList<>();
        for (int i = 0; i < devFeatures.size(); i++) {
            devExamples.add(example(devFeatures.get(i), bits, devGold.get(i)));
        }
        int dimension = DENSE + (bits == 0 ? 0 : 1 << bits);
        Candidate best = null;
        for (double l2 : L2) {
            for (int epochs : EPOCHS) {
                LogisticRegression.Weights weights = LogisticRegression.fit(examples, dimension,
                        new LogisticRegression.Settings(l2, epochs, LEARNING_RATE, SEED));
                List<Double> scores = devExamples.stream().map(weights::probability).toList();
                double[] tuned = bestThreshold(scores, devGold);
                best = better(best, new Candidate(bits, l2, epochs, weights, tuned[0], tuned[1]));
            }
        }
        return best;
    }

    /** The threshold in 0.05–0.95 that maximises F1 on the given scores, and that F1. */
    static double[] bestThreshold(List<Double> scores, List<Boolean> gold) {
        return RankingMetrics.bestThreshold(scores, gold, 5, 95);
    }

    static LogisticRegression.Example example(ClaimFeatures features, int bits, boolean positive) {
        List<Integer> indices = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double offset = 0;
        for (Map.Entry<Reason, Double> reason : features.values().entrySet()) {
            if (PRIORS.containsKey(reason.getKey())) {
                offset += PRIORS.get(reason.getKey()) * reason.getValue();
                continue;
            }
            indices.add(reason.getKey().ordinal());
            values.add(reason.getValue());
        }
        for (Map.Entry<String, Double> signal : features.signals().entrySet()) {
            indices.add(REASONS + ClaimFeatureExtractor.SIGNALS.indexOf(signal.getKey()));
            values.add(signal.getValue());
        }
        if (bits > 0) {
            for (int term : features.terms()) {
                indices.add(DENSE + LexicalTerms.bucket(term, bits));
                values.add(1.0);
            }
        }
        return new LogisticRegression.Example(indices.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), offset, positive);
    }

    private static String write(double threshold, Candidate shared, double sharedBias, Candidate lexical) {
        StringBuilder out = new StringBuilder();
        out.append(
                """
                        # Check-worthiness models, written by `./claimdesk train checkworthiness` (CheckWorthinessTrainer):
                        # rerun it rather than editing. Provenance, data and dev figures: docs/models.md.
                        # score = 1 / (1 + exp(-(bias + sum of weight * feature value))); check-worthy when score >= threshold.
                        # Unprefixed keys: the cross-language model (reasons and signals), used for every language.
                        # en. keys: the English lexical model, the same features plus hashed word uni- and bigrams
                        # (en.term.<bucket>, LexicalTerms); a missing key weighs 0. heading and agenda keep their hand-set priors.
                        """);
        out.append("# cross-language: ").append(shared.describe()).append('\n');
        out.append("# lexical: ").append(lexical.describe()).append('\n');
        out.append(String.format(Locale.ROOT, "threshold=%.2f%n%n", threshold));
        appendDense(out, "", sharedBias, shared.weights);
        out.append('\n').append(CheckWorthinessScorer.LEXICAL_PREFIX).append("hash_bits=").append(lexical.hashBits)
                .append('\n');
        appendDense(out, CheckWorthinessScorer.LEXICAL_PREFIX, lexical.weights.bias(), lexical.weights);
        double[] w = lexical.weights.weights();
        for (int bucket = 0; bucket < w.length - DENSE; bucket++) {
            double weight = w[DENSE + bucket];
            if (Math.abs(weight) >= MIN_TERM_WEIGHT) {
                out.append(CheckWorthinessScorer.LEXICAL_PREFIX).append("term.").append(bucket).append('=')
                        .append(format(weight)).append('\n');
            }
        }
        return out.toString();
    }

    private static void appendDense(StringBuilder out, String prefix, double bias, LogisticRegression.Weights weights) {
        out.append(prefix).append("bias=").append(format(bias)).append('\n');
        for (Reason reason : Reason.values()) {
            double weight = PRIORS.getOrDefault(reason, weights.weights()[reason.ordinal()]);
            out.append(prefix).append(reason.name().toLowerCase(Locale.ROOT)).append('=').append(format(weight))
                    .append('\n');
        }
        for (int s = 0; s < ClaimFeatureExtractor.SIGNALS.size(); s++) {
            out.append(prefix).append(ClaimFeatureExtractor.SIGNALS.get(s)).append('=')
                    .append(format(weights.weights()[REASONS + s])).append('\n');
        }
    }

    private static String format(double weight) {
        String text = String.format(Locale.ROOT, "%.4f", weight);
        return text.equals("-0.0000") ? "0.0000" : text;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static Properties load(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
