package io.claimdesk.core.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences and heading lines with rules tuned on French typography first.
 *
 * <p>
 * Rules, in order: a blank line always ends a segment; a short line (at most {@value #MAX_HEADING_WORDS} words)
 * without final punctuation followed by a capitalised line is a heading of its own; {@code . ? ! …} end a sentence
 * when followed by whitespace and then a capital, a digit, an opening quote or a dash, taking any closing quotes and
 * brackets with them ({@code ». ?» ."}); a period after a listed abbreviation, a single capital ({@code M.}) or a
 * dotted acronym ({@code U.S.}) does not. Sentences inside quotes are split like any other. OpenNLP's French sentence
 * model (opennlp-fr-ud-gsd 1.3) was measured and rejected: it starts the next sentence with the closing guillemet
 * ({@code « Pourquoi pas ? » Ensuite} gives {@code » Ensuite}) and splits after "Mr."; one rule set serves every
 * language, which a per-language model would not.
 */
public class SentenceSegmenter {

    static final int MAX_HEADING_WORDS = 12;

    private static final String ABBREVIATIONS = "abbreviations.txt";
    private static final String TERMINATORS = ".?!…";
    private static final String CLOSERS = "»”’\"')]}";
    private static final String OPENERS = "«“‘\"'([{—–-•*";
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");

    private final Set<String> neverEnds;
    private final Set<String> mayEnd;

    /** Uses the bundled French and English abbreviation lists. */
    public SentenceSegmenter() {
        Set<String> never = new HashSet<>();
        Set<String> may = new HashSet<>();
        readAbbreviations(never, may);
        this.neverEnds = Set.copyOf(never);
        this.mayEnd = Set.copyOf(may);
    }

    /** The segments of the text in document order, trimmed, none empty. */
    public List<Segment> segment(String text) {
        List<Segment> segments = new ArrayList<>();
        int length = text.length();
        int segmentStart = 0;
        int lineStart = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (segmentStart > i) {
                    // A sentence already ended before this line break.
                    lineStart = i + 1;
                    i++;
                    continue;
                }
                int next = skipWhitespace(text, i);
                boolean blankLineFollows = text.substring(i + 1, next).indexOf('\n') >= 0;
                if (blankLineFollows || next == length
                        || isHeadingLine(text, segmentStart, lineStart, i, next)) {
                    add(segments, text, segmentStart, i);
                    segmentStart = next;
                }
                lineStart = i + 1;
                i++;
                continue;
            }
            if (TERMINATORS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = endOfTerminator(text, i);
            if (end < 0) {
                // A period inside a token: 3.5, 1.5, www.example.org, U.S (the final period comes later).
                i++;
                continue;
            }
            int next = skipWhitespace(text, end - 1);
            if (next == length || endsSentence(text, segmentStart, i, next)) {
                add(segments, text, segmentStart, end);
                segmentStart = next;
                i = end;
                // The line keeps going: lineStart stays, only the segment restarts.
                continue;
            }
            i = end;
        }
        add(segments, text, segmentStart, length);
        return segments;
    }

    /**
     * The end (exclusive) of the terminator run at {@code i} with its closing quotes and brackets, or -1 when the
     * character is not followed by whitespace or the end of the text.
     */
    private static int endOfTerminator(String text, int i) {
        int length = text.length();
        int j = i;
        while (j < length && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < length) {
            char c = text.charAt(j);
            if (c == '»' || c == '”' || c == ')' || c == ']' || c == '}') {
                j++;
            } else if ((c == '"' || c == '\'' || c == '’')
                    && (j + 1 == length || !isLetterOrDigit(text.charAt(j + 1)))) {
                // A straight quote right after the terminator closes; one after a space opens the next sentence.
                j++;
            } else if (isHorizontalSpace(c) && closingGuillemetAfterSpaces(text, j)) {
                // French typography puts a (thin, no-break) space before the closing guillemet: "? »".
                j++;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                // "Syrie »." : the period after the closing quote belongs to the same end.
                j++;
            } else {
                break;
            }
        }
        if (j < length && !Character.isWhitespace(text.charAt(j)) && !isNoBreakSpace(text.charAt(j))) {
            return -1;
        }
        return j;
    }

    private static boolean closingGuillemetAfterSpaces(String text, int j) {
        int k = j;
        while (k < text.length() && isHorizontalSpace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '»' || text.charAt(k) == '”');
    }

    private boolean endsSentence(String text, int segmentStart, int terminator, int next) {
        char following = text.charAt(next);
        boolean capitalFollows = Character.isUpperCase(following) || Character.isTitleCase(following);
        boolean startFollows = capitalFollows || Character.isDigit(following) || OPENERS.indexOf(following) >= 0;
        if (!startFollows) {
            // "« Pourquoi ? » a-t-il demandé", "Alors... on verra": the sentence goes on.
            return false;
        }
        if (text.charAt(terminator) != '.' || (terminator + 1 < text.length() && text.charAt(terminator + 1) == '.')) {
            return true;
        }
        String token = tokenBefore(text, segmentStart, terminator);
        if (mayEnd.contains(token)) {
            return capitalFollows;
        }
        return !neverEnds.contains(token) && !isInitial(token) && !isDottedAcronym(token);
    }

    /** The whitespace-delimited token ending with the period at {@code period}, period included, opening quotes off. */
    private static String tokenBefore(String text, int segmentStart, int period) {
        int k = period;
        while (k > segmentStart && !Character.isWhitespace(text.charAt(k - 1)) && !isNoBreakSpace(text.charAt(k - 1))
                && "«“\"'(".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return text.substring(k, period + 1);
    }

    private static boolean isInitial(String token) {
        // "M." or "J." : one capital letter.
        return token.length() == 2 && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isDottedAcronym(String token) {
        return DOTTED_ACRONYM.matcher(token).matches();
    }

    /** A line of its own that reads like a title: short, no final punctuation, the next line starting anew. */
    private static boolean isHeadingLine(String text, int segmentStart, int lineStart, int lineEnd, int next) {
        if (segmentStart < lineStart || !text.substring(lineStart, segmentStart).isBlank()) {
            // The segment began on an earlier line or mid-line: this is wrapped prose, not a title.
            return false;
        }
        String line = text.substring(segmentStart, lineEnd).strip();
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (",;:-–(".indexOf(last) >= 0) {
            return false;
        }
        char following = text.charAt(next);
        boolean startFollows = Character.isUpperCase(following) || Character.isDigit(following)
                || OPENERS.indexOf(following) >= 0;
        return startFollows && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static void add(List<Segment> segments, String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            segments.add(new Segment(start, end, !endsWithPunctuation(text, start, end)));
        }
    }

    private static boolean endsWithPunctuation(String text, int start, int end) {
        int k = end - 1;
        while (k > start && (CLOSERS.indexOf(text.charAt(k)) >= 0 || isSpace(text.charAt(k)))) {
            k--;
        }
        return TERMINATORS.indexOf(text.charAt(k)) >= 0;
    }

    /** The index of the first non-whitespace character after {@code i}, or the text's length. */
    private static int skipWhitespace(String text, int i) {
        int k = i + 1;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || isNoBreakSpace(c);
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || isNoBreakSpace(c) || c == '\u2009';
    }

    private static boolean isNoBreakSpace(char c) {
        // Java does not count U+00A0, U+202F and U+2007 as whitespace.
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static void readAbbreviations(Set<String> never, Set<String> may) {
        try (InputStream in = SentenceSegmenter.class.getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                throw new IllegalStateException(ABBREVIATIONS + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = never;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.equals("[never-ends]")) {
                    current = never;
                } else if (entry.equals("[may-end]")) {
                    current = may;
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ABBREVIATIONS, e);
        }
    }
}
