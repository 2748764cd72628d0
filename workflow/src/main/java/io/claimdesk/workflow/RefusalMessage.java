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
     * {@code words} gives it (nested refusals excepted).
     */
    public String render(Function<Refusal, String> templates, Function<Object, String> words) {
        List<String> filled = arguments.stream().map(argument -> argument(argument, templates, words)).toList();
        return Refusal.fill(templates.apply(code), filled);
    }

    private static String argument(Object argument, Function<Refusal, String> templates,
            Function<Object, String> words) {
        if (argument instanceof RefusalMessage part) {
            return part.render(templates, words);
        }
        if (argument instanceof List<?> parts && !parts.isEmpty()
                && parts.stream().allMatch(RefusalMessage.class::isInstance)) {
            return parts.stream().map(part -> ((RefusalMessage) part).render(templates, words))
                    .collect(Collectors.joining(PART_SEPARATOR));
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
