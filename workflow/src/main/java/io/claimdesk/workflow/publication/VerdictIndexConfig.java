package io.claimdesk.workflow.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where published verdicts live in Elasticsearch. */
@ConfigMapping(prefix = "claimdesk.index")
public interface VerdictIndexConfig {

    /** The alias searches and writes go through; concrete indices are named {@code <alias>-v<N>-<time>}. */
    @WithDefault("claimdesk-verdicts")
    String name();
}
