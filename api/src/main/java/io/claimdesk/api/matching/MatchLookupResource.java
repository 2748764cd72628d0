package io.claimdesk.api.matching;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.matching.MatchingService;
import io.quarkus.security.Authenticated;

/** "Already checked?" for any text: the published verdicts that match it, nothing stored. */
@Path("/api/v1/matches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchLookupResource {

    @Inject
    MatchingService matching;

    @Inject
    PublicSite site;

    @POST
    @Path("/lookup")
    public List<FoundMatchView> lookup(LookupRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send {\"text\": \"the claim to look for\"}.");
        }
        return matching.lookup(request.text()).stream().map(m -> FoundMatchView.of(m, site)).toList();
    }
}
