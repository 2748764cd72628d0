package io.claimdesk.workflow.events;

import java.time.Instant;

import io.claimdesk.core.history.ClaimEvent;

/** A change to a claim, as the live stream tells it once the change is committed. */
public record WorkflowEvent(long eventId, long claimId, long articleId, String action, String fromStatus,
        String toStatus, String actor, String assignee, Instant at) {

    public static WorkflowEvent of(ClaimEvent event, long articleId, String assignee) {
        return new WorkflowEvent(event.id, event.claimId, articleId, event.action,
                event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.actor,
                assignee, event.at);
    }
}
