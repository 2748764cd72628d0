package io.claimdesk.workflow.security;

/** The Keycloak realm roles Claimdesk knows, in one place. */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
