package io.claimdesk.core.extraction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CheckWorthyDatasetTest {

    @Test
    void readsEnglishRowsWithCrlfLineEnds() {
        List<LabelledSentence> rows = CheckWorthyDataset.parse(List.of("Sentence_id\tText\tclass_label\r",
                "1\tTaxes rose by 10 percent.\tYes\r", "2\tThank you.\tNo\r"), "dev");

        assertThat(rows).containsExactly(new LabelledSentence("1", "Taxes rose by 10 percent.", true),
                new LabelledSentence("2", "Thank you.", false));
    }

    @Test
    void readsTweetColumnsAndRejectsUnknownLabels() {
        List<String> lines = List.of("tweet_id\ttweet_url\ttweet_text\tclass_label", "7\tNA\tHet is 5 procent.\tYes");
        assertThat(CheckWorthyDataset.parse(lines, "nl")).singleElement()
                .isEqualTo(new LabelledSentence("7", "Het is 5 procent.", true));
        assertThatThrownBy(() -> CheckWorthyDataset.parse(List.of("Sentence_id\tText\tclass_label", "1\tx\tMaybe"),
                "bad")).hasMessageContaining("line 2");
    }
}
