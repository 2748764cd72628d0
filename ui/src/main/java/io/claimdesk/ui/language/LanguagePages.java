package io.claimdesk.ui.language;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The header's language switch, public like the search: remembers the chosen language in the {@value PageLocale#COOKIE}
 * cookie and sends the browser back to the page it came from. A plain link, so it works without JavaScript.
 */
@Path("/lang")
public class LanguagePages {

    /** Where the switch lands when it has no page to return to. */
    static final String HOME = "/";

    static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    @Inject
    PageLocale pageLocale;

    /** The switch's link to a language, coming back to {@code back} (the site root when null). */
    static String href(String tag, String back) {
        String href = "/lang?to=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        return back == null ? href : href + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @GET
    public Response choose(@RestQuery String to, @RestQuery String back, UriInfo uri) {
        if (!pageLocale.isSupported(to)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (back != null && !PageLocale.isSameSite(back)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        boolean secure = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        // Lax, not Strict: the cookie must come along when someone follows a link to the site from elsewhere.
        NewCookie cookie = new NewCookie.Builder(PageLocale.COOKIE)
                .value(Locale.forLanguageTag(to).toLanguageTag())
                .path("/")
                .maxAge((int) REMEMBERED_FOR.toSeconds())
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(back == null ? HOME : back)).cookie(cookie).build();
    }
}
