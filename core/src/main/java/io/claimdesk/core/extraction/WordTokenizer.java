package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of the extraction rules, found by a scan over the characters: a letter or digit, then letters, marks,
 * digits, apostrophes and hyphens (the regex {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*}, without its matcher's cost,
 * which was the largest single item of a sentence's features).
 */
final class WordTokenizer {

    private WordTokenizer() {
    }

    /** The number of words in the text. */
    static int count(String text) {
        return count(text, 0, text.length());
    }

    /** The number of words in {@code [from, to)}, as if that range were the whole text. */
    static int count(String text, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            int start = nextStart(text, i, to);
            if (start >= to) {
                break;
            }
            count++;
            i = end(text, start, to);
        }
        return count;
    }

    /** The words of the text, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int i = nextStart(text, 0, length);
        while (i < length) {
            int end = end(text, i, length);
            words.add(text.substring(i, end));
            i = nextStart(text, end, length);
        }
        return words;
    }

    /** Where the first word at or after {@code from} starts, or {@code to} when none does before it. */
    static int nextStart(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (isStart(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return to;
    }

    /** The end (exclusive) of the word starting at {@code start}. */
    static int end(String text, int start, int to) {
        int i = start + Character.charCount(codePointAt(text, start, to));
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (!isStart(c) && !isInner(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int codePointAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isStart(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
                true;
            default -> false;
        };
    }

    /** {@code \p{M}}, an apostrophe or a hyphen: inside a word, never opening one. */
    private static boolean isInner(int c) {
        if (c == '\'' || c == '’' || c == '-') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
