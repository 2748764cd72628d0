package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimFeatureExtractorTest {

    private static final ClaimFeatureExtractor FEATURES = new ClaimFeatureExtractor();

    private static ClaimFeatures fr(String sentence) {
        return FEATURES.features(sentence, false, "fr");
    }

    private static ClaimFeatures en(String sentence) {
        return FEATURES.features(sentence, false, "en");
    }

    @Test
    void frenchDateIsADateNotANumber() {
        assertThat(fr("Il s’agit de la deuxième visite du général à Moscou, après celle du 27 juin.").present())
                .contains(Reason.DATE).doesNotContain(Reason.NUMBER);
    }

    @Test
    void frenchFiguresAreNumbers() {
        assertThat(fr("Le chômage touche 1,5 million de personnes, soit plus qu'en 2020.").present())
                .containsExactly(Reason.NUMBER, Reason.DATE, Reason.COMPARISON);
        assertThat(fr("Il y avait 3 000 manifestants à Paris parce qu'il faisait beau.").present())
                .contains(Reason.NUMBER, Reason.CAUSAL);
        assertThat(fr("Les deux camps se sont affrontés près de la ville.").present()).contains(Reason.NUMBER);
    }

    @Test
    void namedEntitiesCountRunsOfCapitalisedWordsButNotTheFirstWord() {
        // Russia Today, Haftar: "Selon" opens the sentence.
        assertThat(fr("Selon Russia Today, ce déplacement du général Haftar vise à renforcer les relations.")
                .value(Reason.NAMED_ENTITY)).isEqualTo(2.0);
        // Fayez al-Sarraj (one name), Occident; elided "l’Occident" still counts.
        assertThat(fr("Il ne reconnaît pas le gouvernement dirigé par Fayez al-Sarraj, soutenu par l’Occident.")
                .value(Reason.NAMED_ENTITY)).isEqualTo(2.0);
        assertThat(fr("Le ministre a rencontré les représentants du GNA hier.").value(Reason.NAMED_ENTITY))
                .isEqualTo(1.0);
        assertThat(fr("Le ministre a parlé.").value(Reason.NAMED_ENTITY)).isZero();
    }

    @Test
    void frenchCuePhrasesGiveTheirReasons() {
        assertThat(fr("Selon le ministère, les prix ont augmenté parce que la demande a doublé.").present())
                .contains(Reason.ATTRIBUTION, Reason.CAUSAL, Reason.EVENT);
        assertThat(fr("Les deux parties devront aussi discuter des questions d’intérêt commun.").present())
                .contains(Reason.AGENDA);
        assertThat(fr("Je pense que cette réforme est une erreur pour le pays.").present())
                .containsExactly(Reason.OPINION);
    }

    @Test
    void frenchPerfectTenseIsAnEventButNotIlYA() {
        assertThat(fr("Ses forces ont libéré la principale plate-forme pétrolière.").present()).contains(Reason.EVENT);
        assertThat(fr("Le blocus a aussi touché les ports de la région.").present()).contains(Reason.EVENT);
        assertThat(fr("Il y a beaucoup de monde dans les rues de la ville ce soir.").present())
                .doesNotContain(Reason.EVENT);
    }

    @Test
    void englishCuePhrasesGiveTheirReasons() {
        assertThat(en("According to the ministry, unemployment rose to 3.5% in June because of the strikes.")
                .present()).containsExactly(Reason.NUMBER, Reason.DATE, Reason.ATTRIBUTION, Reason.COMPARISON,
                        Reason.CAUSAL);
        assertThat(en("The two leaders will also discuss trade and security issues.").present())
                .contains(Reason.AGENDA);
        assertThat(en("I believe this is the wrong way to go about it.").present()).contains(Reason.OPINION);
    }

    @Test
    void questionsShortFragmentsAndHeadingsAreMarked() {
        assertThat(fr("La Russie va-t-elle rallier le général à sa cause ?").present()).contains(Reason.QUESTION);
        assertThat(fr("« Pourquoi pas ? »").present()).contains(Reason.QUESTION, Reason.SHORT_FRAGMENT);
        assertThat(FEATURES.features("Haftar en visite officielle à Moscou", true, "fr").present())
                .contains(Reason.HEADING, Reason.SHORT_FRAGMENT);
    }

    @Test
    void unknownLanguageStillGetsLanguageFreeFeatures() {
        assertThat(FEATURES.features("Der Präsident besuchte Berlin im Jahr 2019 mit 40 Beratern.", false, "de")
                .present()).contains(Reason.NUMBER, Reason.DATE, Reason.NAMED_ENTITY);
    }

    @Test
    void bylinesAreRecognisedOnlyOnShortHeadings() {
        assertThat(FEATURES.isByline("Par Jean Dupont", true, "fr")).isTrue();
        assertThat(FEATURES.isByline("By John Smith, Reuters", true, "en")).isTrue();
        assertThat(FEATURES.isByline("Par ailleurs, ils ont appelé Moscou à l'aide.", false, "fr")).isFalse();
        assertThat(FEATURES.isByline("Haftar en visite officielle à Moscou", true, "fr")).isFalse();
    }
}
