package io.claimdesk.api.problem;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.workflow.article.ArticleService;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} with a 413 problem+json, just
 * before Quarkus's own check, which answers the same status with an empty body. Bodies sent without a length are cut
 * by Quarkus while they are read (see docs/limits.md).
 */
@ApplicationScoped
public class BodyTooLargeRoute {

    /** Quarkus's own upload-limit handler runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = maxBodySize.asLongValue();
        if (length == null || parse(length) <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Request Entity Too Large", 413,
                String.format(Locale.ROOT, "The request body has %s bytes; at most %d bytes are accepted (an article"
                        + " holds up to %,d characters). Send a shorter body, or split the article.", length, limit,
                        ArticleService.MAX_TEXT),
                context.request().path(), null);
        // The unread body would follow on the same connection: close it, as Quarkus does.
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(serialise(problem));
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Netty has already refused a Content-Length that is not a number; this only guards the parse.
    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
