package io.claimdesk.core.matching;

import java.util.Set;

/**
 * How close a new claim is to an already checked one, in [0, 1]: a weighted mean of a lexical score (shared content
 * words) and, when vectors are given, a semantic score (cosine of sentence embeddings). The weight and the thresholds
 * applied to the result are tuned on labelled claim pairs ({@code ./claimdesk bench matching}).
 */
public final class ClaimSimilarity {

    private final double semanticWeight;

    /** {@code semanticWeight} in [0, 1]: the share of the semantic score when both vectors are known. */
    public ClaimSimilarity(double semanticWeight) {
        if (semanticWeight < 0 || semanticWeight > 1) {
            throw new IllegalArgumentException("the semantic weight must lie in [0, 1], not " + semanticWeight);
        }
        this.semanticWeight = semanticWeight;
    }

    /** The scores of a pair; the vectors may be null (no model), and then the lexical score decides alone. */
    public MatchScore score(Set<String> claimWords, float[] claimVector, Set<String> checkedWords,
            float[] checkedVector) {
        double lexical = lexical(claimWords, checkedWords);
        if (claimVector == null || checkedVector == null) {
            return new MatchScore(lexical, Double.NaN, lexical);
        }
        double semantic = Math.max(0, ClaimEmbedder.cosine(claimVector, checkedVector));
        return new MatchScore(lexical, semantic, semanticWeight * semantic + (1 - semanticWeight) * lexical);
    }

    /**
     * Shared content words over the smaller set, shrunk by the Dice coefficient's view of the larger: a short claim
     * fully inside a long one scores high, but not as high as the same claim.
     */
    public static double lexical(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        double containment = (double) shared / small.size();
        double dice = 2.0 * shared / (a.size() + b.size());
        return (containment + dice) / 2;
    }

    /** The parts of a similarity: {@code semantic} is NaN when no vectors were compared. */
    public record MatchScore(double lexical, double semantic, double combined) {
    }
}
