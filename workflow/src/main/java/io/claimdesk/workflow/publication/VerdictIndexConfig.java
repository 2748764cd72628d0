package io.claimdesk.workflow.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Elasticsearch index published verdicts live in. */
@ConfigMapping(prefix = "claimdesk.index")
public interface VerdictIndexConfig {

    /** Name of the index holding published verdicts. */
    @WithDefault("claimdesk-verdicts")
    String name();
}
