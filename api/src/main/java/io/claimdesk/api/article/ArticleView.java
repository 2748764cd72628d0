package io.claimdesk.api.article;

import java.time.Instant;
import java.util.List;

import io.claimdesk.api.claim.ClaimView;
import io.claimdesk.core.article.Article;

/** An article with its text and the claims extracted from it. */
public record ArticleView(long id, String title, String url, String language, String text, String createdBy,
        Instant createdAt, List<ClaimView> claims) {

    public static ArticleView of(Article article) {
        return new ArticleView(article.id, article.title, article.url, article.language, article.text,
                article.createdBy, article.createdAt, article.claims.stream().map(ClaimView::of).toList());
    }
}
