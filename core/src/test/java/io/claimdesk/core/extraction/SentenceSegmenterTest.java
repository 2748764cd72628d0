package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    private static List<String> sentences(String text) {
        return SEGMENTER.segment(text).stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void closingGuillemetStaysWithItsSentence() {
        assertThat(sentences("« M. Haftar est arrivé. » Il a dit : « Pourquoi pas ? » Ensuite il est parti."))
                .containsExactly("« M. Haftar est arrivé. »", "Il a dit : « Pourquoi pas ? »", "Ensuite il est parti.");
    }

    @Test
    void guillemetsWithNoBreakSpacesAreHandledLikePlainSpaces() {
        assertThat(sentences("Il a déclaré\u00a0: «\u00a0Nous viendrons.\u202f» Puis il est reparti."))
                .containsExactly("Il a déclaré\u00a0: «\u00a0Nous viendrons.\u202f»", "Puis il est reparti.");
    }

    @Test
    void guillemetsWithoutSpacesEndTheSentenceToo() {
        assertThat(sentences("Il a répondu «non.» Puis il est parti."))
                .containsExactly("Il a répondu «non.»", "Puis il est parti.");
    }

    @Test
    void questionInsideQuotesFollowedByLowerCaseDoesNotEndTheSentence() {
        assertThat(sentences("« Viendrez-vous ? » a-t-il demandé. Personne n'a répondu."))
                .containsExactly("« Viendrez-vous ? » a-t-il demandé.", "Personne n'a répondu.");
    }

    @Test
    void nestedQuotesCloseWithTheSentenceThatEndsInside() {
        assertThat(sentences("Il a dit : « Elle m’a répété : “Jamais de la vie.” Je n’y crois pas. » C’est fini."))
                .containsExactly("Il a dit : « Elle m’a répété : “Jamais de la vie.”", "Je n’y crois pas. »",
                        "C’est fini.");
    }

    @Test
    void frenchAbbreviationsNumbersAndDatesDoNotSplit() {
        assertThat(sentences("Mme Dupont a vu 1,5 million de personnes le 27 juin. "
                + "Il y a 3 000 ans av. J.-C. la ville existait. MM. Dupont et Durand sont venus."))
                .containsExactly("Mme Dupont a vu 1,5 million de personnes le 27 juin.",
                        "Il y a 3 000 ans av. J.-C. la ville existait.", "MM. Dupont et Durand sont venus.");
    }

    @Test
    void abbreviationThatMayEndASentenceEndsItBeforeACapital() {
        assertThat(sentences("La ville fut fondée en 52 av. J.-C. Elle prospéra ensuite."))
                .containsExactly("La ville fut fondée en 52 av. J.-C.", "Elle prospéra ensuite.");
    }

    @Test
    void ellipsisEndsASentenceOnlyBeforeACapital() {
        assertThat(sentences("Alors... on verra… Peut-être. Et puis... Rien."))
                .containsExactly("Alors... on verra…", "Peut-être.", "Et puis...", "Rien.");
    }

    @Test
    void apostrophesOfBothKindsAreNotQuotes() {
        assertThat(sentences("L’armée d'Haftar a avancé. C’est l'essentiel."))
                .containsExactly("L’armée d'Haftar a avancé.", "C’est l'essentiel.");
    }

    @Test
    void periodAfterClosingGuillemetEndsTheSentence() {
        assertThat(sentences("Il parle de « guerre ». La presse aussi."))
                .containsExactly("Il parle de « guerre ».", "La presse aussi.");
    }

    @Test
    void englishTitlesAcronymsAndDecimalsDoNotSplit() {
        assertThat(sentences("Mr. Smith went to the U.S. in 2020. Inflation hit 3.5% last year. "
                + "\"It is bad,\" he said. Then he left."))
                .containsExactly("Mr. Smith went to the U.S. in 2020.", "Inflation hit 3.5% last year.",
                        "\"It is bad,\" he said.", "Then he left.");
    }

    @Test
    void englishClosingQuoteAfterPeriodStaysWithItsSentence() {
        assertThat(
                sentences("He said: \"We will win.\" Nobody believed him. St. Louis voted at 3 p.m. Then it rained."))
                .containsExactly("He said: \"We will win.\"", "Nobody believed him.", "St. Louis voted at 3 p.m.",
                        "Then it rained.");
    }

    @Test
    void blankLineEndsALineWithoutPunctuationAsAHeading() {
        String text = "Haftar à Moscou\n\nLe général est arrivé dimanche. Il repart lundi.";
        List<Segment> segments = SEGMENTER.segment(text);
        assertThat(segments).extracting(s -> s.textIn(text))
                .containsExactly("Haftar à Moscou", "Le général est arrivé dimanche.", "Il repart lundi.");
        assertThat(segments).extracting(Segment::heading).containsExactly(true, false, false);
    }

    @Test
    void shortLineFollowedByACapitalIsItsOwnSegment() {
        assertThat(sentences("Haftar à Moscou\nLe général est arrivé dimanche.\nPar Jean Dupont\nIl repart lundi."))
                .containsExactly("Haftar à Moscou", "Le général est arrivé dimanche.", "Par Jean Dupont",
                        "Il repart lundi.");
    }

    @Test
    void wrappedLineInsideASentenceDoesNotSplit() {
        assertThat(sentences("Le texte continue sur une ligne\ncoupée au milieu de la phrase. Fin."))
                .containsExactly("Le texte continue sur une ligne\ncoupée au milieu de la phrase.", "Fin.");
    }

    @Test
    void spansPointIntoTheOriginalTextTrimmed() {
        String text = "  Premier point.\n\n   Second point !  ";
        assertThat(SEGMENTER.segment(text)).containsExactly(new Segment(2, 16, false), new Segment(21, 35, false));
    }
}
