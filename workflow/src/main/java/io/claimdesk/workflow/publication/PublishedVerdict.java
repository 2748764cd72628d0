package io.claimdesk.workflow.publication;

import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;

/** A published verdict as the search index stores it (document id = claim id). */
public record PublishedVerdict(
        long claimId,
        String claim,
        String claimFolded,
        String rating,
        int ratingValue,
        String ratingLabel,
        String explanation,
        String explanationFolded,
        List<String> sources,
        long articleId,
        String articleTitle,
        String articleTitleFolded,
        String articleUrl,
        String language,
        String reviewer,
        String approver,
        String publishedAt) {

    public static PublishedVerdict of(Claim claim, Verdict verdict) {
        return new PublishedVerdict(claim.id, claim.text, SearchFolding.fold(claim.text), verdict.rating.name(),
                verdict.rating.ratingValue(), verdict.rating.label(), verdict.explanation,
                SearchFolding.fold(verdict.explanation), List.copyOf(verdict.sources), claim.article.id,
                claim.article.title, SearchFolding.fold(claim.article.title), claim.article.url,
                claim.article.language, verdict.reviewer, verdict.approver, verdict.approvedAt.toString());
    }
}
