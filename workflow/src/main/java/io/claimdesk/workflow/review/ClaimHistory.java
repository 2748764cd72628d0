package io.claimdesk.workflow.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.history.ClaimEventRepository;
import io.claimdesk.workflow.events.WorkflowEvent;
import io.claimdesk.workflow.security.Actor;

/** Appends each workflow step to a claim's history, announces it once committed, and reads history back. */
@ApplicationScoped
public class ClaimHistory {

    @Inject
    ClaimEventRepository events;

    @Inject
    Event<WorkflowEvent> announcements;

    /** Records a step; {@code before} and {@code after} name what it replaced (text, assignee, …), or are null. */
    public void record(Claim claim, ClaimAction action, ClaimStatus from, Actor actor, String comment, String before,
            String after) {
        ClaimEvent event = new ClaimEvent();
        event.claimId = claim.id;
        event.actor = actor.username();
        event.at = Instant.now();
        event.action = action.name();
        event.fromStatus = from;
        event.toStatus = claim.status;
        event.comment = comment;
        event.beforeValue = before;
        event.afterValue = after;
        events.persist(event);
        announcements.fire(WorkflowEvent.of(event, claim.article.id, claim.assignee));
    }

    /** The first step of every extracted claim: the extractor found it in an article someone submitted. */
    public void recordExtraction(Claim claim, Actor submitter) {
        record(claim, ClaimAction.EXTRACT, null, submitter, null, null, null);
    }

    public List<ClaimEvent> of(long claimId) {
        return events.forClaim(claimId);
    }

    /** The latest step of this kind of each claim that has one, by claim id. */
    public Map<Long, ClaimEvent> latestOf(Collection<Long> claimIds, ClaimAction action) {
        return events.latest(claimIds, action.name());
    }
}
