package io.claimdesk.api.matching;

import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.matching.FoundMatch;

/** A published verdict matching a looked-up text. */
public record FoundMatchView(long checkedClaimId, String checkedText, String rating, String language,
        String verdictUrl, double score, double lexicalScore, Double semanticScore, String level) {

    static FoundMatchView of(FoundMatch match, PublicSite site) {
        double semantic = match.score().semantic();
        return new FoundMatchView(match.verdict().claimId(), match.verdict().claim(), match.verdict().rating(),
                match.verdict().language(), site.permalink(match.verdict().claimId()), match.score().combined(),
                match.score().lexical(), Double.isNaN(semantic) ? null : semantic, match.level().name());
    }
}
