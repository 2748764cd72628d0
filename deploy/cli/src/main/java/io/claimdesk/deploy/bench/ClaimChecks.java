package io.claimdesk.deploy.bench;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.claimdesk.core.extraction.CueLexicon;
import io.claimdesk.core.extraction.Segment;
import io.claimdesk.core.extraction.analysis.CoreNlpParser;
import io.claimdesk.core.extraction.analysis.ParsedSentence;
import io.claimdesk.core.extraction.analysis.Word;
import io.claimdesk.core.matching.MatchWords;

/**
 * The automatic checks {@code ./claimdesk bench claims} runs on every claim presented as a claim, each a symptom a
 * fact-checker would reject: a tautology ("X est X"), a fragment (no verb, or a main verb without a subject), an
 * opening
 * on a pronoun or demonstrative that points outside the claim, content words the article does not have, and a quote
 * without anyone saying it. Word lists: {@code claim-checks-<language>.txt}.
 */
final class ClaimChecks {

    /** What a check can find wrong with a claim. */
    enum Finding {
        TAUTOLOGY, FRAGMENT, DANGLING_OPENING, ABSENT_WORDS, QUOTE_WITHOUT_SPEAKER
    }

    private static final Pattern QUOTE = Pattern.compile("[«“\"].{3,}?[»”\"]");

    private final CoreNlpParser parser;
    private final Map<String, CueLexicon> lexicons = new ConcurrentHashMap<>();

    ClaimChecks(CoreNlpParser parser) {
        this.parser = parser;
    }

    /** What is wrong with the claim, given the words of its article. */
    Set<Finding> check(String claim, String language, Set<String> articleWords) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        CueLexicon lexicon = lexicons.computeIfAbsent(language,
                l -> CueLexicon.read(ClaimChecks.class, "claim-checks-" + l + ".txt", l));
        String normalised = CueLexicon.normalise(claim.strip());
        if (opensDangling(normalised, lexicon)) {
            findings.add(Finding.DANGLING_OPENING);
        }
        if (!articleWords.containsAll(MatchWords.of(claim))) {
            findings.add(Finding.ABSENT_WORDS);
        }
        if (QUOTE.matcher(claim).find() && !normalised.contains(":")
                && !lexicon.matches("speech-cues", normalised)) {
            findings.add(Finding.QUOTE_WITHOUT_SPEAKER);
        }
        if (parser.supports(language)) {
            ParsedSentence parsed = parser
                    .parse(claim, List.of(new Segment(0, claim.length(), false)), language).sentences().get(0);
            if (isFragment(parsed)) {
                findings.add(Finding.FRAGMENT);
            }
            if (isTautology(parsed)) {
                findings.add(Finding.TAUTOLOGY);
            }
        }
        return findings;
    }

    private static boolean opensDangling(String normalised, CueLexicon lexicon) {
        String text = normalised.replaceFirst("^[\\p{Punct}«»“”\\s]+", "");
        for (String impersonal : lexicon.words("impersonal-openers")) {
            if (text.startsWith(impersonal + " ") || text.startsWith(impersonal + "'")) {
                return false;
            }
        }
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        String first = text.substring(0, end);
        // "c'", "l'" elisions and "cet" are demonstratives or pronouns too.
        return lexicon.words("dangling-openers").contains(first.toLowerCase(Locale.ROOT));
    }

    private static boolean isFragment(ParsedSentence claim) {
        if (claim.words().stream().noneMatch(Word::isVerb)) {
            return true;
        }
        return claim.root().map(root -> claim.children(root.index()).stream()
                .noneMatch(w -> w.is("nsubj") || w.is("csubj") || w.is("expl"))).orElse(true);
    }

    // "X is X": a copular claim whose subject and predicate have the same content words, or one those of the other.
    private static boolean isTautology(ParsedSentence claim) {
        Word root = claim.root().orElse(null);
        if (root == null || claim.child(root.index(), "cop").isEmpty()) {
            return false;
        }
        Word subject = claim.child(root.index(), "nsubj").orElse(null);
        if (subject == null) {
            return false;
        }
        var subjectWords = claim.subtree(subject.index());
        var predicateWords = claim.subtree(root.index(), w -> w.index() != subject.index() && !w.is("cop"));
        Set<String> left = MatchWords.of(textOf(claim, subjectWords));
        Set<String> right = MatchWords.of(textOf(claim, predicateWords));
        return !left.isEmpty() && !right.isEmpty() && (left.containsAll(right) || right.containsAll(left));
    }

    private static String textOf(ParsedSentence sentence, BitSet words) {
        StringBuilder text = new StringBuilder();
        words.stream().forEach(i -> text.append(sentence.word(i).form()).append(' '));
        return text.toString();
    }
}
