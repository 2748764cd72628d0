package io.claimdesk.ui.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.publication.PublicationService;
import io.claimdesk.workflow.publication.VerdictSearchResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public search over published verdicts (no login): text, rating, language, publisher, tag and date filters, the
 * order, facets, paging.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final int PAGE_SIZE = 10;

    @Inject
    PublicationService publication;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance search(SearchView view, String error);
    }

    @GET
    public Response search(@RestQuery String q, @RestQuery String rating, @RestQuery String language,
            @RestQuery List<String> publisher, @RestQuery List<String> tag, @RestQuery String from,
            @RestQuery String to, @RestQuery String sort, @RestQuery String page) {
        SearchForm form = new SearchForm(q, rating, language, publisher, tag, from, to, sort);
        int pageNumber = pageNumber(page);
        UiMessages msg = pageLocale.messages();
        try {
            VerdictSearchResult result = publication.search(form.query(pageNumber, PAGE_SIZE));
            return ActionResponses.page(200,
                    Templates.search(SearchView.of(form, pageNumber, PAGE_SIZE, result, msg, pageLocale.labels()),
                            null));
        } catch (ServiceUnavailableException e) {
            return ActionResponses.page(503,
                    Templates.search(SearchView.empty(form, pageNumber, PAGE_SIZE, msg, pageLocale.labels()),
                            msg.searchUnavailable()));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    Templates.search(SearchView.empty(form, 1, PAGE_SIZE, msg, pageLocale.labels()),
                            pageLocale.refusal(e)));
        }
    }

    // A mangled page number shows the first page rather than an error.
    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
