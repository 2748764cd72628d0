package io.claimdesk.workflow.assignment;

import java.time.Instant;

/**
 * Who should get a claim and by when: a named reviewer, or a strategy to choose one; the deadline is optional and
 * leaves the current one unchanged when null.
 */
public record Assignment(AssignmentStrategy strategy, String reviewer, Instant deadline) {

    /** The strategy to apply: NAMED when a reviewer is named, LEAST_LOADED when nothing is said. */
    public AssignmentStrategy effectiveStrategy() {
        if (strategy != null) {
            return strategy;
        }
        return reviewer == null || reviewer.isBlank() ? AssignmentStrategy.LEAST_LOADED : AssignmentStrategy.NAMED;
    }
}
