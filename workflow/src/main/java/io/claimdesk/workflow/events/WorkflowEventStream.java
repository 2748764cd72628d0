package io.claimdesk.workflow.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Fans committed workflow changes out to every listener (the board's server-sent events). Events are only sent after
 * their transaction commits, so nobody sees a change that was rolled back. Listeners that fall behind lose the oldest
 * events rather than slowing the workflow down.
 */
@ApplicationScoped
public class WorkflowEventStream {

    static final int BUFFER_PER_LISTENER = 256;

    private final BroadcastProcessor<WorkflowEvent> processor = BroadcastProcessor.create();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkflowEvent event) {
        processor.onNext(event);
    }

    /** Events from now on. */
    public Multi<WorkflowEvent> events() {
        return processor.onOverflow().buffer(BUFFER_PER_LISTENER);
    }
}
