package io.claimdesk.core.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a claim, for lexical matching in French and English: folded (lower case, no accents, no elided
 * article, so "l'Égypte" gives "egypte"), function words dropped, plural endings stripped, numbers kept whole ("1 200"
 * and "1200" are one word) because a different figure is a different claim.
 */
public final class MatchWords {

    private static final Pattern ELISION = Pattern.compile(
            "(?<![\\p{L}'’ʼ])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern GROUPED_DIGITS = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F.,](?=\\d{3}\\b)");
    // French, then English; words of both ("on", "or") appear twice, which Set.copyOf allows.
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Arrays.asList(("""
            le la les un une des du de au aux et ou mais donc or ni car que qui quoi dont ce cet cette ces son sa ses
            leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu se en y dans
            sur sous par pour avec sans chez entre vers est sont ete etait etre a ont avait avoir fait plus moins
            tres ne pas tout tous toute toutes aussi comme si meme deja selon apres avant lors cela ceci ca lui eux
            ainsi alors
            """ + """
            the an and or but of to in on at by for with from as is are was were be been being has have had do does
            did it its this that these those he she they we you his her their our your not no than then there which
            who whom what will would can could should may might into about over also more most very just so if
            """).strip().split("\\s+")));

    private MatchWords() {
    }

    /** The distinct content words of the text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String folded = fold(GROUPED_DIGITS.matcher(text).replaceAll(""));
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                add(folded.substring(start, i), words);
                start = -1;
            }
        }
        return words;
    }

    /** Lower case, without accents and elided articles. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String withoutElision = ELISION.matcher(lower).replaceAll("");
        return MARKS.matcher(Normalizer.normalize(withoutElision, Normalizer.Form.NFD)).replaceAll("");
    }

    private static void add(String word, Set<String> words) {
        if (FUNCTION_WORDS.contains(word) || word.length() < 2 && !Character.isDigit(word.charAt(0))) {
            return;
        }
        words.add(stem(word));
    }

    // Plural endings only: enough to meet "migrants" with "migrant" and "journaux" with "journal" stays a miss.
    private static String stem(String word) {
        if (word.length() > 3 && Character.isLetter(word.charAt(word.length() - 1))
                && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
