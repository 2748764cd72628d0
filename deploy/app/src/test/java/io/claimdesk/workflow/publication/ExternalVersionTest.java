package io.claimdesk.workflow.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The revision is the document's external version: a late write of an older revision never undoes a newer one. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ExternalVersionTest {

    @Inject
    VerdictIndex index;

    @Test
    void writingAnOlderRevisionAfterANewerOneLeavesTheNewer() {
        // An id no claim of the tests reaches.
        long claimId = 2_000_000_000L + System.nanoTime() % 1_000_000;

        index.put(verdict(claimId, "MISLEADING"), 3);
        index.put(verdict(claimId, "FALSE"), 2);
        index.put(verdict(claimId, "TRUE"), 3);
        assertEquals("MISLEADING", index.get(claimId).orElseThrow().rating());

        index.put(verdict(claimId, "MOSTLY_TRUE"), 4);
        assertEquals("MOSTLY_TRUE", index.get(claimId).orElseThrow().rating());
    }

    /** A verdict of a claim PostgreSQL does not know; a reindex drops it. */
    static PublishedVerdict verdict(long claimId, String rating) {
        String text = "Version externe, témoin de l'ordre des révisions.";
        return new PublishedVerdict(claimId, text, SearchFolding.fold(text), rating, 1, rating, "Explication.",
                "explication.", List.of(), 1, "Ordre des révisions", "ordre des revisions",
                "https://www.example.org/ordre", "fr", "rita", "edith", "2026-01-01T00:00:00Z", "Claimdesk",
                List.of(), text);
    }
}
