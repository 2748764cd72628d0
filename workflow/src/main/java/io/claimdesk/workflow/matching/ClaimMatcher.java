package io.claimdesk.workflow.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.matching.ClaimSimilarity;
import io.claimdesk.core.matching.ClaimSimilarity.MatchScore;
import io.claimdesk.core.matching.MatchThresholds;
import io.claimdesk.core.matching.MatchThresholds.MatchLevel;
import io.claimdesk.core.matching.MatchWords;
import io.claimdesk.workflow.publication.SimilarVerdict;
import io.claimdesk.workflow.publication.VerdictIndex;

/**
 * Finds the published verdicts a claim may already be answered by: Elasticsearch proposes candidates (more-like-this on
 * the folded words, nearest claim vectors), which are rescored with {@link ClaimSimilarity} and kept from the suggest
 * threshold up.
 */
@ApplicationScoped
public class ClaimMatcher {

    @Inject
    MatchingConfig config;

    @Inject
    ClaimEmbeddings embeddings;

    @Inject
    VerdictIndex index;

    /** The matches of a text, best first; {@code self} (the claim's own id, or null) is never its own match. */
    public List<FoundMatch> find(String text, Long self) {
        Set<String> words = MatchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        float[] vector = embeddings.embed(text);
        ClaimSimilarity similarity = new ClaimSimilarity(config.semanticWeight());
        MatchThresholds thresholds = new MatchThresholds(config.suggestThreshold(), config.linkThreshold(),
                config.minWordsToLink());
        List<FoundMatch> found = new ArrayList<>();
        for (SimilarVerdict candidate : index.similar(String.join(" ", words), vector, config.candidates())) {
            if (self != null && candidate.claimId() == self) {
                continue;
            }
            MatchScore score = similarity.score(words, vector, MatchWords.of(candidate.claim()),
                    candidate.claimVector());
            MatchLevel level = thresholds.level(score.combined(), words.size());
            if (level != MatchLevel.NONE) {
                found.add(new FoundMatch(candidate, score, level));
            }
        }
        found.sort(Comparator.comparingDouble((FoundMatch m) -> -m.score().combined()));
        return found.size() > config.maxMatches() ? found.subList(0, config.maxMatches()) : found;
    }
}
