package io.claimdesk.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding makes accents, case, French elision and plurals irrelevant to search. */
class SearchFoldingTest {

    @Test
    void removesAccentsAndCase() {
        assertThat(SearchFolding.fold("Égypte, côte, reconnaît, Œuvre")).isEqualTo("egypte, cote, reconnait, oeuvre");
    }

    @Test
    void dropsElidedArticlesWithBothApostrophes() {
        assertThat(SearchFolding.fold("soutenu par l’Egypte d'Al Sissi")).isEqualTo("soutenu par egypte al sissi");
        assertThat(SearchFolding.fold("jusqu'à l'Otan, qu’il")).isEqualTo("a otan, il");
    }

    @Test
    void keepsApostrophesThatAreNotElisions() {
        assertThat(SearchFolding.fold("Côte d'Ivoire's rock'n'roll")).isEqualTo("cote ivoire's rock'n'roll");
    }

    @Test
    void reducesPluralsToTheSingular() {
        assertThat(SearchFolding.fold("Vaccines, countries, claims, Élections")).isEqualTo(
                "vaccine, country, claim, election");
        assertThat(SearchFolding.fold("vaccine country claim election")).isEqualTo("vaccine country claim election");
    }

    @Test
    void keepsWordsWhoseFinalSIsNotAPlural() {
        assertThat(SearchFolding.fold("virus bus glass shoes toes plays")).isEqualTo("virus bus glass shoes toes play");
    }
}
