package io.claimdesk.ui.article;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.claimdesk.core.article.Article;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.ui.review.ReviewerChoices;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.ArticleService;
import io.claimdesk.workflow.article.NewArticle;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Articles: the submit form, the list, and one article with its claims marked in the text. */
@Path("/app/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @Inject
    ArticleService articles;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewerDirectory directory;

    @Inject
    CurrentActor currentActor;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance articles(List<Article> articles);

        public static native TemplateInstance submit(ArticleForm form, String error);

        public static native TemplateInstance article(Article article, List<HighlightedText.Run> runs,
                List<ClaimCard> cards, ReviewerChoices reviewers);
    }

    @GET
    public TemplateInstance list() {
        return Templates.articles(articles.list());
    }

    @GET
    @Path("/new")
    public TemplateInstance submitForm() {
        return Templates.submit(ArticleForm.EMPTY, null);
    }

    @POST
    public Response submit(@RestForm String title, @RestForm String text, @RestForm String url,
            @RestForm String language) {
        ArticleForm form = new ArticleForm(title, text, url, language);
        try {
            Article article = articles.submit(new NewArticle(title, text, null, url, form.languageHint(), List.of()),
                    currentActor.get());
            return Response.seeOther(URI.create("/app/articles/" + article.id)).build();
        } catch (WorkflowException | ServiceUnavailableException e) {
            // The extraction model may be down (503): keep the form filled so the article can be sent again.
            return ActionResponses.page(ActionResponses.status(e), Templates.submit(form, e.getMessage()));
        }
    }

    @GET
    @Path("/{id}")
    public Response article(@RestPath long id) {
        try {
            Article article = articles.get(id);
            List<ClaimCard> cards = ClaimCard.of(article.claims, reviews, currentActor.get());
            ReviewerChoices reviewers = ReviewerChoices.load(directory,
                    cards.stream().anyMatch(ClaimCard::canAssign));
            return ActionResponses.page(200,
                    Templates.article(article, HighlightedText.of(article), cards, reviewers));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    ActionResponses.Templates.refusal("Article not found", e.getMessage()));
        }
    }
}
