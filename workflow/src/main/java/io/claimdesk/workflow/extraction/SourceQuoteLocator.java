package io.claimdesk.workflow.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimdesk.core.extraction.Segment;
import io.claimdesk.core.extraction.SentenceSegmenter;

/**
 * Finds where a sentence quoted by a language model sits in the article: exactly, then ignoring whitespace, case and
 * the kind of quotes, apostrophes and dashes, then by word overlap with the article's sentences.
 */
final class SourceQuoteLocator {

    /** A {@code [start, end)} span of the article text. */
    record Span(int start, int end) {
    }

    /** Shorter quotes match too many places to be trusted without a sentence around them. */
    static final int MIN_QUOTE_CHARS = 10;
    /** Dice coefficient of the word sets that a sentence must reach to count as the quoted one. */
    static final double MIN_WORD_OVERLAP = 0.6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String text;
    private final String folded;
    /** The index in {@link #text} of each character of {@link #folded}. */
    private final int[] origin;
    private final List<Segment> segments;
    private final List<Set<String>> segmentWords = new ArrayList<>();

    SourceQuoteLocator(String text, SentenceSegmenter segmenter) {
        this.text = text;
        StringBuilder kept = new StringBuilder(text.length());
        int[] positions = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                positions[kept.length()] = i;
                kept.append(fold(c));
            }
        }
        this.folded = kept.toString();
        this.origin = positions;
        this.segments = segmenter.segment(text);
        for (Segment segment : segments) {
            segmentWords.add(words(segment.textIn(text)));
        }
    }

    /** The span of the quote in the article, or empty when no part of the article is close enough. */
    Optional<Span> locate(String quote) {
        String stripped = quote.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        int exact = text.indexOf(stripped);
        if (exact >= 0 && stripped.length() >= MIN_QUOTE_CHARS) {
            return Optional.of(new Span(exact, exact + stripped.length()));
        }
        String foldedQuote = foldAll(stripped);
        if (foldedQuote.length() >= MIN_QUOTE_CHARS) {
            int at = folded.indexOf(foldedQuote);
            if (at >= 0) {
                return Optional.of(new Span(origin[at], origin[at + foldedQuote.length() - 1] + 1));
            }
        }
        return bestSentence(words(stripped));
    }

    private Optional<Span> bestSentence(Set<String> quoteWords) {
        if (quoteWords.isEmpty()) {
            return Optional.empty();
        }
        Span best = null;
        double bestScore = MIN_WORD_OVERLAP;
        // Pairs of neighbouring sentences too: a model sometimes quotes across a sentence break.
        for (int i = 0; i < segments.size(); i++) {
            for (int width = 1; width <= 2 && i + width <= segments.size(); width++) {
                Set<String> candidate = new HashSet<>(segmentWords.get(i));
                if (width == 2) {
                    candidate.addAll(segmentWords.get(i + 1));
                }
                double score = dice(quoteWords, candidate);
                if (score > bestScore) {
                    bestScore = score;
                    best = new Span(segments.get(i).start(), segments.get(i + width - 1).end());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> words(String s) {
        StringBuilder foldedWords = new StringBuilder(s.length());
        s.chars().forEach(c -> foldedWords.append(fold((char) c)));
        String plain = MARKS.matcher(Normalizer.normalize(foldedWords, Normalizer.Form.NFD)).replaceAll("");
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String foldAll(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(fold(c));
            }
        }
        return b.toString();
    }

    /** One character for one character, so positions in the folded text map back to the original. */
    private static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> '\'';
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2039', '\u203A' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
