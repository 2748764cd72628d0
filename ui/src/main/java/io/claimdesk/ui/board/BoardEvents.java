package io.claimdesk.ui.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.claimdesk.workflow.events.WorkflowEvent;
import io.claimdesk.workflow.events.WorkflowEventStream;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;

/**
 * The board's live feed: committed workflow changes as server-sent events named "claim", for pages signed in with the
 * web login (the JSON API has its own feed for bearer tokens). A first "connected" event lets the page know it is
 * listening.
 */
@Path("/app/events")
@Authenticated
public class BoardEvents {

    @Inject
    WorkflowEventStream stream;

    @Context
    Sse sse;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events() {
        OutboundSseEvent connected = sse.newEventBuilder().name("connected").data("listening").build();
        // Merged, not concatenated: the stream is subscribed at once, so no change slips in after "connected".
        return Multi.createBy().merging().streams(Multi.createFrom().item(connected),
                stream.events().map(this::toSse));
    }

    private OutboundSseEvent toSse(WorkflowEvent event) {
        return sse.newEventBuilder()
                .name("claim")
                .id(String.valueOf(event.eventId()))
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data("claim " + event.claimId() + ": " + event.toStatus())
                .build();
    }
}
