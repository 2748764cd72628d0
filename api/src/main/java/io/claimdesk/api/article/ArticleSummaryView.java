package io.claimdesk.api.article;

import java.time.Instant;
import java.util.List;

import io.claimdesk.core.article.Article;
import io.claimdesk.workflow.article.ArticleRollup;

/** An article in a list: no text, just what identifies it and where its claims stand. */
public record ArticleSummaryView(long id, String title, String url, String language, List<String> topics, String team,
        String createdBy, Instant createdAt, int claimCount, String summary) {

    public static ArticleSummaryView of(Article article, ArticleRollup rollup) {
        return new ArticleSummaryView(article.id, article.title, article.url, article.language, article.topics,
                article.team,
                article.createdBy, article.createdAt, rollup.claims(), rollup.summary());
    }
}
