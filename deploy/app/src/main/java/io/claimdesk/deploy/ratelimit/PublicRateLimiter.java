package io.claimdesk.deploy.ratelimit;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.claimdesk.api.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits what anyone may read without login (the {@code /api/public/} API, the {@code /search} page, the verdict
 * permalinks {@code /verdicts/...} and health, {@code /q/health...}) per client address, before any other work: over
 * the limit, 429 problem+json with
 * Retry-After. The address is the forwarded one only when
 * {@code quarkus.http.proxy.*} trusts the proxy that sent it (Quarkus then rewrites the remote address).
 */
@ApplicationScoped
public class PublicRateLimiter {

    // Before CORS and authentication: a refused request costs no token check and no search.
    private static final int PRIORITY = SecurityHandlerPriorities.CORS + 100;

    @Inject
    RateLimitConfig config;

    private TokenBuckets buckets;

    void install(@Observes Filters filters) {
        if (!config.enabled()) {
            return;
        }
        buckets = new TokenBuckets(config.perSecond(), config.burst(), config.maxClients());
        filters.register(this::limit, PRIORITY);
    }

    static boolean isPublicRead(String path) {
        return path != null && (path.startsWith("/api/public/") || path.equals("/search") || path.equals("/search/")
                || path.startsWith("/verdicts/") || path.equals("/q/health") || path.startsWith("/q/health/"));
    }

    private void limit(RoutingContext context) {
        if (!isPublicRead(context.normalizedPath())) {
            context.next();
            return;
        }
        long waitNanos = buckets.take(client(context), System.nanoTime());
        if (waitNanos == 0) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        String detail = String.format(Locale.ROOT,
                "Too many public requests (searches, verdict pages, health checks) from your address: at most %s per second"
                        + " (bursts of %d). Wait %d s and try again; to follow new verdicts, subscribe to the Atom feed"
                        + " /api/public/v1/verdicts/feed.atom instead of polling.",
                perSecond(), config.burst(), retryAfter);
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(retryAfter))
                .end(JsonObject.mapFrom(new Problem("about:blank", "Too Many Requests", 429, detail,
                        context.request().path(), null)).encode());
    }

    private String perSecond() {
        double rate = config.perSecond();
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }

    private static String client(RoutingContext context) {
        SocketAddress address = context.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
