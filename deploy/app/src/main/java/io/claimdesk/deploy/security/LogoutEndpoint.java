package io.claimdesk.deploy.security;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Signing out: a POST under /app, so the pages' CSRF check (CsrfTokenFilter, ui) applies, and a link or an image on
 * another site (a GET) or a form posted from one (no token) signs nobody out. Quarkus's own logout path would log out
 * on any method, so it is not configured: this clears the session cookie (OIDC local logout), then sends the browser
 * to Keycloak's end-session endpoint (RP-initiated logout) with the ID token, which ends the Keycloak session and
 * returns to the public search.
 */
@Path("/app/logout")
@Authenticated
public class LogoutEndpoint {

    static final String AFTER_LOGOUT = "/search";

    @Inject
    OidcSession session;

    // The web-app tenant's (the one that signed this user in): /app/* is its path.
    @Inject
    OidcConfigurationMetadata provider;

    @ConfigProperty(name = "quarkus.oidc.web-app.client-id")
    String clientId;

    @POST
    public Uni<Response> logout(@Context UriInfo request) {
        String idToken = session.getIdToken().getRawToken();
        URI back = request.getBaseUriBuilder().replacePath(AFTER_LOGOUT).replaceQuery(null).build();
        URI endSession = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", back)
                .queryParam("id_token_hint", idToken)
                .build();
        return session.logout().replaceWith(Response.seeOther(endSession).build());
    }
}
