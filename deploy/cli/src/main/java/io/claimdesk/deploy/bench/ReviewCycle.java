package io.claimdesk.deploy.bench;

import java.util.Locale;

/**
 * The transitions the workflow benchmark takes on each claim, with transitions that exist since the first release
 * only: assign, then a verdict rejected {@value #REJECTIONS} times, a last verdict, and its approval.
 */
enum ReviewCycle {

    ASSIGN, VERDICT, REJECT, APPROVE;

    static final int REJECTIONS = 3;
    /** Transitions per claim: assign, a verdict and a rejection per round, the last verdict, approve. */
    static final int LENGTH = 2 * REJECTIONS + 3;

    /** The transition at a position (0 to {@link #LENGTH} - 1) of a claim's cycle. */
    static ReviewCycle at(int position) {
        if (position < 0 || position >= LENGTH) {
            throw new IllegalArgumentException("position " + position + " is outside a cycle of " + LENGTH);
        }
        if (position == 0) {
            return ASSIGN;
        }
        if (position == LENGTH - 1) {
            return APPROVE;
        }
        return position % 2 == 1 ? VERDICT : REJECT;
    }

    /** The last segment of the claim action's path, {@code /api/v1/claims/{id}/...}. */
    String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
