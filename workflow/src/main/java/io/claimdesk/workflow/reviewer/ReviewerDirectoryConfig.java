package io.claimdesk.workflow.reviewer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the reviewer directory reads users from. */
@ConfigMapping(prefix = "claimdesk.reviewers")
public interface ReviewerDirectoryConfig {

    /** The Keycloak realm whose users are Claimdesk's users. */
    @WithDefault("claimdesk")
    String realm();

    /** The realm role that makes a user a reviewer. */
    @WithDefault("reviewer")
    String role();

    /** How long the list of reviewers is reused before Keycloak is asked again. */
    @WithDefault("30s")
    Duration cacheTtl();
}
