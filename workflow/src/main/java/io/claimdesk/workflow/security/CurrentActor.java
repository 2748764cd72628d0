package io.claimdesk.workflow.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

/** Turns the authenticated identity of the current request into an {@link Actor}. */
public class CurrentActor {

    @Produces
    @RequestScoped
    Actor actor(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Actor("anonymous", java.util.Set.of());
        }
        return new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }
}
