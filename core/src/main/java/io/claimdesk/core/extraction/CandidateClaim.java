package io.claimdesk.core.extraction;

import java.util.List;

/**
 * One sentence that may be worth checking: its text, its {@code [start, end)} span in the original article text, a
 * check-worthiness score in [0, 1] and the reasons behind the score.
 */
public record CandidateClaim(String text, int start, int end, double score, List<Reason> reasons) {

    public CandidateClaim {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
