package io.claimdesk.workflow.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;

/** Where an article's claims stand: counts by status and by published rating, and the same in one line. */
public record ArticleRollup(int claims, Map<ClaimStatus, Integer> byStatus, Map<Rating, Integer> byRating,
        String summary) {

    /** {@code publishedRatings}: the public rating of each published claim, by claim id. */
    public static ArticleRollup of(List<Claim> claims, Map<Long, Rating> publishedRatings) {
        Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
        Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
        for (Claim claim : claims) {
            byStatus.merge(claim.status, 1, Integer::sum);
            Rating rating = publishedRatings.get(claim.id);
            if (rating != null && (claim.status == ClaimStatus.PUBLISHED || claim.status == ClaimStatus.CORRECTION)) {
                byRating.merge(rating, 1, Integer::sum);
            }
        }
        return new ArticleRollup(claims.size(), byStatus, byRating, summary(claims.size(), byStatus, byRating));
    }

    private static String summary(int total, Map<ClaimStatus, Integer> byStatus, Map<Rating, Integer> byRating) {
        if (total == 0) {
            return "No claims.";
        }
        List<String> parts = new ArrayList<>();
        int published = byStatus.getOrDefault(ClaimStatus.PUBLISHED, 0);
        if (published > 0) {
            String ratings = byRating.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            parts.add(published + " published" + (ratings.isEmpty() ? "" : " (" + ratings + ")"));
        }
        add(parts, byStatus, ClaimStatus.CORRECTION, "being corrected");
        add(parts, byStatus, ClaimStatus.AWAITING_APPROVAL, "awaiting approval");
        add(parts, byStatus, ClaimStatus.ASSIGNED, "in review");
        add(parts, byStatus, ClaimStatus.EXTRACTED, "to assign");
        add(parts, byStatus, ClaimStatus.DISCARDED, "discarded");
        return total + (total == 1 ? " claim: " : " claims: ") + String.join(", ", parts) + ".";
    }

    private static void add(List<String> parts, Map<ClaimStatus, Integer> byStatus, ClaimStatus status,
            String label) {
        int count = byStatus.getOrDefault(status, 0);
        if (count > 0) {
            parts.add(count + " " + label);
        }
    }
}
