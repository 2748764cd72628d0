package io.claimdesk.deploy.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.claimdesk.deploy.health.PublicHealthChecks.Answer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * What anyone may read at {@code /q/health} (and {@code /live}, {@code /ready}, {@code /started}, {@code /well}): UP or
 * DOWN overall and per check, nothing more (no server address, no counts, no error text: SmallRye Health logs a
 * failing check with its details). The checks reach PostgreSQL, Elasticsearch and Keycloak, so their outcome comes
 * from {@link PublicHealthChecks}, which runs them at most once per 5 s. Runs after the public rate limit, which
 * counts health requests like the public reading.
 */
@ApplicationScoped
public class PublicHealthAnswer {

    // After PublicRateLimiter (CORS + 100): a client over its limit gets 429 before any check runs.
    private static final int PRIORITY = SecurityHandlerPriorities.CORS + 50;

    @Inject
    PublicHealthChecks checks;

    void install(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        String path = context.normalizedPath();
        if (context.request().method() != HttpMethod.GET || !PublicHealthChecks.answers(path)) {
            context.next();
            return;
        }
        // The checks block (JDBC, HTTP), and so may waiting for a run in progress: off the event loop.
        context.vertx().<Answer>executeBlocking(() -> checks.answer(path), false)
                .onSuccess(answer -> send(context, answer))
                .onFailure(context::fail);
    }

    private static void send(RoutingContext context, Answer answer) {
        context.response().setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(answer.json());
    }
}
