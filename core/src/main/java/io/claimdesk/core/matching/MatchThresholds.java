package io.claimdesk.core.matching;

/**
 * What a similarity means for a new claim: below {@code suggest}, nothing; from {@code suggest}, the checked claim is
 * shown as a suggestion; from {@code link}, it is linked and the reviewer confirms; claims with fewer than
 * {@code minWordsToLink} content words are only ever suggested, as few words match too easily.
 */
public record MatchThresholds(double suggest, double link, int minWordsToLink) {

    public MatchThresholds {
        if (suggest <= 0 || suggest > 1 || link < suggest || link > 1) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < suggest <= link <= 1, not suggest=" + suggest + " link=" + link);
        }
    }

    public MatchLevel level(double similarity, int claimWords) {
        if (similarity >= link && claimWords >= minWordsToLink) {
            return MatchLevel.LINK;
        }
        return similarity >= suggest ? MatchLevel.SUGGEST : MatchLevel.NONE;
    }

    /** Whether a match is ignored, shown, or linked pending the reviewer's confirmation. */
    public enum MatchLevel {
        NONE, SUGGEST, LINK
    }
}
