package io.claimdesk.workflow.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Fans committed workflow changes out to every listener (the board's server-sent events). Events are only sent after
 * their transaction commits, so nobody sees a change that was rolled back. The workflow never waits for listeners: one
 * that falls more than {@link #BUFFER_PER_LISTENER} events behind has its stream ended (a browser's EventSource then
 * reconnects).
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
