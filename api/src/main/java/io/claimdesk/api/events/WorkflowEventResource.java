package io.claimdesk.api.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.claimdesk.workflow.events.WorkflowEvent;
import io.claimdesk.workflow.events.WorkflowEventStream;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;

/** Every committed workflow change, live, as server-sent events (one JSON object per event). */
@Path("/api/v1/events")
@Authenticated
public class WorkflowEventResource {

    @Inject
    WorkflowEventStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<WorkflowEvent> events() {
        return stream.events();
    }
}
