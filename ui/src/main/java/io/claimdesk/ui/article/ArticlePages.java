package io.claimdesk.ui.article;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.claimdesk.core.article.Article;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.layout.FormFields;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.ui.review.ClaimMatches;
import io.claimdesk.ui.review.ReviewerChoices;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.ArticleRollup;
import io.claimdesk.workflow.article.ArticleService;
import io.claimdesk.workflow.article.NewArticle;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.editing.ClaimPart;
import io.claimdesk.workflow.matching.MatchingService;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Articles: the submit form, the list, and one article with its roll-up and its claims marked in the text, where the
 * team adds missed claims from a span and merges claims.
 */
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
    ClaimEditService edits;

    @Inject
    MatchingService matching;

    @Inject
    CurrentActor currentActor;

    @Inject
    PublicSite publicSite;

    @Inject
    PageLocale pageLocale;

    @Context
    HttpHeaders headers;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance articles(List<Article> articles);

        public static native TemplateInstance submit(ArticleForm form, List<String> teams, String publisher,
                String error);

        public static native TemplateInstance article(Article article, ArticleRollup rollup,
                List<HighlightedText.Run> runs, List<ClaimCard> cards, Map<Long, ClaimMatches> matches,
                ReviewerChoices reviewers, String error);
    }

    @GET
    public TemplateInstance list() {
        return Templates.articles(articles.list());
    }

    @GET
    @Path("/new")
    public TemplateInstance submitForm() {
        return submitPage(ArticleForm.EMPTY, null);
    }

    @POST
    public Response submit(@RestForm String title, @RestForm String text, @RestForm String url,
            @RestForm String language, @RestForm String team, @RestForm String topics) {
        ArticleForm form = new ArticleForm(title, text, url, language, team, topics);
        try {
            boolean html = ArticleForm.looksLikeHtml(text);
            Article article = articles.submit(new NewArticle(title, html ? null : text, html ? text : null, url,
                    form.languageHint(), FormFields.commaSeparated(topics), team), currentActor.get());
            return Response.seeOther(URI.create("/app/articles/" + article.id)).build();
        } catch (WorkflowException | ServiceUnavailableException e) {
            // The extraction model may be down (503): keep the form filled so the article can be sent again.
            return ActionResponses.page(ActionResponses.status(e), submitPage(form, pageLocale.refusal(e)));
        }
    }

    // The team is chosen among the configured publishing teams; none configured, the form has no team field.
    private TemplateInstance submitPage(ArticleForm form, String error) {
        return Templates.submit(form, publicSite.teams(), publicSite.publisherName(), error);
    }

    @GET
    @Path("/{id}")
    public Response article(@RestPath long id) {
        return render(id, 200, null);
    }

    /** Adds a claim the extractor missed, from a span of the text (offsets typed, or filled from a selection). */
    @POST
    @Path("/{id}/claims")
    public Response addClaim(@RestPath long id, @RestForm String start, @RestForm String end,
            @RestForm String text) {
        UiMessages msg = pageLocale.messages();
        return act(id, () -> edits.add(id, new ClaimPart(text, FormFields.number(msg, start, msg.fieldStart()),
                FormFields.number(msg, end, msg.fieldEnd())), null, currentActor.get()));
    }

    /** Merges the claims ticked in the article's claim list into one. */
    @POST
    @Path("/{id}/merge")
    public Response merge(@RestPath long id, @RestForm List<String> claim, @RestForm String text) {
        return act(id, () -> edits.merge(FormFields.ids(pageLocale.messages(), claim), text, currentActor.get()));
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/app/articles/" + id)).build();
        } catch (WorkflowException | ServiceUnavailableException e) {
            if (ActionResponses.isHtmx(headers)) {
                return ActionResponses.flash(e, pageLocale.refusal(e));
            }
            return render(id, ActionResponses.status(e), pageLocale.refusal(e));
        }
    }

    private Response render(long id, int status, String error) {
        try {
            Article article = articles.get(id);
            List<ClaimCard> cards = ClaimCard.of(article.claims, reviews, currentActor.get());
            ReviewerChoices reviewers = ReviewerChoices.load(directory,
                    cards.stream().anyMatch(ClaimCard::choosesReviewer), pageLocale);
            return ActionResponses.page(status, Templates.article(article, articles.rollup(article),
                    HighlightedText.of(article), cards, ClaimMatches.of(article.claims, matching, currentActor.get()),
                    reviewers, error));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    ActionResponses.Templates.refusal(pageLocale.messages().articleNotFound(),
                            pageLocale.refusal(e)));
        }
    }
}
