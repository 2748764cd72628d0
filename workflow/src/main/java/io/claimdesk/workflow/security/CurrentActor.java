package io.claimdesk.workflow.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Actor} behind the current request, read from its authenticated identity. */
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

    /** Injectable {@code Actor} for request-scoped beans; singletons (resources) call {@link #get()} instead. */
    @Produces
    @Dependent
    Actor actor() {
        return get();
    }
}
