package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private static final String FRENCH = "Le général Haftar est arrivé dimanche soir à Moscou pour une visite officielle "
            + "en Russie, selon les médias russes.";
    private static final String ENGLISH = "General Haftar arrived in Moscow on Sunday evening for an official visit "
            + "to Russia, according to Russian media.";
    private static final String GERMAN = "General Haftar ist am Sonntagabend zu einem offiziellen Besuch in Moskau "
            + "eingetroffen, berichten russische Medien.";
    private static final String SPANISH = "El general Haftar llegó el domingo por la noche a Moscú para una visita "
            + "oficial a Rusia, según los medios rusos.";

    private static final String DUTCH = "Generaal Haftar is zondagavond in Moskou aangekomen voor een officieel bezoek "
            + "aan Rusland, melden Russische media.";
    private static final String ITALIAN = "Il generale Haftar è arrivato domenica sera a Mosca per una visita ufficiale "
            + "in Russia, secondo i media russi.";
    private static final String PORTUGUESE = "O general Haftar chegou no domingo à noite a Moscou para uma visita oficial "
            + "à Rússia, segundo a mídia russa.";

    @Test
    void detectsNewsLanguagesAsIso6391Codes() {
        assertThat(DETECTOR.detect(FRENCH)).isEqualTo("fr");
        assertThat(DETECTOR.detect(ENGLISH)).isEqualTo("en");
        assertThat(DETECTOR.detect(GERMAN)).isEqualTo("de");
        assertThat(DETECTOR.detect(SPANISH)).isEqualTo("es");
        assertThat(DETECTOR.detect(DUTCH)).isEqualTo("nl");
        assertThat(DETECTOR.detect(ITALIAN)).isEqualTo("it");
        assertThat(DETECTOR.detect(PORTUGUESE)).isEqualTo("pt");
    }

    @Test
    void hintWinsOverDetection() {
        assertThat(DETECTOR.resolve(FRENCH, "en")).isEqualTo("en");
        assertThat(DETECTOR.resolve(FRENCH, " FR-be ")).isEqualTo("fr");
        assertThat(DETECTOR.resolve(ENGLISH, "fra")).isEqualTo("fr");
    }

    @Test
    void blankHintMeansDetect() {
        assertThat(DETECTOR.resolve(ENGLISH, null)).isEqualTo("en");
        assertThat(DETECTOR.resolve(ENGLISH, "  ")).isEqualTo("en");
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertThat(DETECTOR.detect("12 345 — 67 %")).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void threeLetterCodesOfTheModelMapToTwoLetterCodes() {
        assertThat(LanguageDetector.toIso1("nld")).isEqualTo("nl");
        assertThat(LanguageDetector.toIso1("ita")).isEqualTo("it");
        assertThat(LanguageDetector.toIso1("por")).isEqualTo("pt");
        assertThat(LanguageDetector.toIso1("cmn")).isEqualTo("zh");
    }
}
