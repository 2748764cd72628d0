package io.claimdesk.workflow.publication;

import static io.claimdesk.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** An admin rebuilds the search index from PostgreSQL; the alias swap never interrupts public searches. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ReindexTest {

    @Inject
    VerdictIndex index;

    @Inject
    VerdictReindex reindex;

    @Inject
    ElasticsearchClient elasticsearch;

    @Test
    void reindexSwapsTheAliasWhileSearchesKeepFindingAKnownVerdict() throws Exception {
        String marker = "temoin" + UUID.randomUUID().toString().replace("-", "");
        long known = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Réindexation " + marker));
        OutboxIndexerTest.awaitSearchable(marker, known);
        List<String> before = index.concreteIndices();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread searcher = new Thread(() -> {
            while (!stop.get()) {
                var response = given().queryParam("q", marker).get("/api/public/v1/verdicts");
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body().asString());
                } else if (!response.jsonPath().getList("items.claimId", Integer.class).contains((int) known)) {
                    failures.add("missing: " + response.body().asString());
                }
                searches.incrementAndGet();
            }
        }, "searcher");
        JsonPath result;
        searcher.start();
        try {
            awaitSearches(searches, 3);
            result = as("adam").post("/api/v1/admin/reindex").then().statusCode(200).extract().jsonPath();
            awaitSearches(searches, searches.get() + 3);
        } finally {
            stop.set(true);
            searcher.join();
        }

        assertEquals(List.of(), failures, "searches during the reindex (" + searches.get() + " in all)");
        String rebuilt = result.getString("index");
        assertTrue(rebuilt.startsWith("claimdesk-verdicts-v"), rebuilt);
        assertEquals(List.of(rebuilt), index.concreteIndices());
        assertEquals(before, result.getList("replacedIndices", String.class));
        for (String old : before) {
            assertFalse(elasticsearch.indices().exists(e -> e.index(old)).value(), old + " was not deleted");
        }
        long publicVerdicts = reindex.publicVerdicts();
        assertEquals(publicVerdicts, result.getLong("verdicts"));
        assertEquals(publicVerdicts, index.count());
    }

    @Test
    void aVerdictWrittenWhileARebuildRunsReachesTheIndexBeingBuilt() throws Exception {
        String target = index.newIndexName();
        long claimId = 2_100_000_000L + System.nanoTime() % 1_000_000;
        index.startRebuild(target);
        try {
            index.put(ExternalVersionTest.verdict(claimId, "FALSE"), 1);
            assertTrue(elasticsearch.exists(e -> e.index(target).id(String.valueOf(claimId))).value());
            assertEquals("FALSE", index.get(claimId).orElseThrow().rating());
        } finally {
            index.abandonRebuild(target);
        }
        assertFalse(elasticsearch.indices().exists(e -> e.index(target)).value(), target + " was not deleted");
    }

    @Test
    void onlyAnAdminMayReindex() {
        as("edith").post("/api/v1/admin/reindex").then().statusCode(403).contentType("application/problem+json");
        given().post("/api/v1/admin/reindex").then().statusCode(401);
    }

    private static void awaitSearches(AtomicInteger searches, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (searches.get() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the searcher made only " + searches.get() + " searches in 30 s");
            }
            Thread.sleep(20);
        }
    }
}
