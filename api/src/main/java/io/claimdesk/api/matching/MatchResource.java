package io.claimdesk.api.matching;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.core.matching.MatchDecision;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.matching.MatchingService;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.security.Authenticated;

/** "Already checked?" for a claim: the published verdicts matched with it, and the team's decisions on them. */
@Path("/api/v1/claims/{id}/matches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    MatchingService matching;

    @Inject
    PublicSite site;

    @Inject
    CurrentActor currentActor;

    /** The claim's matches, best first; {@code pending} is true while the claim waits to be (re)matched. */
    @GET
    public MatchesView matches(@PathParam("id") long claimId) {
        List<ClaimMatchView> found = matching.matchesOf(claimId).stream().map(m -> ClaimMatchView.of(m, site))
                .toList();
        return new MatchesView(matching.isQueued(claimId), found);
    }

    /** The claim is the one the matched verdict answers. */
    @POST
    @Path("/{matchId}/confirm")
    public ClaimMatchView confirm(@PathParam("id") long claimId, @PathParam("matchId") long matchId) {
        return ClaimMatchView.of(matching.decide(claimId, matchId, MatchDecision.CONFIRMED, currentActor.get()), site);
    }

    /** The matched verdict does not answer the claim. */
    @POST
    @Path("/{matchId}/dismiss")
    public ClaimMatchView dismiss(@PathParam("id") long claimId, @PathParam("matchId") long matchId) {
        return ClaimMatchView.of(matching.decide(claimId, matchId, MatchDecision.DISMISSED, currentActor.get()), site);
    }
}
