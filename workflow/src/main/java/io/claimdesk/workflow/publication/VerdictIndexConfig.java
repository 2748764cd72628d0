package io.claimdesk.workflow.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where published verdicts live in Elasticsearch, and how each index is spread over the cluster's nodes. */
@ConfigMapping(prefix = "claimdesk.index")
public interface VerdictIndexConfig {

    /** The alias searches and writes go through; concrete indices are named {@code <alias>-v<N>-<time>}. */
    @WithDefault("claimdesk-verdicts")
    String name();

    /**
     * Primary shards of each new index. Fixed once an index exists: a change reaches the live index only through
     * {@code ./claimdesk reindex}, which builds a new index from the template.
     */
    @WithDefault("1")
    int shards();

    /**
     * Copies of each shard on other nodes: 0 for a single node (a replica could never be placed there); 1 or more on a
     * cluster, so that losing a node loses neither data nor search. Applied to the live index at start-up too.
     */
    @WithDefault("0")
    int replicas();
}
