package io.claimdesk.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.claimdesk.workflow.review.ClaimAction;

/**
 * One refusal as a code and its arguments, rendered in English here and in another language by whoever has its
 * templates. An argument may itself be a RefusalMessage, or a non-empty list of them (the problems of a verdict),
 * rendered in the same language and joined with "; ".
 */
public record RefusalMessage(Refusal code, List<Object> arguments) {

    private static final String PART_SEPARATOR = "; ";

    public RefusalMessage {
        // Arguments may be null (a claim without assignee): List.copyOf would refuse them.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static RefusalMessage of(Refusal code, Object... arguments) {
        return new RefusalMessage(code, Arrays.asList(arguments));
    }

    /** The English the API shows. */
    public String english() {
        return render(Refusal::english, RefusalMessage::englishWords);
    }

    /**
     * The refusal in the language of {@code templates}: each code's template, each argument in the words
     * {@code words} gives it (nested refusals excepted), lists of refusals joined with the English "; ".
     */
    public String render(Function<Refusal, String> templates, Function<Object, String> words) {
        return render(templates, words, PART_SEPARATOR);
    }

    /** As {@link #render(Function, Function)}, with the list separator of the language (French: " ; "). */
    public String render(Function<Refusal, String> templates, Function<Object, String> words, String separator) {
        List<String> filled = arguments.stream().map(argument -> argument(argument, templates, words, separator))
                .toList();
        return Refusal.fill(templates.apply(code), filled);
    }

    private static String argument(Object argument, Function<Refusal, String> templates,
            Function<Object, String> words, String separator) {
        if (argument instanceof RefusalMessage part) {
            return part.render(templates, words, separator);
        }
        if (argument instanceof List<?> parts && !parts.isEmpty()
                && parts.stream().allMatch(RefusalMessage.class::isInstance)) {
            return parts.stream().map(part -> ((RefusalMessage) part).render(templates, words, separator))
                    .collect(Collectors.joining(separator));
        }
        return words.apply(argument);
    }

    // Actions read as the verbs of their names ("reopen for correction"), everything else as it prints.
    private static String englishWords(Object argument) {
        return argument instanceof ClaimAction action
                ? action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                : String.valueOf(argument);
    }
}
