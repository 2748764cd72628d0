package io.claimdesk.deploy.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many public searches one client may make: a token bucket per client address (see docs/security.md). */
@ConfigMapping(prefix = "claimdesk.public.rate-limit")
public interface RateLimitConfig {

    /** False lets every request through (the limiter is not installed). */
    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client. */
    @WithDefault("50")
    double perSecond();

    /** Requests a client may make at once after being idle (the bucket's size). */
    @WithDefault("200")
    int burst();

    /** Clients tracked at most; past it, new clients share one bucket until idle ones are evicted. */
    @WithDefault("100000")
    int maxClients();
}
