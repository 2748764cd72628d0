package io.claimdesk.workflow.article;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on fetching an article from a URL on the server's side. */
@ConfigMapping(prefix = "claimdesk.fetch")
public interface ArticleFetchConfig {

    /** The whole exchange, connection included, must end within this time. */
    @WithDefault("10s")
    Duration timeout();

    /** Pages larger than this many bytes are refused. */
    @WithDefault("2000000")
    int maxBytes();

    /** Redirects followed, each one checked like the first address. */
    @WithDefault("3")
    int maxRedirects();

    /**
     * Whether addresses of this machine and of private networks may be fetched. Off in production, so that a submitted
     * URL cannot reach internal services (server-side request forgery).
     */
    @WithDefault("false")
    boolean allowPrivateHosts();
}
