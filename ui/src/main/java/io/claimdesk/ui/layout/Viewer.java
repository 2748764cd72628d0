package io.claimdesk.ui.layout;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at a page, as the layout shows it: name, roles, and which navigation entries apply. */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    CurrentActor currentActor;

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return currentActor.get().username();
    }

    public List<String> getRoles() {
        return currentActor.get().roles().stream().sorted().toList();
    }

    public boolean isReviewer() {
        return currentActor.get().hasRole(Roles.REVIEWER);
    }

    public boolean isEditor() {
        return currentActor.get().hasRole(Roles.EDITOR);
    }

    /** Editors and admins: who may add, merge and act on many claims at once. */
    public boolean isTeam() {
        return currentActor.get().hasAnyRole(Set.of(Roles.EDITOR, Roles.ADMIN));
    }
}
