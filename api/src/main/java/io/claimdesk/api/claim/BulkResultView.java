package io.claimdesk.api.claim;

import java.util.List;

import io.claimdesk.workflow.bulk.BulkOutcome;

/** What a bulk action did: how many claims were changed, how many refused, and each claim's outcome. */
public record BulkResultView(String action, int done, int refused, List<BulkOutcomeView> outcomes) {

    public static BulkResultView of(String action, List<BulkOutcome> outcomes) {
        int done = (int) outcomes.stream().filter(BulkOutcome::done).count();
        return new BulkResultView(action, done, outcomes.size() - done,
                outcomes.stream().map(BulkOutcomeView::of).toList());
    }
}
