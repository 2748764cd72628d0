package io.claimdesk.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.article.ArticleRepository;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.history.ClaimEventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How many articles, claims and claim events the database holds, each read in a transaction of its own: what a test
 * compares before and after requests to show that a refused one stored nothing and an accepted one stored it whole.
 */
@ApplicationScoped
public class StoredRecords {

    /** The three counts at one moment. */
    public record Counts(long articles, long claims, long events) {
    }

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimEventRepository events;

    public long articles() {
        return QuarkusTransaction.requiringNew().call(articles::count);
    }

    public Counts counts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> new Counts(articles.count(), claims.count(), events.count()));
    }
}
