package io.claimdesk.core.matching.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.claimdesk.core.matching.ClaimEmbedder;
import io.claimdesk.core.matching.ClaimSimilarity;

/**
 * Measures claim matching on labelled pairs: each new claim (extracted from a post) is compared with every checked
 * claim
 * the way the server does (the best few by shared words plus the best few by embedding, then rescored), and its best
 * match counts as correct when it is the claim checked from the same post, or a duplicate of it. Precision is over the
 * matches shown; recall is over posts (a post is found when one of its claims finds its checked claim).
 */
public final class MatchingEvaluation {

    /** Candidates kept per retrieval route, as the server asks Elasticsearch for. */
    public static final int CANDIDATES = 10;
    /** Two checked claims this close in words are the same claim checked twice (the data holds such repeats). */
    public static final double DUPLICATE = 0.9;

    private final int posts;
    private final List<Candidate[]> candidates = new ArrayList<>();
    private final int[] queryPost;
    private final int[] queryWords;

    /**
     * @param queries
     *            new claims, each tagged with the post it comes from
     * @param checked
     *            checked claims, each tagged with its post ({@code < 0} for distractors from elsewhere)
     * @param posts
     *            how many posts the queries come from (recall's denominator)
     */
    public MatchingEvaluation(List<Text> queries, List<Text> checked, int posts) {
        this.posts = posts;
        this.queryPost = queries.stream().mapToInt(Text::post).toArray();
        this.queryWords = queries.stream().mapToInt(q -> q.words().size()).toArray();
        BitSet[] goldByPost = goldByPost(checked, posts);
        for (Text query : queries) {
            double[] lexical = new double[checked.size()];
            double[] semantic = new double[checked.size()];
            for (int c = 0; c < checked.size(); c++) {
                lexical[c] = ClaimSimilarity.lexical(query.words(), checked.get(c).words());
                semantic[c] = query.vector() == null
                        ? Double.NaN
                        : Math.max(0, ClaimEmbedder.cosine(query.vector(), checked.get(c).vector()));
            }
            int[] pool = IntStream.concat(top(lexical), top(semantic)).distinct().toArray();
            BitSet gold = query.post() >= 0 && query.post() < posts ? goldByPost[query.post()] : new BitSet();
            candidates.add(Arrays.stream(pool)
                    .mapToObj(c -> new Candidate(lexical[c], semantic[c], gold.get(c)))
                    .toArray(Candidate[]::new));
        }
    }

    // The checked claims that count as right for each post: its own, and any duplicate of its own.
    private static BitSet[] goldByPost(List<Text> checked, int posts) {
        BitSet[] gold = new BitSet[posts];
        for (int p = 0; p < posts; p++) {
            gold[p] = new BitSet();
        }
        for (int c = 0; c < checked.size(); c++) {
            int post = checked.get(c).post();
            if (post < 0 || post >= posts) {
                continue;
            }
            for (int d = 0; d < checked.size(); d++) {
                if (d == c || ClaimSimilarity.lexical(checked.get(c).words(), checked.get(d).words()) >= DUPLICATE) {
                    gold[post].set(d);
                }
            }
        }
        return gold;
    }

    private static IntStream top(double[] scores) {
        if (Double.isNaN(scores.length == 0 ? 0 : scores[0])) {
            return IntStream.empty();
        }
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -scores[c]))
                .limit(CANDIDATES).mapToInt(Integer::intValue);
    }

    /** Precision and recall when matches at or above {@code threshold} are shown. */
    public Outcome at(double semanticWeight, double threshold, int minWords) {
        int shown = 0;
        int right = 0;
        BitSet found = new BitSet();
        for (int q = 0; q < candidates.size(); q++) {
            if (queryWords[q] < minWords) {
                continue;
            }
            Candidate best = best(candidates.get(q), semanticWeight);
            if (best == null || best.combined(semanticWeight) < threshold) {
                continue;
            }
            shown++;
            if (best.correct()) {
                right++;
                found.set(queryPost[q]);
            }
        }
        double precision = shown == 0 ? 1 : (double) right / shown;
        double recall = posts == 0 ? 0 : (double) found.cardinality() / posts;
        return new Outcome(semanticWeight, threshold, shown, precision, recall);
    }

    private static Candidate best(Candidate[] pool, double semanticWeight) {
        Candidate best = null;
        for (Candidate candidate : pool) {
            if (best == null || candidate.combined(semanticWeight) > best.combined(semanticWeight)) {
                best = candidate;
            }
        }
        return best;
    }

    /** The weight and threshold (steps of 0.01 and 0.05) with the best F1. */
    public Outcome bestF1(List<Double> weights) {
        Outcome best = null;
        for (double weight : weights) {
            for (int t = 1; t <= 100; t++) {
                Outcome outcome = at(weight, t / 100.0, 0);
                if (best == null || outcome.f1() > best.f1()) {
                    best = outcome;
                }
            }
        }
        return best;
    }

    /** The lowest threshold whose precision reaches {@code precision} for claims of at least {@code minWords}. */
    public Outcome lowestThresholdWithPrecision(double weight, double precision, int minWords) {
        for (int t = 1; t <= 100; t++) {
            Outcome outcome = at(weight, t / 100.0, minWords);
            if (outcome.shown() > 0 && outcome.precision() >= precision) {
                return outcome;
            }
        }
        return at(weight, 1.0, minWords);
    }

    /** A claim, its content words, its vector (null without a model) and the post it belongs to. */
    public record Text(int post, String text, Set<String> words, float[] vector) {
    }

    /** A measured point: how many matches were shown, and their precision and recall. */
    public record Outcome(double semanticWeight, double threshold, int shown, double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private record Candidate(double lexical, double semantic, boolean correct) {

        double combined(double weight) {
            return Double.isNaN(semantic) ? lexical : weight * semantic + (1 - weight) * lexical;
        }
    }
}
