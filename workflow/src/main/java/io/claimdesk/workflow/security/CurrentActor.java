package io.claimdesk.workflow.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Actor} behind the current request, read from its authenticated identity on each call, so any bean,
 * singletons included, sees the user of the request it serves.
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        if (identity.isAnonymous()) {
            return new Actor("anonymous", Set.of());
        }
        return new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }

}
