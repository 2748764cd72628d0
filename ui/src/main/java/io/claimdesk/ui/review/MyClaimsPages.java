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

import org.jboss.resteasy.reactive.RestQuery;
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

    /** Claims the page shows before "show all". */
    static final int SHOWN = 50;

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance my(List<ClaimCard> cards, long hidden, String back);
    }

    /** The claims the reviewer holds, nearest deadline first: the first {@value #SHOWN}, or all with {@code all}. */
    @GET
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance my(@RestQuery String all) {
        String me = currentActor.get().username();
        List<Claim> held = Stream.of(ClaimStatus.ASSIGNED, ClaimStatus.CORRECTION)
                .flatMap(status -> reviews.list(status, me).stream()).sorted(NEAREST_DEADLINE_FIRST).toList();
        boolean everyOne = all != null && !all.isBlank();
        List<Claim> shown = everyOne ? held : held.subList(0, Math.min(SHOWN, held.size()));
        return Templates.my(ClaimCard.of(shown, reviews, currentActor.get()), held.size() - shown.size(),
                everyOne ? "/app/my?all=1" : "/app/my");
    }

    // A page, not the API's problem+json, for people who follow a link they may not use.
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ActionResponses.page(403, ActionResponses.Templates.refusal(pageLocale.messages().reviewersOnly(),
                pageLocale.messages().reviewersOnlyMessage()));
    }
}
