package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.publication.SearchFolding;

/** Benchmark documents fit the strict index mapping, fold like the application, and are reproducible. */
class VerdictDocumentsTest {

    private static final String MAPPING = "/io/claimdesk/workflow/publication/verdict-index.json";
    private final VerdictDocuments documents = new VerdictDocuments(VerdictCorpusTest.CORPUS);

    @Test
    void everyFieldIsInTheMappingWithAValueOfItsType() throws IOException {
        JsonNode properties;
        try (InputStream mapping = VerdictDocumentsTest.class.getResourceAsStream(MAPPING)) {
            properties = new ObjectMapper().readTree(mapping).path("mappings").path("properties");
        }
        List<String> mapped = new ArrayList<>();
        properties.fieldNames().forEachRemaining(mapped::add);
        for (long n = 0; n < 50; n++) {
            Map<String, Object> document = documents.document(n);
            assertThat(mapped).containsAll(document.keySet());
            document.forEach((field, value) -> {
                switch (properties.path(field).path("type").asText()) {
                    case "long", "integer" -> assertThat(value).as(field).isInstanceOf(Number.class);
                    case "date" -> assertThat(Instant.parse((String) value)).as(field)
                            .isBefore(VerdictDocuments.LATEST.plusSeconds(1));
                    case "keyword" -> assertThat(value).as(field).isInstanceOfAny(String.class, List.class);
                    default -> assertThat((String) value).as(field).isNotBlank();
                }
            });
        }
    }

    @Test
    void foldedFieldsAreFoldedAsTheApplicationDoes() {
        Map<String, Object> french = documents.document(0);
        assertThat(french.get("language")).isEqualTo("fr");
        for (String field : List.of("claim", "explanation", "articleTitle")) {
            assertThat(french.get(field + "Folded")).isEqualTo(SearchFolding.fold((String) french.get(field)));
        }
        assertThat(documents.document(1).get("language")).isEqualTo("en");
    }

    @Test
    void ratingsComeFromTheScaleWithTheirValueAndLabel() {
        Map<String, Object> document = documents.document(3);
        Rating rating = Rating.valueOf((String) document.get("rating"));
        assertThat(document.get("ratingValue")).isEqualTo(rating.ratingValue());
        assertThat(document.get("ratingLabel")).isEqualTo(rating.label());
    }

    @Test
    void aDocumentIsTheSameEveryTimeAndIdsStayClearOfTheDatabase() {
        assertThat(documents.document(42)).isEqualTo(documents.document(42));
        assertThat(documents.document(42).get("claimId")).isEqualTo(VerdictDocuments.FIRST_ID + 42);
        assertThat(documents.document(0).get("articleTitle")).isEqualTo(documents.document(2).get("articleTitle"));
    }

    @Test
    void shortenCutsAtAWordBoundary() {
        assertThat(VerdictDocuments.shorten("un deux trois quatre", 11)).isEqualTo("un deux…");
        assertThat(VerdictDocuments.shorten("court", 11)).isEqualTo("court");
    }
}
