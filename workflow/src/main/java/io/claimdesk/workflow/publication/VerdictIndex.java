package io.claimdesk.workflow.publication;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.elasticsearch.client.ResponseException;
import org.jboss.logging.Logger;

import io.claimdesk.workflow.ServiceUnavailableException;
import io.quarkus.runtime.StartupEvent;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The Elasticsearch adapter for published verdicts: create the index, put a verdict, search, get. */
@ApplicationScoped
public class VerdictIndex {

    private static final Logger LOG = Logger.getLogger(VerdictIndex.class);
    private static final String MAPPING = "/io/claimdesk/workflow/publication/verdict-index.json";
    static final List<String> FACETS = List.of("rating", "language");

    @Inject
    ElasticsearchClient client;

    @Inject
    VerdictIndexConfig config;

    private volatile boolean indexReady;

    void onStart(@Observes StartupEvent event) {
        try {
            ensureIndex();
        } catch (ServiceUnavailableException e) {
            LOG.warnf("Elasticsearch is not reachable at start-up; the index will be created when it is: %s",
                    e.getMessage());
        }
    }

    /** Creates the index with its explicit mapping unless it exists. */
    public void ensureIndex() {
        if (indexReady) {
            return;
        }
        call(() -> {
            if (!client.indices().exists(e -> e.index(config.name())).value()) {
                try (InputStream mapping = VerdictIndex.class.getResourceAsStream(MAPPING)) {
                    client.indices().create(c -> c.index(config.name()).withJson(mapping));
                }
                LOG.infof("Created Elasticsearch index %s", config.name());
            }
            return null;
        });
        indexReady = true;
    }

    /**
     * Writes a published verdict under its claim's id, with the revision as external version: a write of an older (or
     * the same) revision than the indexed one is a no-op, so retries and late events never undo a correction.
     */
    public void put(PublishedVerdict verdict, long revision) {
        ensureIndex();
        try {
            call(() -> client.index(i -> i.index(config.name()).id(String.valueOf(verdict.claimId()))
                    .versionType(VersionType.External).version(revision).document(verdict)));
        } catch (IllegalStateException e) {
            if (refusalStatus(e.getCause()) != 409) {
                throw e;
            }
            LOG.debugf("Claim %d: the index already holds revision %d or newer", verdict.claimId(), revision);
        }
    }

    public Optional<PublishedVerdict> get(long claimId) {
        ensureIndex();
        GetResponse<PublishedVerdict> response = call(
                () -> client.get(g -> g.index(config.name()).id(String.valueOf(claimId)), PublishedVerdict.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public VerdictSearchResult search(VerdictQuery query) {
        ensureIndex();
        SearchResponse<PublishedVerdict> response = call(() -> client.search(s -> {
            s.index(config.name())
                    .query(toQuery(query))
                    .from(query.from())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .numberOfFragments(1).fragmentSize(200)
                            .fields("claim", f -> f).fields("claimFolded", f -> f)
                            .fields("explanation", f -> f).fields("explanationFolded", f -> f));
            FACETS.forEach(facet -> s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50))));
            if (query.text().isEmpty()) {
                s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            }
            return s;
        }, PublishedVerdict.class));
        List<VerdictSearchResult.Hit> hits = response.hits().hits().stream()
                .map(hit -> new VerdictSearchResult.Hit(hit.source(), highlight(hit)))
                .toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new VerdictSearchResult(total, hits, facets(response.aggregations()));
    }

    private static Query toQuery(VerdictQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!query.text().isEmpty()) {
            String folded = SearchFolding.fold(query.text());
            // Original words rank first; folded words find "Egypte" in "l'Égypte" and "cote" in "côte".
            bool.must(m -> m.bool(b -> b
                    .should(s -> s.multiMatch(mm -> mm.query(query.text())
                            .fields("claim^3", "explanation", "articleTitle")))
                    .should(s -> s.multiMatch(mm -> mm.query(folded)
                            .fields("claimFolded^2", "explanationFolded", "articleTitleFolded")))
                    .minimumShouldMatch("1")));
        } else {
            bool.must(m -> m.matchAll(a -> a));
        }
        if (query.rating() != null) {
            bool.filter(f -> f.term(t -> t.field("rating").value(query.rating())));
        }
        if (query.language() != null) {
            bool.filter(f -> f.term(t -> t.field("language").value(query.language())));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static String highlight(Hit<PublishedVerdict> hit) {
        for (String field : List.of("claim", "claimFolded", "explanation", "explanationFolded")) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Aggregate aggregate = aggregations.get(facet);
            if (aggregate != null && aggregate.isSterms()) {
                aggregate.sterms().buckets().array()
                        .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    private interface ElasticsearchCall<T> {

        T run() throws IOException;
    }

    // Connection failures become a retryable 503; the index's own refusals stay errors with their reason. Depending on
    // the endpoint the client reports a refusal as ElasticsearchException or as the low-level ResponseException.
    private <T> T call(ElasticsearchCall<T> call) {
        try {
            return call.run();
        } catch (ResponseException e) {
            throw refused(e.getResponse().getStatusLine().getStatusCode(), e.getMessage(), e);
        } catch (IOException e) {
            indexReady = false;
            throw new ServiceUnavailableException("Elasticsearch",
                    "The search index (Elasticsearch) cannot be reached; try again in a moment.", e);
        } catch (ElasticsearchException e) {
            throw refused(e.status(), e.error().reason(), e);
        }
    }

    private RuntimeException refused(int status, String reason, Exception cause) {
        if (status == 404) {
            indexReady = false;
        }
        if (status >= 500 || status == 404 || status == 429) {
            return new ServiceUnavailableException("Elasticsearch",
                    "The search index (Elasticsearch) is not ready: " + reason, cause);
        }
        return new IllegalStateException("Elasticsearch refused a request: " + reason, cause);
    }

    /** The HTTP status of a refusal {@link #call} wrapped, or -1. */
    private static int refusalStatus(Throwable cause) {
        if (cause instanceof ElasticsearchException refused) {
            return refused.status();
        }
        if (cause instanceof ResponseException refused) {
            return refused.getResponse().getStatusLine().getStatusCode();
        }
        return -1;
    }
}
