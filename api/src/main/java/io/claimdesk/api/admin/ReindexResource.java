package io.claimdesk.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.workflow.publication.VerdictReindex;
import io.claimdesk.workflow.security.Roles;

/** Rebuilds the public search index from PostgreSQL and swaps it in without interrupting searches. */
@Path("/api/v1/admin/reindex")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    @Inject
    VerdictReindex reindex;

    @POST
    public ReindexView reindex() {
        VerdictReindex.Result result = reindex.rebuild();
        return new ReindexView(result.index(), result.verdicts(), result.replaced(), result.took().toMillis());
    }
}
