package io.claimdesk.core.extraction.rewriting;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.analysis.ParsedSentence;
import io.claimdesk.core.extraction.analysis.Word;

/**
 * A claim being cut out of one sentence: the words of the sentence it keeps, in their order, with some replaced (a
 * pronoun by the name it stands for) or followed by inserted text (an inverted subject's name after its verb), and the
 * reasons its making adds. Rendering copies the kept words as the article wrote them.
 */
public final class ClaimDraft {

    private final ParsedSentence sentence;
    private final BitSet kept;
    private final Map<Integer, String> replaced;
    private final Map<Integer, String> appended;
    private final Set<Reason> reasons;
    /** A claim composed from phrases of the sentence and a copula ("X est ministre"), or null. */
    private final String composed;

    ClaimDraft(ParsedSentence sentence, BitSet kept) {
        this(sentence, kept, Map.of(), Map.of(), EnumSet.noneOf(Reason.class), null);
    }

    /** A claim made of phrases of the sentence joined by words of the language's own lists, over these words. */
    static ClaimDraft composed(ParsedSentence sentence, BitSet words, String text) {
        return new ClaimDraft(sentence, words, Map.of(), Map.of(), EnumSet.noneOf(Reason.class), text);
    }

    private ClaimDraft(ParsedSentence sentence, BitSet kept, Map<Integer, String> replaced,
            Map<Integer, String> appended, Set<Reason> reasons, String composed) {
        this.composed = composed;
        this.sentence = sentence;
        this.kept = (BitSet) kept.clone();
        this.replaced = Map.copyOf(replaced);
        this.appended = Map.copyOf(appended);
        this.reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
    }

    /** The whole sentence, as written. */
    static ClaimDraft wholeSentence(ParsedSentence sentence) {
        BitSet all = new BitSet();
        all.set(0, sentence.size());
        return new ClaimDraft(sentence, all);
    }

    public ParsedSentence sentence() {
        return sentence;
    }

    /** The kept words (a copy). */
    public BitSet kept() {
        return (BitSet) kept.clone();
    }

    public boolean keeps(int word) {
        return kept.get(word);
    }

    public Set<Reason> reasons() {
        return reasons.isEmpty() ? Set.of() : EnumSet.copyOf(reasons);
    }

    public boolean isReplaced(int word) {
        return replaced.containsKey(word);
    }

    ClaimDraft without(BitSet words) {
        BitSet next = kept();
        next.andNot(words);
        return new ClaimDraft(sentence, next, replaced, appended, reasons, composed);
    }

    ClaimDraft with(BitSet words) {
        BitSet next = kept();
        next.or(words);
        return new ClaimDraft(sentence, next, replaced, appended, reasons, composed);
    }

    ClaimDraft replacing(int word, String text) {
        Map<Integer, String> next = new HashMap<>(replaced);
        next.put(word, text);
        BitSet keep = kept();
        keep.set(word);
        return new ClaimDraft(sentence, keep, next, appended, reasons, composed);
    }

    ClaimDraft appendingAfter(int word, String text) {
        Map<Integer, String> next = new HashMap<>(appended);
        next.merge(word, text, (a, b) -> a + " " + b);
        return new ClaimDraft(sentence, kept, replaced, next, reasons, composed);
    }

    ClaimDraft because(Reason reason) {
        Set<Reason> next = EnumSet.noneOf(Reason.class);
        next.addAll(reasons);
        next.add(reason);
        return new ClaimDraft(sentence, kept, replaced, appended, next, composed);
    }

    /** The first kept word, or -1. */
    public int firstWord() {
        return kept.nextSetBit(0);
    }

    /** The span {@code [start, end)} in the article covered by the kept words. */
    public int start() {
        int first = kept.nextSetBit(0);
        return first < 0 ? sentence.start() : sentence.word(first).start();
    }

    public int end() {
        int last = kept.previousSetBit(sentence.size() - 1);
        return last < 0 ? sentence.end() : sentence.word(last).end();
    }

    /** The claim as it reads: kept words as written, with the original spacing where they are neighbours. */
    public String render() {
        return ClaimPunctuation.tidy(composed != null ? composed : phrase());
    }

    /** The kept words as written, untidied: a phrase to build a claim with. */
    String phrase() {
        String article = sentence.articleText();
        StringBuilder out = new StringBuilder();
        Word previous = null;
        String previousPiece = "";
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            Word word = sentence.word(i);
            if (previous != null && previous.start() == word.start() && !replaced.containsKey(i)) {
                continue; // the second word of a contraction ("du" = "de" + "le") shares the first one's text
            }
            String piece = replaced.getOrDefault(i, contractionPart(i)
                    ? word.form()
                    : article.substring(word.start(), word.end()));
            if (previous != null) {
                out.append(gap(article, previous, previousPiece, word, i));
            }
            out.append(piece);
            previousPiece = piece;
            String after = appended.get(i);
            if (after != null) {
                out.append(' ').append(after);
            }
            previous = word;
        }
        return out.toString().replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    // One word of a contraction kept without the other ("le" of "du") is written as itself, not as the contraction.
    private boolean contractionPart(int i) {
        Word word = sentence.word(i);
        boolean sharedWithPrevious = i > 0 && sentence.word(i - 1).start() == word.start();
        boolean sharedWithNext = i + 1 < sentence.size() && sentence.word(i + 1).start() == word.start();
        return sharedWithPrevious && !kept.get(i - 1) || sharedWithNext && !kept.get(i + 1);
    }

    // Neighbours keep the article's own spacing; words brought together get one space, none after an elision.
    private String gap(String article, Word previous, String before, Word word, int index) {
        boolean neighbours = index - 1 >= 0 && kept.get(index - 1) && sentence.word(index - 1).end() <= word.start();
        if (neighbours && !replaced.containsKey(index) && !replaced.containsKey(index - 1)) {
            String between = article.substring(previous.end(), word.start());
            return between.isEmpty() ? "" : " ";
        }
        if (before.endsWith("'") || before.endsWith("’")) {
            return "";
        }
        boolean spaceInSource = word.start() > 0 && Character.isWhitespace(article.charAt(word.start() - 1));
        // An English clitic ("'s", "n't") stays glued to whatever now stands before it.
        boolean clitic = word.form().startsWith("'") || word.form().startsWith("’") || word.form().equals("n't");
        return (word.isPunctuation() || clitic) && !spaceInSource ? "" : " ";
    }
}
