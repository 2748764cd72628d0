package io.claimdesk.workflow.reviewer;

import java.util.List;
import java.util.Optional;

/** Who may review claims. */
public interface ReviewerDirectory {

    /** Every user holding the reviewer role, by username. */
    List<Reviewer> reviewers();

    default Optional<Reviewer> find(String username) {
        return reviewers().stream().filter(r -> r.username().equals(username)).findFirst();
    }
}
