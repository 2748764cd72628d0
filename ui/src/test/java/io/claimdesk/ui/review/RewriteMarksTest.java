package io.claimdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.ui.review.RewriteMarks.Kind;
import io.claimdesk.ui.review.RewriteMarks.Mark;

class RewriteMarksTest {

    @Test
    void aResolvedPronounShowsAsTheWordDroppedAndTheNameAdded() {
        assertThat(RewriteMarks.marks("Elle a annoncé une hausse de 5 %.",
                "Claire Martin a annoncé une hausse de 5 %.")).containsExactly(
                        new Mark("Elle ", Kind.REMOVED), new Mark("Claire Martin ", Kind.ADDED),
                        new Mark("a annoncé une hausse de 5 %.", Kind.KEPT));
    }

    @Test
    void aSplitShowsTheOtherClauseStruckOut() {
        assertThat(RewriteMarks.marks("The company hired 200 workers and opened two factories in Wales.",
                "The company opened two factories in Wales.")).containsExactly(
                        new Mark("The company ", Kind.KEPT), new Mark("hired 200 workers and ", Kind.REMOVED),
                        new Mark("opened two factories in Wales.", Kind.KEPT));
    }

    @Test
    void aClaimAsWrittenOrWithoutSentenceHasNoMarks() {
        Claim claim = new Claim();
        claim.text = "Le chômage a baissé.";
        claim.sourceSentence = "Le chômage a baissé.";
        assertThat(RewriteMarks.rewriteMarks(claim)).isEmpty();
        claim.sourceSentence = null;
        assertThat(RewriteMarks.rewriteMarks(claim)).isEmpty();
    }
}
