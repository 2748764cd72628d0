package io.claimdesk.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchWordsTest {

    @Test
    void accentsElisionsAndFunctionWordsAreFoldedAway() {
        assertThat(MatchWords.of("L'Égypte a fermé la frontière de Gaza"))
                .containsExactly("egypte", "ferme", "frontiere", "gaza");
    }

    @Test
    void pluralsMeetTheirSingularAndGroupedFiguresStayOneWord() {
        assertThat(MatchWords.of("Les migrants : 1 200 arrivées")).containsExactly("migrant", "1200", "arrivee");
        assertThat(MatchWords.of("3,000 migrants crossed")).containsExactly("3000", "migrant", "crossed");
    }

    @Test
    void emptyOrWordlessTextHasNoWords() {
        assertThat(MatchWords.of(null)).isEmpty();
        assertThat(MatchWords.of(" — ! ")).isEmpty();
        assertThat(MatchWords.of("Il y a de la")).isEmpty();
    }
}
