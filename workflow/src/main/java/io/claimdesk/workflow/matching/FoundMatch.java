package io.claimdesk.workflow.matching;

import io.claimdesk.core.matching.ClaimSimilarity.MatchScore;
import io.claimdesk.core.matching.MatchThresholds.MatchLevel;
import io.claimdesk.workflow.publication.SimilarVerdict;

/** A published verdict close enough to a claim to be shown, with how close and what that means. */
public record FoundMatch(SimilarVerdict verdict, MatchScore score, MatchLevel level) {
}
