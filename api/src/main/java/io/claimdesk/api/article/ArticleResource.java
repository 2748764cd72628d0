package io.claimdesk.api.article;

import java.net.URI;
import java.util.List;

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

import io.claimdesk.core.article.Article;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.ArticleService;
import io.claimdesk.workflow.article.NewArticle;
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
    CurrentActor currentActor;

    @POST
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    public Response submit(NewArticleRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with title and text (or html).");
        }
        Article article = articles.submit(new NewArticle(request.title(), request.text(), request.html(),
                request.url(), request.language()), currentActor.get());
        return Response.created(URI.create("/api/v1/articles/" + article.id))
                .entity(ArticleView.of(articles.get(article.id))).build();
    }

    @GET
    public List<ArticleSummaryView> list() {
        return articles.list().stream().map(ArticleSummaryView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ArticleView get(@PathParam("id") long id) {
        return ArticleView.of(articles.get(id));
    }
}
