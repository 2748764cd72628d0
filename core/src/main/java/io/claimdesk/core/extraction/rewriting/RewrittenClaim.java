package io.claimdesk.core.extraction.rewriting;

import java.util.Set;

import io.claimdesk.core.extraction.Reason;

/**
 * A claim as the rewriter made it from one sentence: its text as it reads on its own, the {@code [start, end)} span of
 * its source in the article, the source sentence as written, whether that sentence is a heading line, and the reasons
 * its making adds (split, decontextualised, not a claim and why...).
 */
public record RewrittenClaim(String text, int start, int end, String sentence, boolean heading, Set<Reason> reasons) {

    public RewrittenClaim {
        reasons = Set.copyOf(reasons);
    }

    public boolean isClaim() {
        return !reasons.contains(Reason.NOT_A_CLAIM);
    }
}
