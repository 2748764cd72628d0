package io.claimdesk.api.article;

import java.util.LinkedHashMap;
import java.util.Map;

import io.claimdesk.workflow.article.ArticleRollup;

/** Where an article's claims stand: counts by status and by published rating, and a one-line summary. */
public record RollupView(int claims, Map<String, Integer> byStatus, Map<String, Integer> byRating, String summary) {

    public static RollupView of(ArticleRollup rollup) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        rollup.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        Map<String, Integer> byRating = new LinkedHashMap<>();
        rollup.byRating().forEach((rating, count) -> byRating.put(rating.name(), count));
        return new RollupView(rollup.claims(), byStatus, byRating, rollup.summary());
    }
}
