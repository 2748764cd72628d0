package io.claimdesk.core.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cue words and phrases of one language ({@code cues-<language>.txt}): named sections of phrases, each compiled
 * into one pattern matched on {@link #normalise(String) normalised} text.
 *
 * <p>
 * Phrase syntax: words separated by spaces, matched whole; {@code ~} stands for up to two words, {@code *} for any one
 * word, {@code word*} for a word starting with "word", {@code *word} for a word ending with "word".
 */
public final class CueLexicon {

    private static final String WORD_CHARS = "[\\p{L}\\p{M}\\p{N}'\\-]";
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final String language;
    private final Map<String, List<String>> sections;
    private final Map<String, Pattern> patterns;
    /** Indexes of the section lists asked for, built on first use. */
    private final Map<List<String>, PhraseIndex> indexes = new ConcurrentHashMap<>();

    private CueLexicon(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
        this.patterns = sections.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> compile(e.getValue())));
    }

    /** The bundled lexicon of the language, or an empty one when none is bundled. */
    public static CueLexicon forLanguage(String language) {
        return read(CueLexicon.class, "cues-" + language + ".txt", language);
    }

    /**
     * A lexicon of the same format read from a resource next to {@code owner} (e.g. {@code claims-fr.txt}), or an empty
     * one when the resource does not exist.
     */
    public static CueLexicon read(Class<?> owner, String resource, String language) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return new CueLexicon(language, Map.of());
            }
            return new CueLexicon(language, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Lower case, curly apostrophes straightened, no-break spaces made plain: same length as the input. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '’' || c == 'ʼ' || c == '‘') {
                out.append('\'');
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007') {
                out.append(' ');
            } else {
                // Per-char lower-casing keeps offsets aligned with the original.
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    public String language() {
        return language;
    }

    /** Whether any phrase of the section occurs in the normalised text. */
    public boolean matches(String section, String normalised) {
        return !sectionsMatching(List.of(section), normalised).isEmpty();
    }

    /**
     * The sections, among those given (at most 64), with a phrase occurring in the normalised text: one pass over its
     * words for all of them, where asking section by section went over the text once per section.
     */
    public Set<String> sectionsMatching(List<String> names, String normalised) {
        PhraseIndex index = indexes.computeIfAbsent(List.copyOf(names), this::index);
        long found = index.matching(normalised);
        Set<String> matching = new HashSet<>();
        for (int k = 0; k < names.size(); k++) {
            if ((found & (1L << k)) != 0) {
                matching.add(names.get(k));
            }
        }
        return matching;
    }

    /**
     * Literal pieces such that every match of the section's pattern has one of them at a position not preceded by a
     * letter, digit or mark: one per phrase, its longest word that is not a wildcard. Null when a phrase has none (say
     * "*ième" alone), since then nothing short of the pattern tells whether the section occurs.
     */
    public List<String> anchors(String section) {
        List<String> anchors = new ArrayList<>();
        for (String phrase : sections.getOrDefault(section, List.of())) {
            String anchor = null;
            for (String word : phrase.split("\\s+")) {
                if (word.equals("~") || word.startsWith("*")) {
                    continue;
                }
                String literal = word.endsWith("*")
                        ? word.substring(0, word.length() - 1)
                        : word.toLowerCase(Locale.ROOT);
                // The longest is the rarest: "morning" rather than "this".
                if (anchor == null || literal.length() > anchor.length()) {
                    anchor = literal;
                }
            }
            if (anchor == null || anchor.isEmpty()) {
                return null;
            }
            anchors.add(anchor);
        }
        return anchors;
    }

    /** The section's phrases as one pattern (matching nothing for an absent section). */
    public Pattern pattern(String section) {
        return patterns.getOrDefault(section, NEVER);
    }

    /** The section's entries in file order, normalised. */
    public List<String> entries(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The section's entries as a set of plain words. */
    public Set<String> words(String section) {
        return Set.copyOf(sections.getOrDefault(section, List.of()));
    }

    private static Map<String, List<String>> parse(InputStream in) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(normalise(entry));
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        sections.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
        return Map.copyOf(frozen);
    }

    private static Pattern compile(List<String> phrases) {
        if (phrases.isEmpty()) {
            return NEVER;
        }
        String alternatives = phrases.stream()
                // Longest first, so "à cause de" wins over "à cause" when both are listed.
                .sorted((a, b) -> b.length() - a.length())
                .map(CueLexicon::boundedPhraseRegex)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + alternatives + ")");
    }

    private static String boundedPhraseRegex(String phrase) {
        // An elided ending ("parce qu'") is followed by a letter, so it gets no end boundary.
        return phraseRegex(phrase) + (phrase.endsWith("'") ? "" : "(?![\\p{L}\\p{M}\\p{N}])");
    }

    private PhraseIndex index(List<String> names) {
        if (names.size() > Long.SIZE) {
            throw new IllegalArgumentException("more than 64 sections: " + names);
        }
        return new PhraseIndex(names.stream().map(name -> sections.getOrDefault(name, List.of())).toList());
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The letters and digits starting at {@code from}: the key a phrase's first word is filed under. */
    private static String wordPiece(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    /**
     * Sections' phrases filed by their first word, so a sentence is matched word by word instead of trying every phrase
     * at every character; phrases starting with a wildcard stay in one pattern per section searched the slow way. A
     * section is numbered by its place in the list, and a match is reported as that bit.
     */
    private static final class PhraseIndex {

        /** A phrase of a section, as the pattern that matches it where it starts. */
        private record Phrase(int section, Pattern pattern) {
        }

        /** A phrase whose first word is a literal prefix ("cité* par", "million*"). */
        private record PrefixPhrase(String prefix, Phrase phrase) {
        }

        private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        private final List<PrefixPhrase> byFirstWordPrefix = new ArrayList<>();
        private final List<Pattern> wildcardStarts = new ArrayList<>();

        PhraseIndex(List<List<String>> sections) {
            for (int section = 0; section < sections.size(); section++) {
                List<String> wildcards = new ArrayList<>();
                for (String phrase : sections.get(section)) {
                    String first = phrase.split("\\s+")[0];
                    String prefix = first.substring(0, Math.max(0, first.length() - 1));
                    Phrase filed = new Phrase(section, Pattern.compile(boundedPhraseRegex(phrase)));
                    if (first.endsWith("*") && !prefix.isEmpty() && wordPiece(prefix, 0).equals(prefix)) {
                        // Filed by its literal prefix: searching it at every character made it the costliest cue.
                        byFirstWordPrefix.add(new PrefixPhrase(prefix, filed));
                    } else if (first.startsWith("*") || first.endsWith("*") || first.equals("~")) {
                        wildcards.add(phrase);
                    } else {
                        byFirstWord.computeIfAbsent(wordPiece(first, 0), k -> new ArrayList<>()).add(filed);
                    }
                }
                wildcardStarts.add(compile(wildcards));
            }
        }

        /** The bits of the sections with a phrase in the normalised text. */
        long matching(String normalised) {
            long all = wildcardStarts.size() == Long.SIZE ? -1L : (1L << wildcardStarts.size()) - 1;
            long found = 0;
            for (int i = 0; i < normalised.length() && found != all; i++) {
                if (!isWordChar(normalised.charAt(i)) || (i > 0 && isWordChar(normalised.charAt(i - 1)))) {
                    continue;
                }
                List<Phrase> candidates = byFirstWord.get(wordPiece(normalised, i));
                if (candidates != null) {
                    for (Phrase candidate : candidates) {
                        found |= bitWhenStartsAt(candidate, normalised, i, found);
                    }
                }
                for (PrefixPhrase phrase : byFirstWordPrefix) {
                    if (normalised.startsWith(phrase.prefix(), i)) {
                        found |= bitWhenStartsAt(phrase.phrase(), normalised, i, found);
                    }
                }
            }
            for (int section = 0; section < wildcardStarts.size(); section++) {
                Pattern wildcards = wildcardStarts.get(section);
                if ((found & (1L << section)) == 0 && wildcards != NEVER && wildcards.matcher(normalised).find()) {
                    found |= 1L << section;
                }
            }
            return found;
        }

        private static long bitWhenStartsAt(Phrase phrase, String text, int at, long found) {
            long bit = 1L << phrase.section();
            if ((found & bit) != 0) {
                return 0;
            }
            Matcher matcher = phrase.pattern().matcher(text).region(at, text.length()).useTransparentBounds(true);
            return matcher.lookingAt() ? bit : 0;
        }
    }

    private static String phraseRegex(String phrase) {
        StringBuilder regex = new StringBuilder();
        boolean gapBefore = false;
        for (String word : phrase.split("\\s+")) {
            if (word.equals("~")) {
                gapBefore = true;
                continue;
            }
            if (!regex.isEmpty()) {
                regex.append(gapBefore ? "\\s+(?:\\S+\\s+){0,2}" : "\\s+");
            }
            gapBefore = false;
            regex.append(wordRegex(word));
        }
        return regex.toString();
    }

    private static String wordRegex(String word) {
        if (word.equals("*")) {
            return WORD_CHARS + "+";
        }
        if (word.length() > 1 && word.endsWith("*")) {
            return Pattern.quote(word.substring(0, word.length() - 1)) + WORD_CHARS + "*";
        }
        if (word.length() > 1 && word.startsWith("*")) {
            return WORD_CHARS + "*" + Pattern.quote(word.substring(1));
        }
        return Pattern.quote(word.toLowerCase(Locale.ROOT));
    }
}
