package io.claimdesk.ui.layout;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The answers of page actions: a redirect back to the page the form was on, or a refusal the user can read, as a
 * flash fragment for htmx or as a whole page without JavaScript.
 */
public final class ActionResponses {

    /** htmx sets this header on its requests. */
    public static final String HTMX_REQUEST = "HX-Request";

    // Only our own pages: a crafted "back" must not turn the form into an open redirect.
    private static final Pattern LOCAL_PAGE = Pattern.compile("/app(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_%.-]*)?");

    @CheckedTemplate
    public static class Templates {

        /** A whole page saying why something was refused. */
        public static native TemplateInstance refusal(String title, String message);

        /** Just the message, for htmx to show in the page's flash area. */
        public static native TemplateInstance flash(String message);
    }

    private ActionResponses() {
    }

    /** 303 to the page the form came from (htmx follows it and swaps in the fresh page's main section). */
    public static Response backTo(String back, String fallback) {
        String target = back != null && LOCAL_PAGE.matcher(back).matches() && !back.contains("//") ? back : fallback;
        return Response.seeOther(URI.create(target)).build();
    }

    public static boolean isHtmx(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString(HTMX_REQUEST));
    }

    /** The HTTP status a refusal deserves. */
    public static int status(RuntimeException e) {
        if (e instanceof WorkflowException w) {
            return switch (w.kind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case INVALID -> 400;
                case TOO_LARGE -> 413;
                case BUSY -> 429;
            };
        }
        return e instanceof ServiceUnavailableException ? 503 : 500;
    }

    /** A refusal for htmx: the message, in the page's language, goes into #flash and the page stays as it is. */
    public static Response flash(RuntimeException e, String message) {
        return Response.status(status(e))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("HX-Retarget", "#flash")
                .header("HX-Reswap", "innerHTML")
                .header("HX-Reselect", ".flash")
                .entity(Templates.flash(message))
                .build();
    }

    /** A page (template) answered with the status of the refusal it shows. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
