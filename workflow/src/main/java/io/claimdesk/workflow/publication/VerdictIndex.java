package io.claimdesk.workflow.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.elasticsearch.client.ResponseException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.matching.ClaimEmbeddings;
import io.quarkus.runtime.StartupEvent;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.json.JsonData;

/**
 * The Elasticsearch adapter for published verdicts: reads and writes go through an alias ({@code claimdesk.index.name})
 * over a versioned concrete index, which {@link VerdictReindex} rebuilds and swaps.
 */
@ApplicationScoped
public class VerdictIndex {

    private static final Logger LOG = Logger.getLogger(VerdictIndex.class);
    private static final String MAPPING = "/io/claimdesk/workflow/publication/verdict-index.json";
    static final List<String> FACETS = List.of("rating", "language", "publisher", "tags");
    static final String VECTOR = "claimVector";
    /** Bumped when verdict-index.json changes incompatibly; part of the concrete index names. */
    static final int MAPPING_VERSION = 1;
    private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COPY_BATCH = 500;
    private static final String COPY_SCROLL = "1m";

    @Inject
    ElasticsearchClient client;

    @Inject
    VerdictIndexConfig config;

    @Inject
    ClaimEmbeddings embeddings;

    private volatile boolean indexReady;
    // The index a running rebuild fills, which put() writes to as well; null when none runs.
    private volatile String rebuildTarget;

    void onStart(@Observes StartupEvent event) {
        try {
            ensureIndex();
        } catch (ServiceUnavailableException e) {
            LOG.warnf("Elasticsearch is not reachable at start-up; the index will be created when it is: %s",
                    e.getMessage());
        }
    }

    /**
     * Makes the alias usable: creates or updates the index template; if the alias exists, adds the mapping's new fields
     * to the indices behind it; otherwise creates the first versioned index behind it, moving a legacy index that
     * bears the alias's name into it.
     */
    public void ensureIndex() {
        if (indexReady) {
            return;
        }
        call(() -> {
            ensureAlias(config.name());
            return null;
        });
        indexReady = true;
    }

    // Takes the alias as a parameter so that tests can run the upgrade paths under a name of their own.
    void ensureAlias(String alias) throws IOException {
        putTemplate(alias);
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            updateMappings(alias);
            updateReplicas(alias);
            return;
        }
        String versioned = newIndexName(alias);
        if (client.indices().exists(e -> e.index(alias)).value()) {
            migrateLegacyIndex(alias, versioned);
        } else {
            client.indices().create(c -> c.index(versioned).aliases(alias, a -> a));
            LOG.infof("Created Elasticsearch index %s behind the alias %s", versioned, alias);
        }
    }

    // Composable template for <alias>-*: every versioned index gets the explicit mapping and the configured settings.
    private void putTemplate(String alias) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("index_patterns").add(alias + "-*");
        body.set("template", indexDefinition(config.shards(), config.replicas()));
        client.indices().putIndexTemplate(t -> t.withJson(new StringReader(body.toString())).name(alias));
    }

    /**
     * Puts the whole mapping of verdict-index.json on the indices behind the alias. Fields added to the file since
     * an index was created are added to it (its documents lack them until they are written again, or a reindex); the
     * fields it has are unchanged. A change Elasticsearch refuses (another type, say) is logged: it needs a new
     * {@link #MAPPING_VERSION} and a reindex.
     */
    private void updateMappings(String alias) throws IOException {
        List<String> indices = List.copyOf(client.indices().getAlias(g -> g.name(alias)).result().keySet());
        String mappings = indexDefinition().get("mappings").toString();
        try {
            call(() -> client.indices().putMapping(p -> p.index(indices).withJson(new StringReader(mappings))));
        } catch (IllegalStateException e) {
            LOG.errorf("The mapping of %s cannot be updated in place (%s); raise VerdictIndex.MAPPING_VERSION and"
                    + " run ./claimdesk reindex", indices, e.getMessage());
        }
    }

    /**
     * Gives the indices behind the alias the configured number of replicas if they have another (a newsroom going from
     * one node to three, say): Elasticsearch copies the shards in the background. Their number of shards cannot change
     * in place; a difference is logged, and {@code ./claimdesk reindex} builds a new index with the configured number.
     */
    private void updateReplicas(String alias) throws IOException {
        Map<String, IndexState> indices = client.indices().getSettings(g -> g.index(alias)).result();
        List<String> differing = new ArrayList<>();
        indices.forEach((index, state) -> {
            IndexSettings settings = indexLevel(state.settings());
            if (!String.valueOf(config.replicas()).equals(settings.numberOfReplicas())) {
                differing.add(index);
            }
            if (!String.valueOf(config.shards()).equals(settings.numberOfShards())) {
                LOG.warnf("The index %s has %s primary shards, not the configured %d: run ./claimdesk reindex to"
                        + " rebuild it with %d", index, settings.numberOfShards(), Integer.valueOf(config.shards()),
                        Integer.valueOf(config.shards()));
            }
        });
        if (differing.isEmpty()) {
            return;
        }
        String replicas = String.valueOf(config.replicas());
        client.indices().putSettings(p -> p.index(differing).settings(s -> s.numberOfReplicas(replicas)));
        LOG.infof("Set %s replicas on %s", replicas, differing);
    }

    // Elasticsearch answers {"index": {"number_of_replicas": ...}}; the client keeps that level as index().
    private static IndexSettings indexLevel(IndexSettings settings) {
        return settings.index() != null ? settings.index() : settings;
    }

    /** The settings and mappings of verdict-index.json, read afresh. */
    static ObjectNode indexDefinition() throws IOException {
        try (InputStream mapping = VerdictIndex.class.getResourceAsStream(MAPPING)) {
            return (ObjectNode) JSON.readTree(mapping);
        }
    }

    /** The definition of verdict-index.json with the given numbers of primary shards and replicas. */
    static ObjectNode indexDefinition(int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("an index needs at least one shard and no negative replicas, not "
                    + shards + " shards and " + replicas + " replicas");
        }
        ObjectNode definition = indexDefinition();
        definition.withObjectProperty("settings").put("number_of_shards", shards).put("number_of_replicas", replicas);
        return definition;
    }

    // Earlier versions wrote to a concrete index named like the alias: copy it (keeping its external versions), then
    // replace it by the alias in one _aliases request (remove_index deletes it atomically with the alias's creation).
    private void migrateLegacyIndex(String alias, String versioned) throws IOException {
        client.indices().create(c -> c.index(versioned));
        long copied = copyDocuments(alias, versioned);
        client.indices().updateAliases(u -> u
                .actions(a -> a.add(add -> add.index(versioned).alias(alias)))
                .actions(a -> a.removeIndex(remove -> remove.index(alias))));
        LOG.infof("Moved the legacy Elasticsearch index %s (%d documents) into %s behind an alias of that name", alias,
                Long.valueOf(copied), versioned);
    }

    // The distribution we run has no reindex module (_reindex answers 405): a scroll and bulk writes copy the
    // documents instead, each with its version as external version.
    private long copyDocuments(String from, String to) throws IOException {
        // Writes made just before are not searchable until a refresh, and a scroll only sees searchable ones.
        client.indices().refresh(r -> r.index(from));
        SearchResponse<JsonData> first = client.search(s -> s.index(from).size(COPY_BATCH).version(true)
                .scroll(t -> t.time(COPY_SCROLL)), JsonData.class);
        String scrollId = first.scrollId();
        List<Hit<JsonData>> hits = first.hits().hits();
        long copied = 0;
        try {
            while (!hits.isEmpty()) {
                copied += copyBatch(to, hits);
                String current = scrollId;
                ScrollResponse<JsonData> next = client.scroll(r -> r.scrollId(current).scroll(t -> t.time(COPY_SCROLL)),
                        JsonData.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String last = scrollId;
            if (last != null) {
                client.clearScroll(c -> c.scrollId(last));
            }
        }
        client.indices().refresh(r -> r.index(to));
        return copied;
    }

    private long copyBatch(String to, List<Hit<JsonData>> hits) throws IOException {
        BulkResponse response = client.bulk(b -> {
            hits.forEach(hit -> b.operations(op -> op.index(i -> i.index(to).id(hit.id())
                    .versionType(VersionType.External).version(hit.version()).document(hit.source()))));
            return b;
        });
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new IllegalStateException("Elasticsearch refused document " + item.id() + " while copying into "
                        + to + ": " + item.error().reason());
            }
        }
        return response.items().size();
    }

    /** A fresh concrete index name: {@code <alias>-v<mapping version>-<UTC time to the millisecond>}. */
    String newIndexName() {
        return newIndexName(config.name());
    }

    private static String newIndexName(String alias) {
        return alias + "-v" + MAPPING_VERSION + "-" + INDEX_TIME.format(Instant.now());
    }

    /**
     * Writes a published verdict under its claim's id, with the revision as external version: a write of an older (or
     * the same) revision than the indexed one is a no-op, so retries and late events never undo a correction. While a
     * rebuild runs the verdict is written to the index being built too, so the rebuild cannot miss it.
     */
    public void put(PublishedVerdict verdict, long revision) {
        ensureIndex();
        write(config.name(), verdict, revision);
        String rebuilding = rebuildTarget;
        if (rebuilding != null) {
            write(rebuilding, verdict, revision);
        }
    }

    private void write(String index, PublishedVerdict verdict, long revision) {
        try {
            call(() -> client.index(i -> i.index(index).id(String.valueOf(verdict.claimId()))
                    .versionType(VersionType.External).version(revision).document(document(verdict))));
        } catch (IllegalStateException e) {
            if (refusalStatus(e.getCause()) != 409) {
                throw e;
            }
            LOG.debugf("Claim %d: %s already holds revision %d or newer", Long.valueOf(verdict.claimId()), index,
                    Long.valueOf(revision));
        }
    }

    // The stored document: the verdict plus its claim's vector for matching, which searches never return.
    private ObjectNode document(PublishedVerdict verdict) {
        ObjectNode document = JSON.valueToTree(verdict);
        float[] vector = embeddings.embed(verdict.claim());
        if (vector != null) {
            ArrayNode values = document.putArray(VECTOR);
            for (float value : vector) {
                values.add(value);
            }
        }
        return document;
    }

    /** Creates an empty versioned index (the template gives it its mapping) that {@link #put} also writes to. */
    void startRebuild(String index) {
        ensureIndex();
        call(() -> client.indices().create(c -> c.index(index)));
        rebuildTarget = index;
    }

    /** Writes many verdicts to one index, each with its revision as external version; returns how many were written. */
    long bulkPut(String index, List<RevisedVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return 0;
        }
        BulkResponse response = call(() -> client.bulk(b -> {
            verdicts.forEach(v -> b.operations(op -> op.index(i -> i.index(index)
                    .id(String.valueOf(v.verdict().claimId())).versionType(VersionType.External).version(v.revision())
                    .document(document(v.verdict())))));
            return b;
        }));
        long written = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                written++;
            } else if (item.status() != 409) {
                throw new IllegalStateException("Elasticsearch refused verdict " + item.id() + " in " + index + ": "
                        + item.error().reason());
            }
        }
        return written;
    }

    /**
     * Makes the searches and writes of the alias go to the rebuilt index in one atomic {@code _aliases} request, ends
     * the double writes, deletes the indices the alias pointed to before and returns their names.
     */
    List<String> switchTo(String index) {
        String alias = config.name();
        List<String> previous = concreteIndices();
        call(() -> {
            client.indices().refresh(r -> r.index(index));
            return client.indices().updateAliases(u -> {
                previous.forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            });
        });
        rebuildTarget = null;
        for (String old : previous) {
            call(() -> client.indices().delete(d -> d.index(old)));
        }
        LOG.infof("The alias %s now points to %s; deleted %s", alias, index, previous);
        return previous;
    }

    /** Ends a failed rebuild: no more double writes, and the half-built index is deleted; the alias is untouched. */
    void abandonRebuild(String index) {
        rebuildTarget = null;
        try {
            call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete the abandoned index %s: %s", index, e.getMessage());
        }
    }

    /** The concrete indices behind the alias (one, except in the instant of a swap made by hand). */
    public List<String> concreteIndices() {
        ensureIndex();
        return call(() -> List.copyOf(client.indices().getAlias(g -> g.name(config.name())).result().keySet()));
    }

    /** How many verdicts the alias holds, as searches see them now. */
    public long count() {
        ensureIndex();
        return call(() -> client.count(c -> c.index(config.name())).count());
    }

    public Optional<PublishedVerdict> get(long claimId) {
        ensureIndex();
        GetResponse<PublishedVerdict> response = call(
                () -> client.get(g -> g.index(config.name()).id(String.valueOf(claimId)).sourceExcludes(VECTOR),
                        PublishedVerdict.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public VerdictSearchResult search(VerdictQuery query) {
        ensureIndex();
        SearchResponse<PublishedVerdict> response = call(() -> client.search(s -> {
            s.index(config.name())
                    .source(src -> src.filter(f -> f.excludes(VECTOR)))
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
            if (query.byDate()) {
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

    /**
     * Candidate matches for a claim: published verdicts sharing its (folded) content words, by more-like-this, and,
     * when a vector is given, those with the nearest claim vectors; about {@code perRoute} from each.
     */
    public List<SimilarVerdict> similar(String foldedWords, float[] vector, int perRoute) {
        ensureIndex();
        SearchResponse<SimilarVerdict> response = call(() -> client.search(s -> {
            s.index(config.name())
                    .size(2 * perRoute)
                    .source(src -> src.filter(f -> f.includes("claimId", "claim", "rating", "language", VECTOR)))
                    .query(q -> q.moreLikeThis(m -> m.fields("claimFolded").like(l -> l.text(foldedWords))
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("30%")));
            if (vector != null) {
                List<Float> values = new ArrayList<>(vector.length);
                for (float value : vector) {
                    values.add(value);
                }
                s.knn(k -> k.field(VECTOR).queryVector(values).k(perRoute).numCandidates(Math.max(50, 5 * perRoute)));
            }
            return s;
        }, SimilarVerdict.class));
        return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
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
        if (!query.publishers().isEmpty()) {
            // A verdict has one publisher: several values mean any of them.
            List<FieldValue> publishers = query.publishers().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field("publisher").terms(v -> v.value(publishers))));
        }
        // A verdict has many tags: each value narrows, the way a reader drills down through the tag facet.
        query.tags().forEach(tag -> bool.filter(f -> f.term(t -> t.field("tags").value(tag))));
        if (query.publishedFrom() != null || query.publishedTo() != null) {
            // Whole days in UTC, both ends included.
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("publishedAt");
                if (query.publishedFrom() != null) {
                    d.gte(query.publishedFrom().toString());
                }
                if (query.publishedTo() != null) {
                    d.lt(query.publishedTo().plusDays(1).toString());
                }
                return d;
            })));
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

    /** A verdict and the revision number it is written with (its external version). */
    record RevisedVerdict(PublishedVerdict verdict, long revision) {
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
            throw new ServiceUnavailableException("Elasticsearch", RefusalMessage.of(Refusal.INDEX_UNREACHABLE), e);
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
                    RefusalMessage.of(Refusal.INDEX_NOT_READY, reason), cause);
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
