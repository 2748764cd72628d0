package io.claimdesk.workflow.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimdesk.core.claim.Claim;
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
                throw WorkflowException.invalid("Name the reviewer to assign, or choose another strategy.");
            }
            return reviewers.stream().filter(r -> r.username().equals(name)).findFirst()
                    .orElseThrow(() -> WorkflowException.invalid("'" + name
                            + "' is not a user holding the reviewer role."));
        }
        if (reviewers.isEmpty()) {
            throw WorkflowException
                    .invalid("No user holds the reviewer role: add one in Keycloak, or name a reviewer.");
        }
        Comparator<Reviewer> leastLoaded = Comparator
                .<Reviewer>comparingLong(r -> load.getOrDefault(r.username(), 0L))
                .thenComparing(Reviewer::username);
        return switch (strategy) {
            case LEAST_LOADED -> reviewers.stream().min(leastLoaded).orElseThrow();
            case LANGUAGE -> {
                String language = claim.article.language.toLowerCase(Locale.ROOT);
                yield reviewers.stream().filter(r -> lowerCase(r.languages()).contains(language)).min(leastLoaded)
                        .orElseThrow(() -> WorkflowException.invalid("No reviewer lists the language '" + language
                                + "' (Keycloak user attribute 'languages'); name a reviewer or assign by load."));
            }
            case TOPIC -> {
                Set<String> topics = lowerCase(claim.topics);
                if (topics.isEmpty()) {
                    throw WorkflowException.invalid("Claim " + claim.id + " has no topics: edit its topics, or"
                            + " assign it another way.");
                }
                Comparator<Reviewer> mostShared = Comparator
                        .<Reviewer>comparingLong(r -> -shared(topics, r.topics()));
                yield reviewers.stream().filter(r -> shared(topics, r.topics()) > 0)
                        .min(mostShared.thenComparing(leastLoaded))
                        .orElseThrow(() -> WorkflowException.invalid("No reviewer covers the topics " + topics
                                + " (Keycloak user attribute 'topics'); name a reviewer or assign by load."));
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
