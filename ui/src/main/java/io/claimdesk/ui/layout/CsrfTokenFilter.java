package io.claimdesk.ui.layout;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.claimdesk.ui.language.PageLocale;

/**
 * Double-submit CSRF protection for the pages: page requests get a claimdesk-csrf cookie, and every POST under /app
 * must echo it in the X-CSRF-Token header (htmx) or the _csrf form field (plain forms).
 */
public class CsrfTokenFilter {

    @Inject
    CsrfToken token;

    @Inject
    PageLocale pageLocale;

    // readBody: the check runs after the form is parsed, so plain HTML forms can send the token as a field.
    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!isPage(path)) {
            return null;
        }
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        String cookieValue = cookie == null ? null : cookie.getValue();
        token.adopt(cookieValue);
        // Created now, not while a template renders, so the response filter knows whether to set the cookie.
        token.value();
        if (!HttpMethod.POST.equals(request.getMethod()) || !isApp(path)) {
            return null;
        }
        String submitted = request.getHeaderString(CsrfToken.HEADER);
        if (submitted == null) {
            submitted = formField(request);
        }
        if (CsrfToken.matches(cookieValue, submitted)) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ActionResponses.Templates.refusal(pageLocale.messages().forbidden(),
                        pageLocale.messages().csrfRefusal()))
                .build();
    }

    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request.getUriInfo().getPath()) || !token.issued()) {
            return;
        }
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        response.getHeaders().add("Set-Cookie", new NewCookie.Builder(CsrfToken.COOKIE)
                .value(token.value())
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build());
    }

    private static String formField(ResteasyReactiveContainerRequestContext request) {
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            Object value = context.getFormParameter(CsrfToken.FIELD, true, false);
            return value instanceof String s ? s : null;
        }
        return null;
    }

    private static boolean isPage(String path) {
        return isApp(path) || path.equals("/") || path.equals("/search") || path.startsWith("/verdicts/");
    }

    private static boolean isApp(String path) {
        return path.equals("/app") || path.startsWith("/app/");
    }
}
