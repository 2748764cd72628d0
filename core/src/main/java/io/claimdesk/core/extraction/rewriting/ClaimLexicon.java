package io.claimdesk.core.extraction.rewriting;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import io.claimdesk.core.extraction.CueLexicon;
import io.claimdesk.core.extraction.analysis.Word;

/**
 * The word lists the claim rewriter consults for one language ({@code claims-<language>.txt}): reporting, opinion and
 * announcement verbs, future forms, impersonal openings, connectives, teasers, titles and pronouns by gender.
 */
public final class ClaimLexicon {

    private static final Map<String, ClaimLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final CueLexicon lexicon;

    private ClaimLexicon(String language) {
        this.language = language;
        this.lexicon = CueLexicon.read(ClaimLexicon.class, "claims-" + language + ".txt", language);
    }

    /** The lists of the language (empty lists for a language without a file), read once per JVM. */
    public static ClaimLexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, ClaimLexicon::new);
    }

    public boolean isSpeechVerb(Word word) {
        return word.isVerb() && has("speech-verbs", verbKey(word));
    }

    public boolean isOpinionVerb(Word word) {
        return word.isVerb() && has("opinion-verbs", verbKey(word));
    }

    public boolean isAnnouncementVerb(Word word) {
        return word.isVerb() && has("announcement-verbs", verbKey(word));
    }

    /** A verb of promising or planning ("pledged to", "prévoit de"): what it introduces has not happened. */
    public boolean isPromiseVerb(Word word) {
        return word.isVerb() && has("promise-verbs", verbKey(word));
    }

    /** A future form, or the auxiliary of one ("va", "will"). */
    public boolean isFutureForm(Word word) {
        return has("future-forms", CueLexicon.normalise(word.form()));
    }

    /** A conditional form or modal auxiliary ("pourrait", "would"). */
    public boolean isConditionalForm(Word word) {
        return has("conditional-forms", CueLexicon.normalise(word.form()));
    }

    public boolean isMasculinePronoun(String form) {
        return has("masculine-pronouns", CueLexicon.normalise(form));
    }

    public boolean isFemininePronoun(String form) {
        return has("feminine-pronouns", CueLexicon.normalise(form));
    }

    public boolean isNeuterPronoun(String form) {
        return has("neuter-pronouns", CueLexicon.normalise(form));
    }

    public boolean isPluralPronoun(String form) {
        return has("plural-pronouns", CueLexicon.normalise(form));
    }

    /** A relative pronoun that is the subject of its clause ("qui", "who"). */
    public boolean isRelativeSubject(String form) {
        return has("relative-subjects", CueLexicon.normalise(form));
    }

    /** "ou", "or": coordinations that must never be split, since neither part is asserted. */
    public boolean isDisjunction(String form) {
        return has("disjunctions", CueLexicon.normalise(form));
    }

    /** "entre", "between": coordinated figures under them form one range, not two facts. */
    public boolean isRangePreposition(String form) {
        return has("range-prepositions", CueLexicon.normalise(form));
    }

    /** "selon", "according": a source named in the sentence. */
    public boolean isAccordingTo(String form) {
        return has("according-to", CueLexicon.normalise(form));
    }

    public boolean isPluralDeterminer(String form) {
        return has("plural-determiners", CueLexicon.normalise(form));
    }

    public boolean isSingularDeterminer(String form) {
        return has("singular-determiners", CueLexicon.normalise(form));
    }

    /** A reflexive clitic ("se", "s'"), which the parser may attach like an expletive subject. */
    public boolean isReflexive(String form) {
        return has("reflexive-pronouns", CueLexicon.normalise(form));
    }

    public boolean isMasculineDeterminer(String form) {
        return has("masculine-determiners", CueLexicon.normalise(form));
    }

    public boolean isFeminineDeterminer(String form) {
        return has("feminine-determiners", CueLexicon.normalise(form));
    }

    public boolean isPluralVerbForm(String form) {
        return has("plural-verb-forms", CueLexicon.normalise(form));
    }

    public boolean isSingularVerbForm(String form) {
        return has("singular-verb-forms", CueLexicon.normalise(form));
    }

    /**
     * The verb's form as far as the tagger or the word's ending tells: {@code infinitive}, {@code participle},
     * {@code gerund} or {@code finite}. English reads the tag; French, which is tagged without morphology, the ending.
     */
    public String verbForm(Word verb) {
        switch (verb.tag()) {
            case "VB" :
                return "infinitive";
            case "VBN" :
                return "participle";
            case "VBG" :
                return "gerund";
            case "VBD", "VBZ", "VBP" :
                return "finite";
            default :
                break;
        }
        String form = CueLexicon.normalise(verb.form());
        if (has("infinitive-endings", form)) {
            return "infinitive";
        }
        if (has("gerund-endings", form)) {
            return "gerund";
        }
        return has("participle-endings", form) ? "participle" : "finite";
    }

    /** The first phrase of a section as written in the file ("est", "a été"): the words an apposition claim adds. */
    public String phrase(String section) {
        return lexicon.entries(section).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no [" + section + "] in claims-" + language + ".txt"));
    }

    /** A French past participle conjugated with "être" ("arrivé"): its apposition says "X est arrivé". */
    public boolean takesEtre(Word verb) {
        return has("etre-verbs", CueLexicon.normalise(verb.form()));
    }

    /** A month, weekday or "yesterday": a word that dates an event. */
    public boolean isTimeWord(Word word) {
        return has("time-words", CueLexicon.normalise(word.form()));
    }

    /** The article standing for a demonstrative determiner before this noun ("ce rapport": "le"), if it is one. */
    public java.util.Optional<String> articleFor(String demonstrative, String noun) {
        String key = CueLexicon.normalise(demonstrative);
        for (String entry : lexicon.entries("demonstrative-articles")) {
            String[] parts = entry.split("\\s+");
            if (parts.length == 3 && parts[0].equals(key)) {
                boolean vowel = !noun.isEmpty()
                        && "aeiouyàâéèêëîïôûùœhAEIOUYÀÂÉÈÊËÎÏÔÛÙŒH".indexOf(noun.charAt(0)) >= 0;
                return java.util.Optional.of(vowel ? parts[2] : parts[1]);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the text opens on a phrase of the section ("par ailleurs", "lire aussi"); returns its length or 0. */
    public int openingLength(String section, String text) {
        String normalised = CueLexicon.normalise(text);
        Matcher matcher = lexicon.pattern(section).matcher(normalised);
        return matcher.lookingAt() ? matcher.end() : 0;
    }

    /** Whether a phrase of the section occurs in the text. */
    public boolean mentions(String section, String text) {
        return lexicon.matches(section, CueLexicon.normalise(text));
    }

    public String language() {
        return language;
    }

    private String verbKey(Word word) {
        return CueLexicon.normalise(language.equals("en") ? word.lemma() : word.form()).toLowerCase(Locale.ROOT);
    }

    private boolean has(String section, String word) {
        return lexicon.matches(section, word);
    }
}
