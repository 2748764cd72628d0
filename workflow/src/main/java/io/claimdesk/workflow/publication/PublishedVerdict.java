package io.claimdesk.workflow.publication;

import java.util.ArrayList;
import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.VerdictRevision;

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
        String publishedAt,
        String publisher,
        List<String> tags,
        String sourceSentence) {

    /**
     * The public form of an approved revision of the claim's verdict, published by {@code publisher} (the article's
     * team or the configured publisher) and tagged with the claim's topics.
     */
    public static PublishedVerdict of(Claim claim, VerdictRevision revision, String publisher) {
        List<String> sources = new ArrayList<>(revision.sources);
        revision.evidence.stream().map(e -> e.url).filter(url -> !sources.contains(url)).forEach(sources::add);
        return new PublishedVerdict(claim.id, revision.claimText, SearchFolding.fold(revision.claimText),
                revision.rating.name(), revision.rating.ratingValue(), revision.rating.label(), revision.explanation,
                SearchFolding.fold(revision.explanation), List.copyOf(sources), claim.article.id,
                claim.article.title, SearchFolding.fold(claim.article.title), claim.article.url,
                claim.article.language, revision.reviewer, revision.approver, revision.approvedAt.toString(), publisher,
                List.copyOf(claim.topics), claim.sourceSentence);
    }
}
