package io.claimdesk.api.article;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimdesk.api.claim.ClaimView;
import io.claimdesk.core.article.Article;
import io.claimdesk.core.claim.Claim;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.ArticleRollup;
import io.claimdesk.workflow.article.ArticleService;
import io.claimdesk.workflow.article.NewArticle;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.editing.ClaimPart;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.security.Authenticated;

/** Articles in, claims out. */
@Path("/api/v1/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ClaimEditService edits;

    @Inject
    ReviewService claims;

    @Inject
    CurrentActor currentActor;

    @POST
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    public Response submit(NewArticleRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with title and text (or html).");
        }
        Article article = articles.submit(new NewArticle(request.title(), request.text(), request.html(),
                request.url(), request.language(), request.topics(), request.team()), currentActor.get());
        return Response.created(URI.create("/api/v1/articles/" + article.id)).entity(view(article.id)).build();
    }

    @GET
    public List<ArticleSummaryView> list() {
        List<Article> list = articles.list();
        List<ArticleRollup> rollups = articles.rollups(list);
        return IntStream.range(0, list.size()).mapToObj(i -> ArticleSummaryView.of(list.get(i), rollups.get(i)))
                .toList();
    }

    @GET
    @Path("/{id}")
    public ArticleView get(@PathParam("id") long id) {
        return view(id);
    }

    /** Adds a claim the extractor missed, from a span of the article's text. */
    @POST
    @Path("/{id}/claims")
    public Response addClaim(@PathParam("id") long id, NewClaimRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with start and end (offsets in the article text) and,"
                    + " optionally, text and topics.");
        }
        Claim claim = edits.add(id, new ClaimPart(request.text(), request.start(), request.end()), request.topics(),
                currentActor.get());
        return Response.created(URI.create("/api/v1/claims/" + claim.id))
                .entity(ClaimView.of(claims.get(claim.id))).build();
    }

    private ArticleView view(long id) {
        Article article = articles.get(id);
        return ArticleView.of(article, articles.rollup(article));
    }
}
