package io.claimdesk.workflow.security;

import java.util.Set;

/** Who performs a workflow action: a username and the realm roles they hold. */
public record Actor(String username, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
