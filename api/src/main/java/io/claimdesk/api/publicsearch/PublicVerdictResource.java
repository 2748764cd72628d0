package io.claimdesk.api.publicsearch;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.claimreview.ClaimReviewDocument;
import io.claimdesk.workflow.claimreview.ClaimReviews;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.publication.PublicationService;
import io.claimdesk.workflow.publication.PublishedVerdict;
import io.claimdesk.workflow.publication.VerdictQuery;
import io.claimdesk.workflow.publication.VerdictSearchResult;

/** Published verdicts for everyone, no login. */
@Path("/api/public/v1/verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerdictResource {

    static final String JSON_LD = "application/ld+json";
    static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);
    /** How many of the newest verdicts the Atom feed lists. */
    static final int FEED_SIZE = 50;

    @Inject
    PublicationService publication;

    @Inject
    ClaimReviews claimReviews;

    @Inject
    PublicSite site;

    /**
     * Searches published verdicts: {@code publisher} (any of them) and {@code tag} (all of them) may repeat,
     * {@code from} and {@code to} are publication dates (YYYY-MM-DD, UTC, inclusive), {@code sort} is
     * {@code relevance} (the default) or {@code newest}; {@code page} from 1, {@code size} up to 100.
     */
    @GET
    public VerdictSearchView search(@QueryParam("q") String q, @QueryParam("rating") String rating,
            @QueryParam("language") String language, @QueryParam("publisher") List<String> publishers,
            @QueryParam("tag") List<String> tags, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        int pageNumber = number(page, "page");
        int pageSize = number(size, "size");
        VerdictQuery query = new VerdictQuery(q, rating, language, publishers, tags, VerdictQuery.date(from, "from"),
                VerdictQuery.date(to, "to"), VerdictQuery.Order.parse(sort), pageNumber, pageSize);
        return VerdictSearchView.of(publication.search(query), pageNumber, pageSize);
    }

    // Parsed here rather than by JAX-RS, which answers a malformed number with a bare 404.
    private static int number(String value, String parameter) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw WorkflowException.invalid(parameter + " must be a whole number (got '" + value + "').");
        }
    }

    @GET
    @Path("/feed.atom")
    @Produces(VerdictFeed.MEDIA_TYPE)
    public String feed() {
        List<PublishedVerdict> newest = publication.search(new VerdictQuery("", null, null, 1, FEED_SIZE)).hits()
                .stream().map(VerdictSearchResult.Hit::verdict).toList();
        return VerdictFeed.of(newest, site);
    }

    /**
     * One published verdict: the JSON view, or a schema.org ClaimReview when the client prefers
     * {@code application/ld+json} (see docs/claimreview.md). A wildcard Accept keeps the JSON view.
     */
    @GET
    @Path("/{claimId}")
    @Produces({MediaType.APPLICATION_JSON, JSON_LD})
    public Response get(@PathParam("claimId") long claimId, @Context HttpHeaders headers) {
        if (prefersJsonLd(headers)) {
            return Response.ok(claimReviews.of(claimId).map(ClaimReviewDocument::json)
                    .orElseThrow(() -> notPublished(claimId)), JSON_LD).build();
        }
        return Response.ok(publication.published(claimId).map(verdict -> PublicVerdictView.of(verdict, null))
                .orElseThrow(() -> notPublished(claimId)), MediaType.APPLICATION_JSON).build();
    }

    /** Whether application/ld+json comes before any type JSON would satisfy, in the client's order of preference. */
    private static boolean prefersJsonLd(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardSubtype() && accepted.isCompatible(JSON_LD_TYPE)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static WorkflowException notPublished(long claimId) {
        return WorkflowException.notFound("No published verdict for claim " + claimId + ".");
    }
}
