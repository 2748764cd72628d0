package io.claimdesk.workflow.review;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.history.ClaimEventRepository;
import io.claimdesk.workflow.security.Actor;

/** Appends each workflow step to a claim's history and reads it back. */
@ApplicationScoped
public class ClaimHistory {

    @Inject
    ClaimEventRepository events;

    void record(Claim claim, ClaimAction action, ClaimStatus from, Actor actor, String comment) {
        ClaimEvent event = new ClaimEvent();
        event.claimId = claim.id;
        event.actor = actor.username();
        event.at = Instant.now();
        event.action = action.name();
        event.fromStatus = from;
        event.toStatus = claim.status;
        event.comment = comment;
        events.persist(event);
    }

    /** The first step of every claim: the extractor found it in an article someone submitted. */
    public void recordExtraction(Claim claim, Actor submitter) {
        record(claim, ClaimAction.EXTRACT, null, submitter, null);
    }

    public List<ClaimEvent> of(long claimId) {
        return events.forClaim(claimId);
    }
}
