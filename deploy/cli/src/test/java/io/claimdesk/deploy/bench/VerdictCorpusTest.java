package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Queries are words of the corpus's sentences, some folded, the same for the same seed. */
class VerdictCorpusTest {

    /** A small corpus of each kind of sentence, shared with the document tests. */
    static final VerdictCorpus CORPUS = new VerdictCorpus(
            List.of("We're consuming 50 percent of the world's cocaine.",
                    "Unemployment doubled since the last election in Michigan."),
            List.of("L'armée protège les manifestants de la police en Pologne",
                    "Le calendrier des examens au Cameroun a été modifié"),
            List.of("Une publication qui circule depuis lundi sur les réseaux sociaux."));

    @Test
    void longWordsSkipShortOnesAndPunctuation() {
        assertThat(VerdictCorpus.longWords("L'armée protège les manifestants, à Varsovie."))
                .containsExactly("armée", "protège", "manifestants", "Varsovie");
    }

    @Test
    void queriesAreDistinctWordsOfTheSentencesInBothLanguages() {
        List<String> queries = CORPUS.queries(20, 1);
        assertThat(queries).doesNotHaveDuplicates().isNotEmpty().hasSizeLessThanOrEqualTo(20);
        String text = String.join(" ", CORPUS.english()) + " " + String.join(" ", CORPUS.french());
        String folded = io.claimdesk.workflow.publication.SearchFolding.fold(text);
        for (String query : queries) {
            for (String word : query.split(" ")) {
                assertThat(word.length()).isGreaterThanOrEqualTo(VerdictCorpus.MIN_QUERY_WORD);
                assertThat(text.contains(word) || folded.contains(word)).as(word).isTrue();
            }
        }
        assertThat(queries).anyMatch(q -> CORPUS.english().stream().anyMatch(s -> s.contains(q.split(" ")[0])));
        assertThat(queries).anyMatch(q -> folded.contains(q) && !CORPUS.english().stream()
                .anyMatch(s -> s.contains(q.split(" ")[0])));
    }

    @Test
    void theSameSeedGivesTheSameQueries() {
        assertThat(CORPUS.queries(10, 7)).isEqualTo(CORPUS.queries(10, 7));
    }
}
