package io.claimdesk.workflow.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.SubmittedText;
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
        checkText(draft);
        List<RefusalMessage> problems = limits(draft);
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid(Refusal.DRAFT_NOT_SAVED, problems);
        }
    }

    /** Checks that a verdict is complete enough to go to an editor. */
    static void checkSubmission(VerdictDraft draft) {
        checkText(draft);
        List<RefusalMessage> problems = limits(draft);
        if (draft.rating() == null) {
            problems.add(RefusalMessage.of(Refusal.RATING_REQUIRED));
        }
        if (draft.explanation().isBlank()) {
            problems.add(RefusalMessage.of(Refusal.EXPLANATION_REQUIRED));
        }
        if (draft.sources().isEmpty() && draft.evidence().isEmpty()) {
            problems.add(RefusalMessage.of(Refusal.SOURCE_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid(Refusal.VERDICT_INCOMPLETE, problems);
        }
    }

    // Hidden direction controls and piles of accents are refused as such, not as an incomplete verdict.
    private static void checkText(VerdictDraft draft) {
        SubmittedText.require(draft.explanation(), "explanation");
        for (int i = 0; i < draft.evidence().size(); i++) {
            VerdictDraft.Evidence item = draft.evidence().get(i);
            if (item != null) {
                SubmittedText.require(item.quote(), "quote of evidence item " + (i + 1));
                SubmittedText.require(item.note(), "note of evidence item " + (i + 1));
            }
        }
    }

    private static List<RefusalMessage> limits(VerdictDraft draft) {
        List<RefusalMessage> problems = new ArrayList<>();
        if (draft.explanation().length() > MAX_EXPLANATION) {
            problems.add(RefusalMessage.of(Refusal.EXPLANATION_TOO_LONG, MAX_EXPLANATION));
        }
        if (draft.sources().size() > MAX_SOURCES) {
            problems.add(RefusalMessage.of(Refusal.TOO_MANY_SOURCES, MAX_SOURCES));
        } else {
            draft.sources().stream().filter(s -> !isHttpUrl(s))
                    .forEach(s -> problems.add(RefusalMessage.of(Refusal.SOURCE_NOT_HTTP, s)));
        }
        if (draft.evidence().size() > MAX_EVIDENCE) {
            problems.add(RefusalMessage.of(Refusal.TOO_MANY_EVIDENCE_ITEMS, MAX_EVIDENCE));
        } else {
            for (int i = 0; i < draft.evidence().size(); i++) {
                VerdictDraft.Evidence item = draft.evidence().get(i);
                if (item == null || !isHttpUrl(item.url())) {
                    problems.add(RefusalMessage.of(Refusal.EVIDENCE_NEEDS_URL, i + 1));
                } else if (length(item.quote()) > MAX_QUOTE || length(item.note()) > MAX_QUOTE) {
                    problems.add(RefusalMessage.of(Refusal.EVIDENCE_TOO_LONG, i + 1, MAX_QUOTE));
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
