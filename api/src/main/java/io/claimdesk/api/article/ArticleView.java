package io.claimdesk.api.article;

import java.time.Instant;
import java.util.List;

import io.claimdesk.api.claim.ClaimView;
import io.claimdesk.core.article.Article;
import io.claimdesk.workflow.article.ArticleRollup;

/** An article with its text, the claims extracted from it, and where they stand. */
public record ArticleView(long id, String title, String url, String language, List<String> topics, String team,
        String text,
        String createdBy, Instant createdAt, RollupView rollup, List<ClaimView> claims) {

    public static ArticleView of(Article article, ArticleRollup rollup) {
        return new ArticleView(article.id, article.title, article.url, article.language, article.topics, article.team,
                article.text, article.createdBy, article.createdAt, RollupView.of(rollup),
                article.claims.stream().map(ClaimView::of).toList());
    }
}
