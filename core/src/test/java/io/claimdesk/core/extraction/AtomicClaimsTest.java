package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AtomicClaimsTest {

    static final String HAFTAR_ARTICLE = "La Russie est-elle sur le point de rallier à sa cause le général Haftar, commandant en chef de "
            +
            "l'armée nationale libyenne? Veut-elle ainsi réparer l'erreur que fut le feu vert russe à " +
            "l'intervention militaire de l'Otan contre l'Etat libyen en 2011, intervention qui a préparé le " +
            "terrain à l'émergence et à l'extension du terrorisme au Moyen-Orient et dans le nord de " +
            "l'Afrique?\n" +
            "Le \"sulfureux\" général ainsi que le qualifient les médias occidentaux est arrivé en tout cas " +
            "dimanche soir à Moscou, pour une visite officielle en Russie.\n" +
            "Selon Russia Today, ce déplacement du général Haftar vise à \"renforcer les relations " +
            "bilatérales\". La situation en Libye est surtout au menu des discussions avec les autorités " +
            "russes. Les deux parties devront aussi discuter des questions d’intérêt commun dont le " +
            "renforcement de la sécurité et des coopérations bilatérales.\n" +
            "Il s’agit de la deuxième visite effectuée par le général libyen, Haftar, à Moscou, après celle " +
            "de 27 juin.\n" +
            "L’ancien général de Kadhafi, Haftar est soutenu par l’Egypte d'Al Sissi.\n" +
            "Ce commandant militaire ne reconnaît pas le gouvernement libyen d'union nationale dirigé par " +
            "Fayez al-Sarraj, soutenu par l’Occident.\n" +
            "Les forces armées sous commandement du général Haftar, ont lancé, il y a deux mois, une " +
            "opération baptisée « al-Bunyan al-Marsous », pour libérer les régions occupées par Daech, " +
            "notamment dans la ville de Syrte, bastion du groupe terroriste en Libye. Les succès militaires " +
            "des forces sous le commandement du général libyen se succèdent depuis : ses forces ont libéré " +
            "la principale plate-forme d’exportation du brut libyen située en Cyrénaïque (Est).\n" +
            "En octobre dernier, les sources russes citées par « Izvestia » ont fait état d'une demande " +
            "officielle des Libyens auprès de Moscou : « Les Libyens demandent de leur livrer non seulement " +
            "des armes d’infanterie, mais aussi du matériel, y compris des avions. Par ailleurs, ils ont " +
            "appelé Moscou à démarrer en Libye une opération militaire contre les islamistes, du même type " +
            "que celle qui a lieu actuellement en Syrie ».";
    static final List<String> HAFTAR_CLAIMS = List.of(
            "La Russie est-elle sur le point de rallier à sa cause le général Haftar?",
            "Le général Haftar est commandant en chef de l'armée nationale libyenne.",
            "La Russie veut-elle ainsi réparer l'erreur que fut le feu vert russe à l'intervention militaire de l'Otan "
                    + "contre l'Etat libyen en 2011?",
            "La Russie a donné son feu vert à l'intervention militaire de l'Otan contre l'Etat libyen en 2011.",
            "L'intervention militaire de l'Otan contre l'Etat libyen en 2011 a préparé le terrain à l'émergence et à "
                    + "l'extension du terrorisme au Moyen-Orient et dans le nord de l'Afrique.",
            "Le \"sulfureux\" général Haftar ainsi que le qualifient les médias occidentaux est arrivé en tout cas "
                    + "dimanche soir à Moscou, pour une visite officielle en Russie.",
            "Selon Russia Today, le déplacement du général Haftar à Moscou vise à \"renforcer les relations "
                    + "bilatérales\".",
            "La situation en Libye est surtout au menu des discussions avec les autorités russes.",
            "Le général Haftar et les autorités russes devront aussi discuter des questions d’intérêt commun dont le "
                    + "renforcement de la sécurité et des coopérations bilatérales.",
            "Il s’agit de la deuxième visite effectuée par le général libyen, Haftar, à Moscou, après celle de 27 juin.",
            "Le général Haftar est soutenu par l’Egypte d'Al Sissi.",
            "Le général Haftar est l’ancien général de Kadhafi.",
            "Le commandant militaire Haftar ne reconnaît pas le gouvernement libyen d'union nationale dirigé par Fayez "
                    + "al-Sarraj.",
            "Le gouvernement libyen d'union nationale dirigé par Fayez al-Sarraj est soutenu par l’Occident.",
            "Les forces armées sous commandement du général Haftar, ont lancé, il y a deux mois, une opération "
                    + "baptisée « al-Bunyan al-Marsous », pour libérer les régions occupées par Daech, notamment dans "
                    + "la ville de Syrte.",
            "Syrte est un bastion du groupe terroriste Daech en Libye.",
            "Les succès militaires des forces sous le commandement du général libyen Haftar se succèdent depuis.",
            "Les forces du général Haftar ont libéré la principale plate-forme d’exportation du brut libyen située en "
                    + "Cyrénaïque (Est).",
            "En octobre dernier, les sources russes citées par « Izvestia » ont fait état d'une demande officielle des "
                    + "Libyens auprès de Moscou.",
            "Selon les sources russes citées par « Izvestia », les Libyens demandent de leur livrer non seulement des "
                    + "armes d’infanterie, mais aussi du matériel, y compris des avions.",
            "Selon les sources russes citées par « Izvestia », les Libyens ont appelé Moscou à démarrer en Libye une "
                    + "opération militaire contre les islamistes, du même type que celle qui a lieu actuellement en "
                    + "Syrie.");

    private static final BuiltInClaimExtractor EXTRACTOR = new BuiltInClaimExtractor();

    @Test
    void frontedAppositionBecomesAClaimOfItsOwnAndBothSpansPointAtTheSource() {
        String sentence = "L’ancien général de Kadhafi, Haftar est soutenu par l’Egypte d'Al Sissi.";

        List<CandidateClaim> claims = EXTRACTOR.extract(sentence, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Haftar est soutenu par l’Egypte d'Al Sissi.", "Haftar est l’ancien général de Kadhafi.");
        assertThat(source(sentence, claims.get(0))).isEqualTo(sentence);
        assertThat(source(sentence, claims.get(1))).isEqualTo("L’ancien général de Kadhafi, Haftar");
    }

    @Test
    void appositionAfterANameAttachesToTheNounPhraseItCompletes() {
        String article = "Le général Haftar, commandant en chef de l'armée nationale libyenne, est arrivé dimanche à "
                + "Moscou. Ce commandant militaire ne reconnaît pas le gouvernement libyen d'union nationale dirigé "
                + "par Fayez al-Sarraj, soutenu par l’Occident.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Le général Haftar est arrivé dimanche à Moscou.",
                "Le général Haftar est commandant en chef de l'armée nationale libyenne.",
                "Le commandant militaire Haftar ne reconnaît pas le gouvernement libyen d'union nationale dirigé par "
                        + "Fayez al-Sarraj.",
                "Le gouvernement libyen d'union nationale dirigé par Fayez al-Sarraj est soutenu par l’Occident.");
        assertThat(source(article, claims.get(3)))
                .isEqualTo(
                        "le gouvernement libyen d'union nationale dirigé par Fayez al-Sarraj, soutenu par l’Occident");
        assertThat(claims.get(2).reasons()).contains(Reason.DECONTEXTUALISED);
    }

    @Test
    void coordinatedClausesShareTheirSubjectAndPronounsResolveToTheTopic() {
        String article = "Le général Haftar, commandant en chef de l'armée nationale libyenne, est arrivé dimanche à "
                + "Moscou. Ce commandant militaire ne reconnaît pas le gouvernement dirigé par Fayez al-Sarraj. "
                + "Il a rencontré le ministre russe de la Défense et a signé un accord.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).endsWith(
                "Le général Haftar a rencontré le ministre russe de la Défense.",
                "Le général Haftar a signé un accord.");
        assertThat(source(article, claims.get(claims.size() - 1))).isEqualTo("a signé un accord.");
    }

    @Test
    void clauseAfterAColonGetsItsPossessiveResolved() {
        String article = "Le général Haftar est arrivé à Moscou. Les succès militaires des forces du général libyen se "
                + "succèdent depuis : ses forces ont libéré la principale plate-forme pétrolière du pays.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Le général Haftar est arrivé à Moscou.",
                "Les succès militaires des forces du général libyen Haftar se succèdent depuis.",
                "Les forces du général Haftar ont libéré la principale plate-forme pétrolière du pays.");
        assertThat(source(article, claims.get(2)))
                .isEqualTo("ses forces ont libéré la principale plate-forme pétrolière du pays.");
    }

    @Test
    void rhetoricalQuestionYieldsThePresupposedFactsAndStaysALowScoringQuestion() {
        String article = HAFTAR_ARTICLE.substring(0, HAFTAR_ARTICLE.indexOf('\n'));

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactlyElementsOf(HAFTAR_CLAIMS.subList(0, 5));
        assertThat(claims).filteredOn(c -> c.reasons().contains(Reason.PRESUPPOSED)).extracting(CandidateClaim::text)
                .containsExactly(HAFTAR_CLAIMS.get(1), HAFTAR_CLAIMS.get(3), HAFTAR_CLAIMS.get(4));
        CandidateClaim question = claims.get(2);
        assertThat(question.reasons()).contains(Reason.QUESTION, Reason.DECONTEXTUALISED);
        assertThat(question.score()).isLessThan(claims.get(3).score());
        assertThat(source(article, claims.get(3))).isEqualTo("l'erreur que fut le feu vert russe à l'intervention "
                + "militaire de l'Otan contre l'Etat libyen en 2011");
    }

    @Test
    void genuinelyOpenQuestionPresupposesNothing() {
        List<CandidateClaim> claims = EXTRACTOR.extract("La Russie va-t-elle livrer des armes à la Libye ?", "fr")
                .claims();

        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.reasons()).contains(Reason.QUESTION).doesNotContain(Reason.PRESUPPOSED);
            assertThat(claim.score()).isLessThan(0.3);
        });
    }

    @Test
    void whyQuestionPresupposesItsStatement() {
        List<CandidateClaim> claims = EXTRACTOR.extract("Pourquoi la Russie soutient-elle le maréchal Haftar ?", "fr")
                .claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Pourquoi la Russie soutient-elle le maréchal Haftar ?", "La Russie soutient le maréchal Haftar.");
        assertThat(claims.get(1).reasons()).contains(Reason.PRESUPPOSED);
    }

    @Test
    void attributionStaysInsideTheClaimAndTheTripIsNamed() {
        String article = "Le général Haftar est arrivé dimanche à Moscou. Selon Russia Today, ce déplacement vise à "
                + "renforcer les relations bilatérales.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims.get(1).text()).isEqualTo("Selon Russia Today, le déplacement du général Haftar à Moscou "
                + "vise à renforcer les relations bilatérales.");
        assertThat(claims.get(1).reasons()).contains(Reason.ATTRIBUTION, Reason.DECONTEXTUALISED);
        assertThat(source(article, claims.get(1)))
                .isEqualTo("Selon Russia Today, ce déplacement vise à renforcer les relations bilatérales.");
    }

    @Test
    void quotedSentencesKeepTheSourceThatReportedThem() {
        String article = HAFTAR_ARTICLE.substring(HAFTAR_ARTICLE.indexOf("En octobre dernier"));

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactlyElementsOf(HAFTAR_CLAIMS.subList(18, 21));
        assertThat(source(article, claims.get(2))).startsWith("Par ailleurs, ils ont appelé Moscou");
    }

    @Test
    void impersonalIlAndEnumerationsAreLeftAlone() {
        String article = "Le général Haftar est arrivé dimanche à Moscou. Il s’agit de sa deuxième visite en Russie. "
                + "Les deux parties devront discuter de la sécurité et des coopérations bilatérales.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "fr").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Le général Haftar est arrivé dimanche à Moscou.", "Il s’agit de sa deuxième visite en Russie.",
                "Les deux parties devront discuter de la sécurité et des coopérations bilatérales.");
    }

    @Test
    void englishAppositionCoordinationAndAnaphoraAreHandledTheSameWay() {
        String article = "Khalifa Haftar, the former general of Gaddafi, arrived in Moscow on Sunday and met Russian "
                + "officials. He said that the talks went well. The general also visited Cairo last June. His forces "
                + "captured the oil terminals in September; they now control the whole coast.";

        List<CandidateClaim> claims = EXTRACTOR.extract(article, "en").claims();

        assertThat(claims).extracting(CandidateClaim::text).containsExactly(
                "Khalifa Haftar arrived in Moscow on Sunday.",
                "Khalifa Haftar is the former general of Gaddafi.",
                "Khalifa Haftar met Russian officials.",
                "Khalifa Haftar said that the talks went well.",
                "Khalifa Haftar also visited Cairo last June.",
                "Khalifa Haftar's forces captured the oil terminals in September.",
                "Khalifa Haftar's forces now control the whole coast.");
        assertThat(source(article, claims.get(1))).isEqualTo("Khalifa Haftar, the former general of Gaddafi");
        assertThat(source(article, claims.get(3))).isEqualTo("He said that the talks went well.");
    }

    @Test
    void englishTitleIsUsedForTheGeneral() {
        String article = "General Khalifa Haftar arrived in Moscow on Sunday. The general met Sergei Lavrov. He said "
                + "that the talks went well.";

        assertThat(EXTRACTOR.extract(article, "en").claims()).extracting(CandidateClaim::text).containsExactly(
                "General Khalifa Haftar arrived in Moscow on Sunday.", "General Khalifa Haftar met Sergei Lavrov.",
                "General Khalifa Haftar said that the talks went well.");
    }

    @Test
    void sampleArticleGivesTheTargetClaimsSeparatelyAndStandingAlone() {
        Extraction extraction = EXTRACTOR.extract(HAFTAR_ARTICLE, null);

        assertThat(extraction.language()).isEqualTo("fr");
        assertThat(extraction.claims()).extracting(CandidateClaim::text).containsExactlyElementsOf(HAFTAR_CLAIMS);
        for (CandidateClaim claim : extraction.claims()) {
            assertThat(claim.text()).as("unresolved reference")
                    .doesNotContainPattern("(?i)(^|[ ,])(il a|elle|ce commandant|ses forces|ce déplacement|"
                            + "les deux parties)( |$)");
            assertThat(ClaimSpanContract.sharesKeyContent(claim.text(), source(HAFTAR_ARTICLE, claim)))
                    .as(claim.text()).isTrue();
        }
        CandidateClaim agenda = claimContaining(extraction, "devront aussi discuter");
        assertThat(agenda.score()).isLessThan(0.2);
        for (String fact : List.of("est arrivé en tout cas dimanche soir à Moscou", "après celle de 27 juin",
                "soutenu par l’Egypte", "dirigé par Fayez al-Sarraj.", "« al-Bunyan al-Marsous »", "plate-forme",
                "ont fait état")) {
            assertThat(claimContaining(extraction, fact).score()).as(fact).isGreaterThan(agenda.score() + 0.25);
        }
    }

    private static String source(String article, CandidateClaim claim) {
        return article.substring(claim.start(), claim.end());
    }

    private static CandidateClaim claimContaining(Extraction extraction, String fragment) {
        return extraction.claims().stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains " + fragment));
    }
}
