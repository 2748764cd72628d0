package io.claimdesk.deploy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Strict-Transport-Security on answers to requests that came over TLS: directly, or through a proxy that
 * {@code quarkus.http.proxy.*} trusts to say so in X-Forwarded-Proto. Over plain HTTP the header would be ignored by
 * browsers at best; the other security headers are plain configuration (application.properties, docs/security.md).
 */
@ApplicationScoped
public class TransportSecurityHeader {

    static final String VALUE = "max-age=31536000; includeSubDomains";

    void install(@Observes Filters filters) {
        filters.register(TransportSecurityHeader::add, 1000);
    }

    private static void add(RoutingContext context) {
        if ("https".equalsIgnoreCase(context.request().scheme())) {
            context.response().putHeader("Strict-Transport-Security", VALUE);
        }
        context.next();
    }
}
