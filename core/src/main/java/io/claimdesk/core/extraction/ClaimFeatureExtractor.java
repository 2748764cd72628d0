package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a sentence into the named, language-aware feature values that {@link CheckWorthinessScorer} weighs: cue phrases
 * from {@link CueLexicon}, figures, dates, capitalised names and sentence shape (the {@link Reason}s), word-list
 * signals
 * (first person, modal verbs, negation, money, percentages, share of function words, length) and, for
 * {@value #LEXICAL_LANGUAGE} only, the hashed word uni- and bigrams the lexical model was trained on.
 */
public class ClaimFeatureExtractor {

    /** Fewer words than this and the sentence counts as a short fragment. */
    static final int SHORT_FRAGMENT_WORDS = 8;
    /** A heading longer than this is not a byline. */
    static final int MAX_BYLINE_WORDS = 8;
    /** More named entities than this add nothing. */
    static final int MAX_ENTITIES = 3;
    /** The only language with a lexical (word n-gram) model: it was trained on English data. */
    public static final String LEXICAL_LANGUAGE = "en";
    /** Signals: model features that are not {@link Reason}s, by the name used in the weights file. */
    public static final List<String> SIGNALS = List.of("year", "percent", "money", "first_person_singular",
            "first_person_plural", "second_person", "modal", "negation", "function_word_share", "words_log",
            "long_sentence", "exclamation", "quote");
    /** Above this many words a sentence counts as long (run-on debate turns, lists). */
    static final int LONG_SENTENCE_WORDS = 40;

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}\\p{L}])(?:1[6-9]|20)\\d{2}(?![\\p{N}\\p{L}])");
    private static final Pattern NUMERAL = Pattern.compile("\\p{N}|%");
    private static final Pattern MONEY_SIGN = Pattern.compile("[$€£¥]|\\p{Sc}");
    private static final Pattern QUOTE_MARK = Pattern.compile("[«»“”\"]");
    private static final Pattern ELISION = Pattern
            .compile("^(?:[ldjnmstcLDJNMSTC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{L})");
    // After one of these a capital starts a sentence; after an opening quote it may be a name (« Izvestia »), so
    // there only the function-word list filters.
    private static final String SENTENCE_OPENERS = ".?!…—–:";
    /** The phrase sections a sentence is looked up in, all in one pass. */
    private static final List<String> CUE_SECTIONS = List.of("number-words", "attribution", "comparison", "causal",
            "event", "agenda", "opinion", "percent", "money", "modal");

    private final Map<String, LanguageCues> cuesByLanguage = new ConcurrentHashMap<>();

    /** The feature values of a sentence written in the given language (ISO 639-1). */
    public ClaimFeatures features(String sentence, boolean heading, String language) {
        LanguageCues cues = cues(language);
        String normalised = CueLexicon.normalise(sentence);
        Map<Reason, Double> values = new EnumMap<>(Reason.class);

        String withoutDates = cues.withoutDates(normalised);
        boolean hasDate = !withoutDates.equals(normalised);
        Set<String> cuesFound = cues.lexicon.sectionsMatching(CUE_SECTIONS, normalised);
        put(values, Reason.DATE, hasDate);
        put(values, Reason.NUMBER, NUMERAL.matcher(withoutDates).find() || (hasDate
                ? cues.lexicon.matches("number-words", withoutDates)
                : cuesFound.contains("number-words")));
        values.put(Reason.NAMED_ENTITY, (double) Math.min(MAX_ENTITIES, namedEntities(sentence, cues)));
        put(values, Reason.ATTRIBUTION, cuesFound.contains("attribution"));
        put(values, Reason.COMPARISON, cuesFound.contains("comparison"));
        put(values, Reason.CAUSAL, cuesFound.contains("causal"));
        List<String> words = WordTokenizer.words(normalised);
        put(values, Reason.EVENT, cuesFound.contains("event") || hasPerfectTense(words, cues));
        put(values, Reason.QUESTION, isQuestion(sentence));
        put(values, Reason.AGENDA, cuesFound.contains("agenda"));
        put(values, Reason.OPINION, cuesFound.contains("opinion"));
        put(values, Reason.SHORT_FRAGMENT, wordCount(sentence) < SHORT_FRAGMENT_WORDS);
        put(values, Reason.HEADING, heading);

        Map<String, Double> signals = new TreeMap<>();
        putSignal(signals, "year", YEAR.matcher(normalised).find());
        putSignal(signals, "percent", normalised.indexOf('%') >= 0 || cuesFound.contains("percent"));
        putSignal(signals, "money", MONEY_SIGN.matcher(sentence).find() || cuesFound.contains("money"));
        putSignal(signals, "first_person_singular", containsAny(words, cues.firstPersonSingular));
        putSignal(signals, "first_person_plural", containsAny(words, cues.firstPersonPlural));
        putSignal(signals, "second_person", containsAny(words, cues.secondPerson));
        putSignal(signals, "modal", containsAny(words, cues.modals) || cuesFound.contains("modal"));
        putSignal(signals, "negation", containsAny(words, cues.negations));
        if (!words.isEmpty()) {
            long function = words.stream().filter(cues.functionWords::contains).count();
            signals.put("function_word_share", (double) function / words.size());
        }
        // Scaled so that a 50-word sentence is about 1.
        signals.put("words_log", Math.log1p(words.size()) / Math.log(51));
        putSignal(signals, "long_sentence", words.size() > LONG_SENTENCE_WORDS);
        putSignal(signals, "exclamation", sentence.indexOf('!') >= 0);
        putSignal(signals, "quote", QUOTE_MARK.matcher(sentence).find());
        boolean lexical = LEXICAL_LANGUAGE.equals(language);
        return new ClaimFeatures(values, signals, lexical ? LexicalTerms.hash(words) : null, lexical);
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        if (set.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void putSignal(Map<String, Double> signals, String name, boolean present) {
        if (present) {
            signals.put(name, 1.0);
        }
    }

    /** A line that names the author, the date or the photo credit rather than saying anything. */
    public boolean isByline(String segment, boolean heading, String language) {
        if (!heading || wordCount(segment) > MAX_BYLINE_WORDS) {
            return false;
        }
        String normalised = CueLexicon.normalise(segment).strip();
        Matcher start = cues(language).lexicon.pattern("byline-starts").matcher(normalised);
        return start.lookingAt() || normalised.startsWith("©");
    }

    public static int wordCount(String text) {
        return WordTokenizer.count(text);
    }

    /** Runs of capitalised words not opening a sentence, plus acronyms anywhere ("Russia Today" counts once). */
    int namedEntities(String sentence, LanguageCues cues) {
        int entities = 0;
        int previousEnd = -1;
        int length = sentence.length();
        boolean first = true;
        for (int start = WordTokenizer.nextStart(sentence, 0, length); start < length;) {
            int end = WordTokenizer.end(sentence, start, length);
            String token = withoutElision(sentence.substring(start, end));
            boolean opening = first;
            first = false;
            boolean name = isAcronym(token) || (isCapitalised(token)
                    && !(opening || SENTENCE_OPENERS.indexOf(previousNonSpace(sentence, start)) >= 0)
                    && !cues.functionWords.contains(CueLexicon.normalise(token))
                    && !cues.calendarWords.contains(CueLexicon.normalise(token)));
            if (name) {
                if (previousEnd < 0 || !onlyNameGap(sentence, previousEnd, start)) {
                    entities++;
                }
                previousEnd = end;
            } else {
                previousEnd = -1;
            }
            start = WordTokenizer.nextStart(sentence, end, length);
        }
        return entities;
    }

    private static String withoutElision(String token) {
        // Most words hold no apostrophe: no need to run the pattern on them.
        if (token.indexOf('\'') < 0 && token.indexOf('’') < 0) {
            return token;
        }
        return ELISION.matcher(token).replaceFirst("");
    }

    /** Two letters or more, every letter a capital ("ONU", "U.S"). */
    private static boolean isAcronym(String token) {
        if (token.length() < 2) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** Starts with a capital or has one after a hyphen ("al-Sarraj"). */
    private static boolean isCapitalised(String token) {
        if (Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        for (int i = token.indexOf('-'); i >= 0 && i + 1 < token.length(); i = token.indexOf('-', i + 1)) {
            if (Character.getType(token.codePointAt(i + 1)) == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** Only whitespace and periods between two names: "Russia Today", "J. Smith". */
    private static boolean onlyNameGap(String sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (c != '.' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Among the normalised words, an auxiliary followed by a past participle, at most one adverb between: "ont libéré",
     * "has launched".
     */
    boolean hasPerfectTense(List<String> words, LanguageCues cues) {
        if (cues.auxiliaries.isEmpty()) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!cues.auxiliaries.contains(words.get(i))) {
                continue;
            }
            int next = i + 1;
            if (cues.adverbs.contains(words.get(next)) && next + 1 < words.size()) {
                next++;
            }
            if (isParticiple(words.get(next), cues)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticiple(String word, LanguageCues cues) {
        if (cues.notParticiples.contains(word) || word.length() < 3) {
            return false;
        }
        return cues.participleEndings.stream().anyMatch(word::endsWith);
    }

    static boolean isQuestion(String sentence) {
        for (int k = sentence.length() - 1; k >= 0; k--) {
            char c = sentence.charAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "»”\"')]".indexOf(c) >= 0) {
                continue;
            }
            return c == '?';
        }
        return false;
    }

    private static char previousNonSpace(String text, int index) {
        for (int k = index - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return c;
            }
        }
        return '.';
    }

    private static void put(Map<Reason, Double> values, Reason reason, boolean present) {
        if (present) {
            values.put(reason, 1.0);
        }
    }

    private LanguageCues cues(String language) {
        return cuesByLanguage.computeIfAbsent(language, l -> new LanguageCues(CueLexicon.forLanguage(l)));
    }

    /** A language's lexicon with the word sets and the date pattern derived from it, built once. */
    static final class LanguageCues {

        final CueLexicon lexicon;
        final Set<String> functionWords;
        final Set<String> calendarWords;
        final Set<String> auxiliaries;
        final Set<String> adverbs;
        final Set<String> participleEndings;
        final Set<String> notParticiples;
        final Set<String> firstPersonSingular;
        final Set<String> firstPersonPlural;
        final Set<String> secondPerson;
        final Set<String> modals;
        final Set<String> negations;
        final Pattern datePattern;
        /** What a text without digits must hold for the date pattern to match in it, or null to always run it. */
        final List<String> dateAnchors;

        LanguageCues(CueLexicon lexicon) {
            this.lexicon = lexicon;
            this.functionWords = lexicon.words("function-words");
            this.auxiliaries = lexicon.words("event-auxiliaries");
            this.adverbs = lexicon.words("event-adverbs");
            this.participleEndings = lexicon.words("participle-endings");
            this.notParticiples = lexicon.words("not-participles");
            this.firstPersonSingular = lexicon.words("first-person-singular");
            this.firstPersonPlural = lexicon.words("first-person-plural");
            this.secondPerson = lexicon.words("second-person");
            // Single modal words go to a set; multi-word ones ("have to") are matched as phrases.
            this.modals = lexicon.words("modal").stream().filter(w -> !w.contains(" ")).collect(Collectors.toSet());
            this.negations = lexicon.words("negation");
            Set<String> months = lexicon.words("months");
            Set<String> weekdays = lexicon.words("weekdays");
            this.calendarWords = Set.copyOf(
                    Stream.concat(months.stream(), weekdays.stream()).collect(Collectors.toSet()));
            this.datePattern = datePattern(months, lexicon);
            List<String> weekdayAnchors = lexicon.anchors("weekdays");
            List<String> phraseAnchors = lexicon.anchors("date-phrases");
            this.dateAnchors = weekdayAnchors == null || phraseAnchors == null
                    ? null
                    : Stream.of(months, weekdayAnchors, phraseAnchors).flatMap(Collection::stream).distinct().toList();
        }

        /** The normalised text with its dates blanked out, the same length. */
        String withoutDates(String normalised) {
            if (dateAnchors != null && !mayHoldDate(normalised)) {
                // Most sentences hold no date: the pattern's many alternatives were tried at every word for nothing.
                return normalised;
            }
            return datePattern.matcher(normalised).replaceAll(m -> " ".repeat(m.group().length()));
        }

        /**
         * An ASCII digit (every numeric date has one) or, where a word may start, a month or a date phrase's anchor.
         */
        private boolean mayHoldDate(String normalised) {
            for (int i = 0; i < normalised.length(); i++) {
                char c = normalised.charAt(i);
                if (c >= '0' && c <= '9') {
                    return true;
                }
                if (i > 0 && CueLexicon.isWordChar(normalised.charAt(i - 1))) {
                    continue;
                }
                for (String anchor : dateAnchors) {
                    if (normalised.startsWith(anchor, i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Pattern datePattern(Set<String> months, CueLexicon lexicon) {
            List<String> parts = new ArrayList<>();
            parts.add("\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b");
            if (!months.isEmpty()) {
                String month = months.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?:", ")"));
                parts.add("\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+" + month);
                parts.add(month + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b");
                parts.add("(?<![\\p{L}])" + month + "(?![\\p{L}])");
            }
            parts.add(YEAR.pattern());
            parts.add(lexicon.pattern("weekdays").pattern());
            parts.add(lexicon.pattern("date-phrases").pattern());
            // Every date starts a word: the lookbehind turns mid-word positions away before the alternatives.
            return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", parts) + ")");
        }
    }
}
