package io.claimdesk.workflow.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Fans committed workflow changes out to this instance's listeners (the board's server-sent events). Changes arrive
 * through PostgreSQL ({@link WorkflowEventChannel}), so a change committed by any instance reaches the listeners of
 * every instance, and only once it is committed. The workflow never waits for listeners: one that falls more than
 * {@link #BUFFER_PER_LISTENER} events behind has its stream ended (a browser's EventSource then reconnects).
 */
@ApplicationScoped
public class WorkflowEventStream {

    static final int BUFFER_PER_LISTENER = 256;

    private final BroadcastProcessor<WorkflowEvent> processor = BroadcastProcessor.create();

    void deliver(WorkflowEvent event) {
        processor.onNext(event);
    }

    /** Events from now on. */
    public Multi<WorkflowEvent> events() {
        return processor.onOverflow().buffer(BUFFER_PER_LISTENER);
    }
}
