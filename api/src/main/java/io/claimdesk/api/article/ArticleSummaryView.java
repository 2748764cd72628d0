package io.claimdesk.api.article;

import java.time.Instant;

import io.claimdesk.core.article.Article;

/** An article in a list: no text, just what identifies it. */
public record ArticleSummaryView(long id, String title, String url, String language, String createdBy,
        Instant createdAt, int claimCount) {

    public static ArticleSummaryView of(Article article) {
        return new ArticleSummaryView(article.id, article.title, article.url, article.language, article.createdBy,
                article.createdAt, article.claims.size());
    }
}
