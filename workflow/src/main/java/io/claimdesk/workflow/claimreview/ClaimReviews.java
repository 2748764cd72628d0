package io.claimdesk.workflow.claimreview;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.publication.PublicationService;
import io.claimdesk.workflow.publication.PublishedVerdict;

/** The ClaimReview of a published verdict, for the public API and the permalink page alike. */
@ApplicationScoped
public class ClaimReviews {

    @Inject
    PublicationService publication;

    @Inject
    VerdictRevisionRepository revisions;

    @Inject
    ClaimRepository claims;

    @Inject
    PublicSite site;

    /** Empty while the claim has no published verdict. */
    public Optional<ClaimReviewDocument> of(long claimId) {
        return publication.published(claimId).map(this::of);
    }

    /** The ClaimReview of a verdict already read from {@link PublicationService#published}. */
    public ClaimReviewDocument of(PublishedVerdict verdict) {
        long claimId = verdict.claimId();
        return ClaimReviewDocument.of(verdict, revisions.forClaim(claimId).get(0).approvedAt,
                claims.findById(claimId).article.createdAt, site);
    }
}
