package io.claimdesk.workflow.publication;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.VerdictRepository;

/** What the public sees: search over the index, and single verdicts read from PostgreSQL, the source of truth. */
@ApplicationScoped
public class PublicationService {

    @Inject
    VerdictIndex index;

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRepository verdicts;

    public VerdictSearchResult search(VerdictQuery query) {
        return index.search(query);
    }

    /** The published verdict of a claim; empty while the claim is not published. */
    public Optional<PublishedVerdict> published(long claimId) {
        return claims.findByIdOptional(claimId)
                .filter(claim -> claim.status == ClaimStatus.PUBLISHED)
                .flatMap(claim -> verdicts.forClaim(claimId).map(verdict -> PublishedVerdict.of(claim, verdict)));
    }
}
