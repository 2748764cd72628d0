package io.claimdesk.workflow.publication;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.claimreview.PublicSite;

/** What the public sees: search over the index, and single verdicts read from PostgreSQL, the source of truth. */
@ApplicationScoped
public class PublicationService {

    @Inject
    VerdictIndex index;

    @Inject
    PublicSite site;

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRevisionRepository revisions;

    public VerdictSearchResult search(VerdictQuery query) {
        return index.search(query);
    }

    /**
     * The published verdict of a claim: its newest approved revision, also while a correction is under way; empty
     * while the claim was never published.
     */
    public Optional<PublishedVerdict> published(long claimId) {
        return claims.findByIdOptional(claimId)
                .filter(claim -> isPublic(claim.status))
                .flatMap(claim -> revisions.latest(claimId)
                        .map(revision -> PublishedVerdict.of(claim, revision, site.publisher(claim.article))));
    }

    /** Statuses in which a claim's newest approved revision is public. */
    static boolean isPublic(ClaimStatus status) {
        return status == ClaimStatus.PUBLISHED || status == ClaimStatus.CORRECTION;
    }
}
