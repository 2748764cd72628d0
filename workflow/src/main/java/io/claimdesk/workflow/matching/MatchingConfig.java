package io.claimdesk.workflow.matching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How new claims are matched with published verdicts. The defaults come from {@code ./claimdesk bench matching} on the
 * CT25 French train split (see docs/matching.md).
 */
@ConfigMapping(prefix = "claimdesk.matching")
public interface MatchingConfig {

    /** Whether an embedding model runs in the JVM; without it, matching is lexical only. */
    @WithDefault("true")
    boolean semantic();

    /** Share of the semantic score in the combined one, in [0, 1]. */
    @WithDefault("0.4")
    double semanticWeight();

    /** From this combined score a published verdict is suggested. */
    @WithDefault("0.47")
    double suggestThreshold();

    /** From this combined score a published verdict is linked, pending the reviewer's confirmation. */
    @WithDefault("0.6")
    double linkThreshold();

    /** Claims with fewer content words are only suggested, never linked. */
    @WithDefault("5")
    int minWordsToLink();

    /** Candidates asked from Elasticsearch per route (more-like-this and nearest vectors). */
    @WithDefault("10")
    int candidates();

    /** How often queued claims are matched (read by the scheduler of {@link MatchingService}). */
    @WithDefault("1s")
    Duration interval();

    /** How many matches are kept per claim, best first. */
    @WithDefault("5")
    int maxMatches();
}
