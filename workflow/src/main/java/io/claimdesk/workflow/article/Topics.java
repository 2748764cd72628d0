package io.claimdesk.workflow.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/** Topics as the team types them (politics, health, …): trimmed, without blanks or repeats, and bounded. */
public final class Topics {

    static final int MAX_TOPICS = 20;
    static final int MAX_LENGTH = 64;

    private Topics() {
    }

    public static List<String> normalise(List<String> topics) {
        if (topics == null) {
            return new ArrayList<>();
        }
        List<String> clean = topics.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (clean.size() > MAX_TOPICS || clean.stream().anyMatch(t -> t.length() > MAX_LENGTH || t.contains("\n"))) {
            throw WorkflowException.invalid(Refusal.TOPICS_INVALID, MAX_TOPICS, MAX_LENGTH);
        }
        return new ArrayList<>(clean);
    }
}
