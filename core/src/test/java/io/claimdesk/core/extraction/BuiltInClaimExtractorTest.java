package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BuiltInClaimExtractorTest {

    private static final Path SAMPLE = Path.of("../../shared/samples/haftar-moscou.fr.txt");

    /** The sample's opening, which introduces Haftar as the commander that "ce commandant militaire" refers to. */
    private static final String OPENING = "La Russie est-elle sur le point de rallier à sa cause le général Haftar, "
            + "commandant en chef de l'armée nationale libyenne?";
    private static final String AGENDA = "Les deux parties devront aussi discuter des questions d’intérêt commun dont "
            + "le renforcement de la sécurité et des coopérations bilatérales.";
    private static final String ARRIVAL = "Le \"sulfureux\" général ainsi que le qualifient les médias occidentaux est "
            + "arrivé en tout cas dimanche soir à Moscou, pour une visite officielle en Russie.";
    private static final String SECOND_VISIT = "Il s’agit de la deuxième visite effectuée par le général libyen, Haftar, "
            + "à Moscou, après celle de 27 juin.";
    private static final String EGYPT = "L’ancien général de Kadhafi, Haftar est soutenu par l’Egypte d'Al Sissi.";
    private static final String GNA = "Ce commandant militaire ne reconnaît pas le gouvernement libyen d'union nationale "
            + "dirigé par Fayez al-Sarraj, soutenu par l’Occident.";
    private static final String OIL = "Les succès militaires des forces sous le commandement du général libyen se "
            + "succèdent depuis : ses forces ont libéré la principale plate-forme d’exportation du brut libyen située "
            + "en Cyrénaïque (Est).";
    private static final String IZVESTIA = "En octobre dernier, les sources russes citées par « Izvestia » ont fait "
            + "état d'une demande officielle des Libyens auprès de Moscou : « Les Libyens demandent de leur livrer non "
            + "seulement des armes d’infanterie, mais aussi du matériel, y compris des avions.";
    private static final List<String> FACTUAL = List.of(ARRIVAL, SECOND_VISIT, EGYPT, GNA, OIL, IZVESTIA);

    private static final BuiltInClaimExtractor EXTRACTOR = new BuiltInClaimExtractor();

    @Test
    void agendaSentenceScoresBelowEveryFactualSentence() {
        String article = String.join("\n", OPENING, ARRIVAL, AGENDA, SECOND_VISIT, EGYPT, GNA, OIL, IZVESTIA);

        Extraction extraction = EXTRACTOR.extract(article, null);

        assertThat(extraction.language()).isEqualTo("fr");
        CandidateClaim agenda = claimStartingWith(extraction, "Les deux parties devront aussi discuter");
        assertThat(agenda.reasons()).contains(Reason.AGENDA);
        assertThat(agenda.score()).isLessThan(0.2);
        for (String sentence : FACTUAL) {
            CandidateClaim claim = claimFrom(extraction, article, sentence);
            assertThat(claim.score()).as(claim.text()).isGreaterThan(agenda.score() + 0.25);
        }
    }

    @Test
    void factualSentencesGiveTheirReasons() {
        assertThat(first(ARRIVAL).reasons()).contains(Reason.DATE, Reason.NAMED_ENTITY, Reason.EVENT);
        assertThat(first(SECOND_VISIT).reasons()).contains(Reason.DATE, Reason.NAMED_ENTITY);
        assertThat(first(IZVESTIA).reasons()).contains(Reason.DATE, Reason.ATTRIBUTION, Reason.NAMED_ENTITY);
        assertThat(EXTRACTOR.extract(OIL, "fr").claims()).filteredOn(c -> c.text().contains("plate-forme"))
                .singleElement().satisfies(c -> assertThat(c.reasons()).contains(Reason.EVENT, Reason.NAMED_ENTITY));
    }

    @Test
    void questionsScoreLowerThanTheSameStatement() {
        CandidateClaim statement = first(
                "La Russie a rallié à sa cause le général Haftar, commandant en chef de l'armée.");
        CandidateClaim question = first("La Russie a-t-elle rallié à sa cause le général Haftar, commandant en chef de "
                + "l'armée ?");
        assertThat(question.reasons()).contains(Reason.QUESTION);
        assertThat(question.score()).isLessThan(statement.score());
    }

    @Test
    void sampleArticleScoresAgendaBelowTheVisitSupportAndOilSentences() throws IOException {
        String article = Files.readString(SAMPLE, StandardCharsets.UTF_8);

        Extraction extraction = EXTRACTOR.extract(article, null);

        assertThat(extraction.language()).isEqualTo("fr");
        CandidateClaim agenda = claimStartingWith(extraction, "Les deux parties devront");
        for (String start : List.of("Le \"sulfureux\" général", "Il s’agit de la deuxième visite",
                "L’ancien général de Kadhafi, Haftar est soutenu", "Les forces armées sous commandement",
                "En octobre dernier, les sources russes citées par « Izvestia »")) {
            assertThat(claimStartingWith(extraction, start).score()).as(start).isGreaterThan(agenda.score());
        }
    }

    @Test
    void sampleArticleSpansPointAtTheirSourceInDocumentOrder() throws IOException {
        String article = Files.readString(SAMPLE, StandardCharsets.UTF_8);

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        // Every sentence gives at least one claim, or one marked as not a claim: nothing is silently dropped.
        long sentences = new SentenceSegmenter().segment(article).stream()
                .filter(g -> ClaimFeatureExtractor.wordCount(g.textIn(article)) >= BuiltInClaimExtractor.MIN_WORDS)
                .count();
        assertThat(claims).hasSizeGreaterThanOrEqualTo((int) sentences).hasSizeGreaterThan(10);
        int previousStart = 0;
        for (CandidateClaim claim : claims) {
            assertThat(claim.start()).isGreaterThanOrEqualTo(previousStart);
            assertThat(claim.end()).isGreaterThan(claim.start()).isLessThanOrEqualTo(article.length());
            assertThat(ClaimSpanContract.sharesKeyContent(claim.text(), article.substring(claim.start(), claim.end())))
                    .as(claim.text()).isTrue();
            assertThat(claim.score()).isBetween(0.0, 1.0);
            previousStart = claim.start();
        }
    }

    @Test
    void spansSurviveLeadingWhitespaceAndLineBreaksInsideASentence() {
        String article = "\n\n   Le général est arrivé\ndimanche à Moscou selon Russia Today.  ";

        CandidateClaim claim = EXTRACTOR.extract(article, "fr").claims().get(0);

        assertThat(claim.start()).isEqualTo(5);
        assertThat(claim.end()).isEqualTo(article.length() - 2);
        assertThat(claim.text()).isEqualTo("Le général est arrivé dimanche à Moscou selon Russia Today.");
    }

    @Test
    void bylinesAndShortHeadingsAreDroppedLongerHeadingsPenalised() {
        String article = "Monde\n\nHaftar en visite officielle à Moscou\n\nPar Jean Dupont\n\n"
                + "Le général Haftar est arrivé dimanche soir à Moscou pour une visite officielle.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly("Haftar en visite officielle à Moscou",
                "Le général Haftar est arrivé dimanche soir à Moscou pour une visite officielle.");
        assertThat(claims.get(0).reasons()).contains(Reason.HEADING);
        assertThat(claims.get(0).score()).isLessThan(claims.get(1).score());
    }

    @Test
    void hintOverridesDetectionAndEnglishTextIsScoredWithEnglishCues() {
        String english = "According to Reuters, General Haftar arrived in Moscow on Sunday for his second visit "
                + "since June. The two sides will also discuss security cooperation.";

        Extraction detected = EXTRACTOR.extract(english, null);
        Extraction hinted = EXTRACTOR.extract(english, "de");

        assertThat(detected.language()).isEqualTo("en");
        assertThat(hinted.language()).isEqualTo("de");
        assertThat(detected.claims()).hasSize(2);
        assertThat(detected.claims().get(0).reasons()).contains(Reason.ATTRIBUTION, Reason.DATE, Reason.EVENT);
        assertThat(detected.claims().get(1).reasons()).contains(Reason.AGENDA);
        assertThat(detected.claims().get(1).score()).isLessThan(detected.claims().get(0).score());
    }

    @Test
    void emptyTextHasNoClaims() {
        assertThat(EXTRACTOR.extract("", null)).isEqualTo(new Extraction(LanguageDetector.UNDETERMINED, List.of()));
    }

    /** The claim cut first out of a one-sentence text: its main clause. */
    private static CandidateClaim first(String sentence) {
        List<CandidateClaim> claims = EXTRACTOR.extract(sentence, "fr").claims();
        assertThat(claims).isNotEmpty();
        return claims.get(0);
    }

    /** The best-scoring claim taken from the sentence: a sentence may now yield several atomic claims. */
    private static CandidateClaim claimFrom(Extraction extraction, String article, String sentence) {
        int start = article.indexOf(sentence);
        int end = start + sentence.length();
        return extraction.claims().stream().filter(c -> c.start() >= start && c.end() <= end)
                .max(java.util.Comparator.comparingDouble(CandidateClaim::score))
                .orElseThrow(() -> new AssertionError("no claim from " + sentence));
    }

    private static CandidateClaim claimStartingWith(Extraction extraction, String start) {
        return extraction.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with " + start));
    }
}
