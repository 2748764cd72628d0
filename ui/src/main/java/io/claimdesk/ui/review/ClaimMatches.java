package io.claimdesk.ui.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.matching.ClaimMatch;
import io.claimdesk.workflow.matching.MatchingService;
import io.claimdesk.workflow.security.Actor;

/** "Already checked?" as a page shows it for one claim: its matches, whether matching is still running, who decides. */
public record ClaimMatches(List<ClaimMatch> matches, boolean pending, boolean canDecide) {

    public static ClaimMatches of(Claim claim, MatchingService matching, Actor actor) {
        return new ClaimMatches(matching.matchesOf(claim.id), matching.isQueued(claim.id),
                MatchingService.mayDecide(claim, actor));
    }

    /** The matches of every claim of a list (an article's), in two queries, by claim id. */
    public static Map<Long, ClaimMatches> of(List<Claim> claims, MatchingService matching, Actor actor) {
        List<Long> ids = claims.stream().map(claim -> claim.id).toList();
        Map<Long, List<ClaimMatch>> found = matching.matchesOf(ids).stream()
                .collect(Collectors.groupingBy(match -> match.claimId));
        Set<Long> queued = matching.queued(ids);
        Map<Long, ClaimMatches> byClaim = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byClaim.put(claim.id, new ClaimMatches(found.getOrDefault(claim.id, List.of()), queued.contains(claim.id),
                    MatchingService.mayDecide(claim, actor)));
        }
        return byClaim;
    }

    /** Whether a match is linked (above the link threshold) and still waits for the team's decision. */
    public boolean hasOpenLink() {
        return matches.stream().anyMatch(m -> m.level.name().equals("LINK") && m.decision.name().equals("PENDING"));
    }
}
