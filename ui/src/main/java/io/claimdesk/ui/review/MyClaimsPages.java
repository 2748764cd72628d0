package io.claimdesk.ui.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/**
 * A reviewer's desk: the claims they hold (to review or to correct), the nearest deadline first, each with its form.
 */
@Path("/app/my")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyClaimsPages {

    // Overdue claims have the earliest deadlines, so they lead; claims without a deadline come last.
    static final Comparator<Claim> NEAREST_DEADLINE_FIRST = Comparator
            .comparing((Claim c) -> c.deadline, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(c -> c.id);

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance my(List<ClaimCard> cards);
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance my() {
        String me = currentActor.get().username();
        List<Claim> held = Stream.of(ClaimStatus.ASSIGNED, ClaimStatus.CORRECTION)
                .flatMap(status -> reviews.list(status, me).stream()).sorted(NEAREST_DEADLINE_FIRST).toList();
        return Templates.my(ClaimCard.of(held, reviews, currentActor.get()));
    }

    // A page, not the API's problem+json, for people who follow a link they may not use.
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ActionResponses.page(403, ActionResponses.Templates.refusal(pageLocale.messages().reviewersOnly(),
                pageLocale.messages().reviewersOnlyMessage()));
    }
}
