package io.claimdesk.workflow.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.reviewer.Reviewer;

/** Picks a reviewer for a claim by a strategy, given the reviewers and how many open claims each holds. */
final class ReviewerChooser {

    private ReviewerChooser() {
    }

    static Reviewer choose(Assignment assignment, Claim claim, List<Reviewer> reviewers, Map<String, Long> load) {
        AssignmentStrategy strategy = assignment.effectiveStrategy();
        if (strategy == AssignmentStrategy.NAMED) {
            String name = assignment.reviewer() == null ? "" : assignment.reviewer().strip();
            if (name.isEmpty()) {
                throw WorkflowException.invalid(Refusal.REVIEWER_NAME_MISSING);
            }
            return reviewers.stream().filter(r -> r.username().equals(name)).findFirst()
                    .orElseThrow(() -> WorkflowException.invalid(Refusal.NOT_A_REVIEWER, name));
        }
        if (reviewers.isEmpty()) {
            throw WorkflowException.invalid(Refusal.NO_REVIEWERS);
        }
        Comparator<Reviewer> leastLoaded = Comparator
                .<Reviewer>comparingLong(r -> load.getOrDefault(r.username(), 0L))
                .thenComparing(Reviewer::username);
        return switch (strategy) {
            case LEAST_LOADED -> reviewers.stream().min(leastLoaded).orElseThrow();
            case LANGUAGE -> {
                String language = claim.article.language.toLowerCase(Locale.ROOT);
                yield reviewers.stream().filter(r -> lowerCase(r.languages()).contains(language)).min(leastLoaded)
                        .orElseThrow(() -> WorkflowException.invalid(Refusal.NO_REVIEWER_FOR_LANGUAGE, language));
            }
            case TOPIC -> {
                Set<String> topics = lowerCase(claim.topics);
                if (topics.isEmpty()) {
                    throw WorkflowException.invalid(Refusal.CLAIM_WITHOUT_TOPICS, claim.id);
                }
                Comparator<Reviewer> mostShared = Comparator
                        .<Reviewer>comparingLong(r -> -shared(topics, r.topics()));
                yield reviewers.stream().filter(r -> shared(topics, r.topics()) > 0)
                        .min(mostShared.thenComparing(leastLoaded))
                        .orElseThrow(() -> WorkflowException.invalid(Refusal.NO_REVIEWER_FOR_TOPICS, topics));
            }
            case NAMED -> throw new IllegalStateException("handled above");
        };
    }

    private static long shared(Set<String> topics, List<String> reviewerTopics) {
        return lowerCase(reviewerTopics).stream().filter(topics::contains).count();
    }

    private static Set<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
