package io.claimdesk.workflow.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import io.claimdesk.workflow.WorkflowException;

/** What a verdict draft must hold: limits for any draft, completeness for a submission. */
final class VerdictRules {

    static final int MAX_EXPLANATION = 20_000;
    static final int MAX_SOURCES = 50;
    static final int MAX_EVIDENCE = 50;
    static final int MAX_QUOTE = 5_000;

    private VerdictRules() {
    }

    /** Checks the limits any saved draft must respect; a draft may still lack a rating or sources. */
    static void checkDraft(VerdictDraft draft) {
        List<String> problems = limits(draft);
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid("The draft cannot be saved: " + String.join("; ", problems) + ".");
        }
    }

    /** Checks that a verdict is complete enough to go to an editor. */
    static void checkSubmission(VerdictDraft draft) {
        List<String> problems = limits(draft);
        if (draft.rating() == null) {
            problems.add("rating is required");
        }
        if (draft.explanation().isBlank()) {
            problems.add("explanation is required");
        }
        if (draft.sources().isEmpty() && draft.evidence().isEmpty()) {
            problems.add("at least one source URL or evidence item is required");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid("The verdict is incomplete: " + String.join("; ", problems) + ".");
        }
    }

    private static List<String> limits(VerdictDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.explanation().length() > MAX_EXPLANATION) {
            problems.add("explanation is longer than " + MAX_EXPLANATION + " characters");
        }
        if (draft.sources().size() > MAX_SOURCES) {
            problems.add("at most " + MAX_SOURCES + " sources");
        } else {
            draft.sources().stream().filter(s -> !isHttpUrl(s))
                    .forEach(s -> problems.add("source '" + s + "' is not an http(s) URL"));
        }
        if (draft.evidence().size() > MAX_EVIDENCE) {
            problems.add("at most " + MAX_EVIDENCE + " evidence items");
        } else {
            for (int i = 0; i < draft.evidence().size(); i++) {
                VerdictDraft.Evidence item = draft.evidence().get(i);
                if (item == null || !isHttpUrl(item.url())) {
                    problems.add("evidence item " + (i + 1) + " needs an http(s) URL");
                } else if (length(item.quote()) > MAX_QUOTE || length(item.note()) > MAX_QUOTE) {
                    problems.add("evidence item " + (i + 1) + " has a quote or note longer than " + MAX_QUOTE
                            + " characters");
                }
            }
        }
        return problems;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank() || value.contains("\n")) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
