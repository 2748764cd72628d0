package io.claimdesk.workflow.editing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimdesk.core.extraction.CheckWorthinessScorer;
import io.claimdesk.core.extraction.ClaimFeatureExtractor;
import io.claimdesk.core.extraction.ClaimFeatures;
import io.claimdesk.core.extraction.Reason;

/** Scores claims the team writes with the extractor's own model, so every claim on the board is ranked alike. */
@ApplicationScoped
public class TeamClaimScorer {

    private final ClaimFeatureExtractor features = new ClaimFeatureExtractor();
    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();

    /** A check-worthiness score in [0, 1] and the reasons behind it. */
    public record Scored(double score, List<String> reasons) {
    }

    public Scored score(String text, String language) {
        ClaimFeatures found = features.features(text, false, language);
        return new Scored(scorer.score(found), found.present().stream().map(Reason::name).toList());
    }
}
