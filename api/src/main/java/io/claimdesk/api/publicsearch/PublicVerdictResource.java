package io.claimdesk.api.publicsearch;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.publication.PublicationService;
import io.claimdesk.workflow.publication.VerdictQuery;

/** Published verdicts for everyone, no login. */
@Path("/api/public/v1/verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerdictResource {

    @Inject
    PublicationService publication;

    @GET
    public VerdictSearchView search(@QueryParam("q") String q, @QueryParam("rating") String rating,
            @QueryParam("language") String language, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        VerdictQuery query = new VerdictQuery(q, rating, language, page, size);
        return VerdictSearchView.of(publication.search(query), page, size);
    }

    @GET
    @Path("/{claimId}")
    public PublicVerdictView get(@PathParam("claimId") long claimId) {
        return publication.published(claimId)
                .map(verdict -> PublicVerdictView.of(verdict, null))
                .orElseThrow(() -> WorkflowException.notFound("No published verdict for claim " + claimId + "."));
    }
}
