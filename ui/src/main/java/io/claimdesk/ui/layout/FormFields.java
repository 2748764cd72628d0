package io.claimdesk.ui.layout;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.assignment.Assignment;
import io.claimdesk.workflow.assignment.AssignmentStrategy;

/**
 * Reads the values HTML forms send (enum choices, UTC date-times, one item per line) into workflow types; a value that
 * does not read is refused in the page's language ({@code msg}).
 */
public final class FormFields {

    private FormFields() {
    }

    /** An enum constant from a form choice; null when nothing was chosen. */
    public static <E extends Enum<E>> E choice(UiMessages msg, Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid(msg.invalidChoice(value, field));
        }
    }

    /** An assignment as the assign and bulk forms describe it: a strategy, maybe a reviewer, maybe a deadline. */
    public static Assignment assignment(UiMessages msg, String strategy, String reviewer, String deadline) {
        return new Assignment(choice(msg, AssignmentStrategy.class, strategy, msg.fieldAssignmentStrategy()),
                reviewer == null || reviewer.isBlank() ? null : reviewer,
                utcDateTime(msg, deadline, msg.fieldDeadline()));
    }

    /** A datetime-local input ("2026-05-01T17:30"), which the pages label as UTC; null when left empty. */
    public static Instant utcDateTime(UiMessages msg, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw WorkflowException.invalid(msg.invalidDateTime(value, field));
        }
    }

    /** The non-blank lines of a textarea, stripped. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Comma-separated values (topics), stripped; blank entries dropped. */
    public static List<String> commaSeparated(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** Claim ids from checkboxes; anything that is not a number is refused. */
    public static List<Long> ids(UiMessages msg, List<String> values) {
        if (values == null) {
            return List.of();
        }
        try {
            return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> Long.parseLong(v.strip()))
                    .toList();
        } catch (NumberFormatException e) {
            throw WorkflowException.invalid(msg.claimIdsMustBeNumbers());
        }
    }

    /** A whole number typed in a form (an offset); null when left empty. */
    public static Integer number(UiMessages msg, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw WorkflowException.invalid(msg.invalidNumber(value, field));
        }
    }
}
