package io.claimdesk.core.matching.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimNormalisationDatasetTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<List<String>> rows = ClaimNormalisationDataset.parseCsv("""
                post,normalized claim
                "Il a dit ""non"", puis
                oui.",Il a dit non
                simple,claim
                """);
        assertThat(rows).containsExactly(List.of("post", "normalized claim"),
                List.of("Il a dit \"non\", puis\noui.", "Il a dit non"), List.of("simple", "claim"));
    }

    @Test
    void repeatedSentencesAndNonePlaceholdersAreRemoved() {
        assertThat(ClaimNormalisationDataset.clean("Le pape annule la Bible ! Partagez. Le pape annule la Bible !"
                + " Partagez. None")).isEqualTo("Le pape annule la Bible ! Partagez.");
        assertThat(ClaimNormalisationDataset.clean("Texte.\nNone\nTexte. None")).isEqualTo("Texte.");
    }
}
