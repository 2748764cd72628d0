package io.claimdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.workflow.review.ClaimAction;

/** Refusal codes keep the English the API has always sent, word for word, and fill their arguments as they are. */
class RefusalTest {

    @Test
    void aTransitionRefusalReadsAsBefore() {
        WorkflowException e = WorkflowException.conflict(ClaimStatus.PUBLISHED, Refusal.ACTION_NOT_IN_STATUS,
                ClaimAction.REOPEN_FOR_CORRECTION, 12L, ClaimStatus.PUBLISHED);

        assertThat(e.getMessage()).isEqualTo("Cannot reopen for correction claim 12: it is PUBLISHED.");
        assertThat(e.code()).isEqualTo(Refusal.ACTION_NOT_IN_STATUS);
        assertThat(e.arguments()).containsExactly(ClaimAction.REOPEN_FOR_CORRECTION, 12L, ClaimStatus.PUBLISHED);
        assertThat(e.kind()).isEqualTo(WorkflowException.Kind.CONFLICT);
        assertThat(e.currentStatus()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void anIncompleteVerdictListsItsProblemsAsBefore() {
        WorkflowException e = WorkflowException.invalid(Refusal.VERDICT_INCOMPLETE,
                List.of(RefusalMessage.of(Refusal.RATING_REQUIRED), RefusalMessage.of(Refusal.EXPLANATION_REQUIRED),
                        RefusalMessage.of(Refusal.SOURCE_NOT_HTTP, "ftp://x")));

        assertThat(e.getMessage()).isEqualTo("The verdict is incomplete: rating is required; explanation is required;"
                + " source 'ftp://x' is not an http(s) URL.");
    }

    @Test
    void argumentsAreInsertedAsTheyAre() {
        // No digit grouping in ids, apostrophes kept, and an argument's own "{1}" is not a placeholder.
        assertThat(WorkflowException.invalid(Refusal.ALREADY_ASSIGNED, 1234567L, "o'neil {1}").getMessage())
                .isEqualTo("Claim 1234567 is already with o'neil {1}.");
        assertThat(WorkflowException.invalid(Refusal.WINDOW_TOO_DEEP, 10000).getMessage())
                .isEqualTo("Only the first 10000 results can be paged through (page × size must not exceed 10000);"
                        + " narrow the search instead.");
        assertThat(WorkflowException.invalid(Refusal.NO_REVIEWER_FOR_TOPICS, List.of("santé", "climat")).getMessage())
                .isEqualTo("No reviewer covers the topics [santé, climat] (Keycloak user attribute 'topics'); name a"
                        + " reviewer or assign by load.");
        assertThat(RefusalMessage.of(Refusal.NOT_THE_ASSIGNEE, (Object) null).english())
                .isEqualTo("Only the assigned reviewer (null) may write this claim's verdict.");
    }

    @Test
    void aMessageWrittenByTheCallerHasNoCode() {
        WorkflowException e = WorkflowException.invalid("Send a JSON body.");

        assertThat(e.getMessage()).isEqualTo("Send a JSON body.");
        assertThat(e.code()).isNull();
        assertThat(e.arguments()).isEmpty();
    }

    @Test
    void everyTemplateNumbersItsPlaceholdersFromZeroWithoutGaps() {
        for (Refusal code : Refusal.values()) {
            assertThat(code.english()).as("%s", code).isNotBlank();
            List<Integer> used = List.copyOf(Refusal.placeholders(code.english()));
            assertThat(used).as("placeholders of %s", code)
                    .isEqualTo(IntStream.range(0, used.size()).boxed().collect(Collectors.toList()));
        }
    }
}
