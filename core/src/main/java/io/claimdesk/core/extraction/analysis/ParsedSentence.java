package io.claimdesk.core.extraction.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One sentence of an article with its words and dependency tree; {@code [start, end)} is its span in the article text
 * and {@code heading} says it is a line without final punctuation (title, subtitle, dateline).
 */
public final class ParsedSentence {

    private final int index;
    private final String articleText;
    private final int start;
    private final int end;
    private final boolean heading;
    private final List<Word> words;
    private final List<List<Integer>> children;

    public ParsedSentence(int index, String articleText, int start, int end, boolean heading, List<Word> words) {
        this.index = index;
        this.articleText = articleText;
        this.start = start;
        this.end = end;
        this.heading = heading;
        this.words = List.copyOf(words);
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (Word word : words) {
            if (word.head() >= 0) {
                kids.get(word.head()).add(word.index());
            }
        }
        this.children = kids.stream().map(List::copyOf).toList();
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public boolean heading() {
        return heading;
    }

    public List<Word> words() {
        return words;
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** The sentence as the article wrote it. */
    public String text() {
        return articleText.substring(start, end);
    }

    /** The article text this sentence belongs to. */
    public String articleText() {
        return articleText;
    }

    /** The first root of the tree, or empty for a sentence without words. */
    public Optional<Word> root() {
        return words.stream().filter(Word::isRoot).findFirst();
    }

    /** The dependents of word {@code i}, in sentence order. */
    public List<Word> children(int i) {
        return children.get(i).stream().map(words::get).toList();
    }

    /** The first dependent of word {@code i} with this relation (or a subtype of it). */
    public Optional<Word> child(int i, String relation) {
        return children(i).stream().filter(w -> w.is(relation)).findFirst();
    }

    /** The dependents of word {@code i} with this relation (or a subtype of it). */
    public List<Word> children(int i, String relation) {
        return children(i).stream().filter(w -> w.is(relation)).toList();
    }

    /** Word {@code i} and everything below it in the tree. */
    public BitSet subtree(int i) {
        BitSet set = new BitSet(words.size());
        collect(i, set, w -> true);
        return set;
    }

    /** Word {@code i} and everything below it, not descending into dependents the filter refuses. */
    public BitSet subtree(int i, Predicate<Word> keepDependent) {
        BitSet set = new BitSet(words.size());
        collect(i, set, keepDependent);
        return set;
    }

    private void collect(int i, BitSet set, Predicate<Word> keep) {
        set.set(i);
        for (int child : children.get(i)) {
            Word dependent = words.get(child);
            if (!set.get(child) && keep.test(dependent)) {
                collect(child, set, keep);
            }
        }
    }

    /** True when {@code ancestor} dominates {@code i} (or is it). */
    public boolean dominates(int ancestor, int i) {
        int current = i;
        for (int steps = 0; current >= 0 && steps <= words.size(); steps++) {
            if (current == ancestor) {
                return true;
            }
            current = words.get(current).head();
        }
        return false;
    }

    /** The article text from the start of word {@code first} to the end of word {@code last}. */
    public String text(int first, int last) {
        return articleText.substring(words.get(first).start(), words.get(last).end());
    }

    @Override
    public String toString() {
        return text();
    }
}
