package io.claimdesk.api.matching;

import java.time.Instant;

import io.claimdesk.core.matching.ClaimMatch;
import io.claimdesk.workflow.claimreview.PublicSite;

/** A stored match: the published verdict, how close it is, whether it is linked, and the team's decision. */
public record ClaimMatchView(long id, long checkedClaimId, String checkedText, String rating, String verdictUrl,
        double score, double lexicalScore, Double semanticScore, String level, String decision, String decidedBy,
        Instant decidedAt, Instant foundAt) {

    static ClaimMatchView of(ClaimMatch match, PublicSite site) {
        return new ClaimMatchView(match.id, match.checkedClaimId, match.checkedText, match.rating.name(),
                site.permalink(match.checkedClaimId), match.score, match.lexicalScore, match.semanticScore,
                match.level.name(), match.decision.name(), match.decidedBy, match.decidedAt, match.foundAt);
    }
}
