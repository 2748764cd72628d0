package io.claimdesk.api.publicsearch;

import java.util.List;

import io.claimdesk.workflow.publication.PublishedVerdict;

/** A published verdict as the public sees it. */
public record PublicVerdictView(long claimId, String claim, String rating, String ratingLabel, String explanation,
        List<String> sources, long articleId, String articleTitle, String articleUrl, String language,
        String publishedAt, String publisher, List<String> tags, String highlight) {

    public static PublicVerdictView of(PublishedVerdict verdict, String highlight) {
        return new PublicVerdictView(verdict.claimId(), verdict.claim(), verdict.rating(), verdict.ratingLabel(),
                verdict.explanation(), verdict.sources(), verdict.articleId(), verdict.articleTitle(),
                verdict.articleUrl(), verdict.language(), verdict.publishedAt(), verdict.publisher(),
                verdict.tags() == null ? List.of() : verdict.tags(), highlight);
    }
}
