package io.claimdesk.workflow.article;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on fetching an article from a URL on the server's side. */
@ConfigMapping(prefix = "claimdesk.fetch")
public interface ArticleFetchConfig {

    /** The whole exchange, redirects, connection and body included, must end within this time; then it is cut. */
    @WithDefault("10s")
    Duration timeout();

    /** Pages larger than this many bytes are refused. */
    @WithDefault("2000000")
    int maxBytes();

    /** Redirects followed, each one checked like the first address. */
    @WithDefault("3")
    int maxRedirects();

    /** Fetches running at once on this instance; one more is refused (429) until one ends. */
    @WithDefault("8")
    int maxConcurrent();

    /**
     * Addresses exempted from the refusal of this machine's and special-purpose addresses, written exactly (e.g.
     * 127.0.0.1). None in production, so that a submitted URL cannot reach internal services (server-side request
     * forgery); the tests serve their pages from 127.0.0.1.
     */
    Optional<List<String>> allowedAddresses();
}
