package io.claimdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.claimdesk.core.claim.Claim;
import io.quarkus.qute.TemplateExtension;

/**
 * What the rewrite changed between the sentence the article wrote and the claim: the sentence's words in order, those
 * the claim dropped marked removed and the words it added (a name for a pronoun, "Selon X,") marked added, so that a
 * reviewer sees at a glance whether the claim still says what the article says.
 */
@TemplateExtension
public final class RewriteMarks {

    /** A run of words that the claim kept, dropped or added. */
    public record Mark(String text, Kind kind) {

        public boolean kept() {
            return kind == Kind.KEPT;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    /** How a run of words fares in the claim. */
    public enum Kind {
        KEPT, REMOVED, ADDED
    }

    // Words with their trailing spaces, and punctuation on its own: a diff by word keeps the sentence readable.
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}’'\\-]+\\s*|[^\\p{L}\\p{N}\\s]\\s*|\\s+");

    private RewriteMarks() {
    }

    /** The sentence with the claim's changes marked; empty when there is no sentence or nothing changed. */
    static List<Mark> rewriteMarks(Claim claim) {
        if (claim.sourceSentence == null || claim.sourceSentence.isBlank()
                || claim.sourceSentence.strip().equals(claim.text.strip())) {
            return List.of();
        }
        return marks(claim.sourceSentence, claim.text);
    }

    static List<Mark> marks(String sentence, String claim) {
        List<String> before = tokens(sentence);
        List<String> after = tokens(claim);
        Patch<String> patch = DiffUtils.diff(before.stream().map(String::strip).toList(),
                after.stream().map(String::strip).toList());
        List<Mark> marks = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            add(marks, join(before, position, from), Kind.KEPT);
            add(marks, join(before, from, from + delta.getSource().size()), Kind.REMOVED);
            int target = delta.getTarget().getPosition();
            add(marks, join(after, target, target + delta.getTarget().size()), Kind.ADDED);
            position = from + delta.getSource().size();
        }
        add(marks, join(before, position, before.size()), Kind.KEPT);
        return marks;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static String join(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, to));
    }

    private static void add(List<Mark> marks, String text, Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        if (kind == Kind.ADDED && !text.endsWith(" ")) {
            text = text + " ";
        }
        marks.add(new Mark(text, kind));
    }
}
