package io.claimdesk.core.extraction;

import java.util.List;

/**
 * One statement that may be worth checking: its text as it reads on its own, its {@code [start, end)} span in the
 * original article text, a check-worthiness score in [0, 1], the reasons behind the score, and the source sentence as
 * the article wrote it (so a reader always sees what the rewrite started from).
 */
public record CandidateClaim(String text, int start, int end, double score, List<Reason> reasons, String sentence) {

    public CandidateClaim {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("a claim needs its source sentence");
        }
        reasons = List.copyOf(reasons);
    }
}
