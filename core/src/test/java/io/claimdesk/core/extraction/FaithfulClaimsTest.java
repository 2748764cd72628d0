package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One test per failure class the old surface-rule engine showed on unseen articles (issue "Faithful claims"), in
 * French and in English, on sentences written for these tests: the exact claims the engine gives, and with them what
 * it must never give (a claim the article does not make).
 */
class FaithfulClaimsTest {

    private static final BuiltInClaimExtractor EXTRACTOR = new BuiltInClaimExtractor();

    private static List<String> claims(String article, String language) {
        return EXTRACTOR.extract(article, language).claims().stream().map(CandidateClaim::text).toList();
    }

    private static List<CandidateClaim> candidates(String article, String language) {
        return EXTRACTOR.extract(article, language).claims();
    }

    @Test
    void relativeClauseAndParticipleAttachToTheHeadTheTreeGivesInFrench() {
        assertThat(claims("La ministre de la Santé, Claire Martin, qui avait été nommée en mars, a inauguré lundi "
                + "l'hôpital de Lyon. L'avion du président, immobilisé aux Émirats depuis jeudi, a pu redécoller "
                + "samedi.", "fr")).containsExactly(
                        "La ministre de la Santé, Claire Martin, a inauguré lundi l'hôpital de Lyon.",
                        "Claire Martin avait été nommée en mars.",
                        "L'avion du président a pu redécoller samedi.",
                        "L'avion du président a été immobilisé aux Émirats depuis jeudi.");
    }

    @Test
    void relativeClauseAndParticipleAttachToTheHeadTheTreeGivesInEnglish() {
        assertThat(claims("Morgan Tsvangirai, who had been in South Africa, returned to Harare late on Wednesday. "
                + "The president's plane, grounded in the Emirates since Thursday, took off again on Saturday.", "en"))
                .containsExactly(
                        "Morgan Tsvangirai returned to Harare late on Wednesday.",
                        "Morgan Tsvangirai had been in South Africa.",
                        "The president's plane took off again on Saturday.",
                        "The president's plane was grounded in the Emirates since Thursday.");
    }

    @Test
    void pronounsResolveToAPersonOfTheirGenderAndImpersonalSubjectsStayInFrench() {
        assertThat(claims("Claire Martin a rencontré les syndicats. Elle a annoncé une hausse de 5 % des salaires des "
                + "infirmiers. Il pleuvait sur Lyon ce jour-là.", "fr")).containsExactly(
                        "Claire Martin a rencontré les syndicats.",
                        "Claire Martin a annoncé une hausse de 5 % des salaires des infirmiers.",
                        "Il pleuvait sur Lyon ce jour-là.");
    }

    @Test
    void pronounsResolveToAPersonOfTheirGenderAndImpersonalSubjectsStayInEnglish() {
        assertThat(claims("Jane Smith met the unions. She announced a 5 percent pay rise for nurses. It was raining "
                + "in Leeds that day.", "en")).containsExactly(
                        "Jane Smith met the unions.",
                        "Jane Smith announced a 5 percent pay rise for nurses.",
                        "It was raining in Leeds that day.");
    }

    @Test
    void aPronounWhoseGenderNoNameShowsStaysAndIsFlagged() {
        List<CandidateClaim> claims = candidates("Prime Minister Keir Starmer arrived in Brussels on Monday. She's "
                + "the director of the museum.", "en");

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Prime Minister Keir Starmer arrived in Brussels on Monday.", "She's the director of the museum.");
        assertThat(claims.get(1).reasons()).contains(Reason.UNRESOLVED_REFERENCE);
    }

    @Test
    void coordinatedNounPhrasesAreNeverSplitInEitherLanguage() {
        assertThat(claims("Les échanges commerciaux entre la Chine et les États-Unis ont reculé de 8 % en 2023.",
                "fr")).containsExactly(
                        "Les échanges commerciaux entre la Chine et les États-Unis ont reculé de 8 % en 2023.");
        assertThat(claims("Trade between China and the United States fell by 8 percent in 2023.", "en"))
                .containsExactly("Trade between China and the United States fell by 8 percent in 2023.");
    }

    @Test
    void coordinatedPredicatesShareTheirSubjectInEitherLanguage() {
        assertThat(claims("L'entreprise a embauché 200 salariés et a ouvert deux usines en Bretagne.", "fr"))
                .containsExactly("L'entreprise a embauché 200 salariés.",
                        "L'entreprise a ouvert deux usines en Bretagne.");
        assertThat(claims("The company hired 200 workers and opened two factories in Wales.", "en"))
                .containsExactly("The company hired 200 workers.", "The company opened two factories in Wales.");
    }

    @Test
    void aPredicateThatPointsBackAtTheOneBeforeIsNotSplitOff() {
        assertThat(claims("Le ministre n'a pas voulu augmenter les impôts et n'a jamais promis de le faire.", "fr"))
                .containsExactly("Le ministre n'a pas voulu augmenter les impôts et n'a jamais promis de le faire.");
        assertThat(claims("The company did not cut jobs in Leeds and has no plans to do so.", "en"))
                .containsExactly("The company did not cut jobs in Leeds and has no plans to do so.");
    }

    @Test
    void aHyphenatedWordKeepsItsHyphenInARewrittenClaim() {
        assertThat(claims("The agency warned on Weibo, a Twitter-like social media site, that the risks were low.",
                "en")).contains("Weibo is a Twitter-like social media site.");
    }

    @Test
    void roleAppositionGivesAnIdentityClaimAndKeepsTheTitleNeverATautology() {
        assertThat(claims("Le maire de Nantes, Paul Durand, a déclaré que la ville avait construit 400 logements "
                + "sociaux.", "fr")).containsExactly(
                        "Le maire de Nantes, Paul Durand, a déclaré que la ville avait construit 400 logements "
                                + "sociaux.",
                        "Paul Durand est le maire de Nantes.");
        assertThat(claims("The mayor of Bristol, Paul Durand, said the city had built 400 social homes.", "en"))
                .containsExactly("The mayor of Bristol, Paul Durand, said the city had built 400 social homes.",
                        "Paul Durand is the mayor of Bristol.");
        assertThat(claims("Le premier ministre, Michel Barnier, est arrivé à Bruxelles lundi.", "fr"))
                .noneMatch(c -> c.matches("Michel Barnier est .*Michel Barnier.*"));
    }

    @Test
    void aQuoteKeepsItsSpeakerByNameAndAQuoteWithoutOneIsNotAClaimInFrench() {
        List<CandidateClaim> claims = candidates("Le directeur de l'usine, Marc Leroy, a expliqué que la production "
                + "avait doublé. « Nous avons recruté 150 personnes en un an. » Le rapport a été publié en mai. "
                + "« Le chômage a baissé de 3 % cette année. »", "fr");

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Le directeur de l'usine, Marc Leroy, a expliqué que la production avait doublé.",
                "Marc Leroy est le directeur de l'usine.",
                "Selon Marc Leroy, « Nous avons recruté 150 personnes en un an. »",
                "Le rapport a été publié en mai.",
                "« Le chômage a baissé de 3 % cette année. »");
        assertThat(claims.get(4).reasons()).contains(Reason.NOT_A_CLAIM, Reason.UNRESOLVED_REFERENCE);
        assertThat(claims.get(4).score()).isLessThanOrEqualTo(BuiltInClaimExtractor.NOT_A_CLAIM_SCORE);
    }

    @Test
    void aQuoteKeepsItsSpeakerByNameAndAQuoteWithoutOneIsNotAClaimInEnglish() {
        List<CandidateClaim> claims = candidates("The plant manager, Mark Lee, said production had doubled. \"We "
                + "hired 150 people in a year.\" The report was published in May. \"Unemployment fell by 3 percent "
                + "this year.\"", "en");

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "The plant manager, Mark Lee, said production had doubled.",
                "Mark Lee is the plant manager.",
                "According to Mark Lee, \"We hired 150 people in a year.\"",
                "The report was published in May.",
                "\"Unemployment fell by 3 percent this year.\"");
        assertThat(claims.get(4).reasons()).contains(Reason.NOT_A_CLAIM, Reason.UNRESOLVED_REFERENCE);
    }

    @Test
    void aSentenceInsideAQuotationOpenedBeforeIsNeverPresentedAsABareFact() {
        List<CandidateClaim> claims = candidates("Le ministre a visité les stations. « Nous avons constaté des "
                + "irrégularités. Non seulement elles étaient fermées, le personnel a refusé tout contrôle des stocks. "
                + "Nous allons sévir », a-t-il ajouté.", "fr");

        CandidateClaim inside = claims.get(2);
        assertThat(inside.text()).isEqualTo("Non seulement elles étaient fermées, le personnel a refusé tout contrôle "
                + "des stocks.");
        assertThat(inside.reasons()).contains(Reason.NOT_A_CLAIM, Reason.UNRESOLVED_REFERENCE);
    }

    @Test
    void aModalGovernsEveryCoordinatedPredicate() {
        List<CandidateClaim> claims = candidates("Patrick Carlineo, 55, could face up to 10 years in prison and have "
                + "to pay $250,000 after pleading guilty.", "en");

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Patrick Carlineo, 55, could face up to 10 years in prison.",
                "Patrick Carlineo, 55, could have to pay $250,000 after pleading guilty.");
        assertThat(claims).allSatisfy(c -> assertThat(c.reasons()).contains(Reason.PREDICTION));
    }

    @Test
    void itemsThatAClauseDescribesTogetherAreNotCut() {
        assertThat(claims("Quatre personnes ont été arrêtées ; il s'agit de deux Polonais et de deux Russes qui "
                + "servaient de « mules ».", "fr")).contains(
                        "Il s'agit de deux Polonais et de deux Russes qui servaient de « mules ».");
    }

    @Test
    void aListOfFiguresGivesOneClaimPerFigureUnlessTheParseIsInDoubt() {
        assertThat(claims("The region has 3.2 million inhabitants, 450 towns and 12 public hospitals.", "en"))
                .containsExactly("The region has 3.2 million inhabitants.", "The region has 450 towns.",
                        "The region has 12 public hospitals.");
        // The French parser reads two objects here: the list cannot be cut safely, so the sentence stays whole.
        assertThat(claims("La région compte 3,2 millions d'habitants, 450 communes et 12 hôpitaux publics.", "fr"))
                .containsExactly("La région compte 3,2 millions d'habitants, 450 communes et 12 hôpitaux publics.");
    }

    @Test
    void questionsAndOpinionsAreMarkedAsNotClaimsWithALowScore() {
        for (CandidateClaim claim : candidates("Faut-il augmenter les impôts ? Je pense que cette réforme est une "
                + "erreur.", "fr")) {
            assertThat(claim.reasons()).contains(Reason.NOT_A_CLAIM);
            assertThat(claim.score()).isLessThanOrEqualTo(BuiltInClaimExtractor.NOT_A_CLAIM_SCORE);
        }
        List<CandidateClaim> english = candidates("Should taxes be raised? I think this reform is a mistake. The "
                + "minister said the economy will grow by 2 percent next year.", "en");
        assertThat(english).extracting(c -> c.reasons().contains(Reason.NOT_A_CLAIM)).containsExactly(true, true,
                true);
        assertThat(english.get(0).reasons()).contains(Reason.QUESTION);
        assertThat(english.get(1).reasons()).contains(Reason.OPINION);
        assertThat(english.get(2).reasons()).contains(Reason.PREDICTION);
    }

    @Test
    void everyClaimCarriesItsSourceSentenceAsWritten() {
        String article = "L'entreprise a embauché 200 salariés et a ouvert deux usines en Bretagne.";

        assertThat(candidates(article, "fr")).extracting(CandidateClaim::sentence).containsOnly(article);
    }
}
