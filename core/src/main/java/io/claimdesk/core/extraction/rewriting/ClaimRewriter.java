package io.claimdesk.core.extraction.rewriting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.analysis.ParsedSentence;
import io.claimdesk.core.extraction.analysis.Word;

/**
 * Turns the parsed sentences of one article, in order, into claims that stand alone and say only what the article
 * says: cuts each sentence along its tree ({@link ClauseSplitter}), drops the connective that tied it to the sentence
 * before, resolves its subject's references ({@link ReferenceResolver}), and marks what is not a claim (headings,
 * questions, teasers, reported opinions, predictions) instead of presenting it as one. Every claim is made of the
 * article's own words; one instance per article.
 */
public final class ClaimRewriter {

    private final ClaimLexicon lexicon;
    /** Beyond this many sentences, an unclosed quotation mark is taken for a stray one. */
    private static final int MAX_QUOTATION_SENTENCES = 6;

    private final ClauseSplitter splitter;
    private final ReferenceResolver resolver;
    private final Set<String> seen = new HashSet<>();

    public ClaimRewriter(String language) {
        this.lexicon = ClaimLexicon.of(language);
        this.splitter = new ClauseSplitter(lexicon);
        this.resolver = new ReferenceResolver(lexicon);
    }

    /** The claims of the article's sentences, in order (a repeat of an earlier claim is left out). */
    public List<RewrittenClaim> rewrite(List<ParsedSentence> sentences) {
        List<List<RewrittenClaim>> bySentence = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        boolean[] continuesQuotation = continuesQuotation(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (continuesQuotation[i]) {
                // Inside a quotation opened sentences before: someone's words, kept whole and never cut or resolved.
                String sentence = oneLine(s.text());
                resolver.remember(s, List.of());
                speakers.add(i > 0 ? speakers.get(i - 1) : null);
                bySentence.add(List.of(new RewrittenClaim(sentence, s.start(), s.end(), sentence, false,
                        EnumSet.of(Reason.KEPT_AS_WRITTEN))));
            } else {
                bySentence.add(rewrite(s, speakers));
            }
        }
        List<RewrittenClaim> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            List<RewrittenClaim> own = bySentence.get(i);
            boolean bare = continuesQuotation[i] ? !namesASpeaker(s) : isBareQuotation(s);
            if (bare && own.size() == 1 && own.get(0).isClaim()) {
                claims.add(attributed(s, own.get(0), quotationSpeaker(sentences, speakers, i)));
            } else {
                claims.addAll(own);
            }
        }
        return claims;
    }

    private List<RewrittenClaim> rewrite(ParsedSentence s, List<String> speakers) {
        String sentence = oneLine(s.text());
        Set<Reason> sentenceKind = sentenceKind(s, sentence);
        String speaker = null;
        if (!sentenceKind.isEmpty()) {
            resolver.remember(s, List.of());
            speakers.add(null);
            return List.of(new RewrittenClaim(sentence, s.start(), s.end(), sentence, s.heading(), sentenceKind));
        }
        List<RewrittenClaim> claims = new ArrayList<>();
        List<Clause> drafts = new ArrayList<>();
        for (Clause clause : splitter.split(s)) {
            Clause bare = clause.withDraft(withoutDateline(clause));
            ClaimDraft draft = resolver.resolve(bare.withDraft(withoutConnective(bare)));
            drafts.add(clause.withDraft(draft));
            if (speaker == null && clause.reportingVerb() >= 0) {
                speaker = resolver.speakerOf(s, clause.reportingVerb()).orElse(null);
            }
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            reasons.addAll(draft.reasons());
            reasons.addAll(clauseKind(s, clause));
            String text = draft.render();
            if (seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
                claims.add(new RewrittenClaim(text, draft.start(), draft.end(), sentence, false, reasons));
            }
        }
        resolver.remember(s, drafts);
        speakers.add(speaker);
        return claims;
    }

    // Which sentences begin inside a quotation a sentence before them opened and did not close. Only marks that say
    // whether they open or close count (« », “ ”, `` ''); a quotation left open for more than a few sentences is taken
    // for a stray mark.
    private static boolean[] continuesQuotation(List<ParsedSentence> sentences) {
        boolean[] continues = new boolean[sentences.size()];
        boolean open = false;
        int openFor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            continues[i] = open && openFor < MAX_QUOTATION_SENTENCES;
            for (Word w : sentences.get(i).words()) {
                String form = w.form();
                if (QuoteMarks.opens(form)) {
                    open = true;
                    openFor = 0;
                } else if (QuoteMarks.closes(form)) {
                    open = false;
                }
            }
            openFor++;
            if (sentences.get(i).heading()) {
                open = false;
            }
        }
        return continues;
    }

    // A sentence that is all quotation and says nothing of who speaks ("« Nous ne reculerons pas. »").
    private boolean isBareQuotation(ParsedSentence s) {
        BitSet quoted = ClauseSplitter.quoted(s);
        boolean opensQuoted = !s.words().isEmpty() && (quoted.get(0) || isQuoteMark(s.word(0).form()));
        return opensQuoted && !namesASpeaker(s);
    }

    // "..., a-t-il ajouté": the sentence itself says that someone speaks.
    private boolean namesASpeaker(ParsedSentence s) {
        return s.words().stream().anyMatch(w -> lexicon.isSpeechVerb(w) || lexicon.isAccordingTo(w.form()));
    }

    private static boolean isQuoteMark(String form) {
        return QuoteMarks.opens(form) || QuoteMarks.isStraight(form);
    }

    // Who speaks a bare quotation: the speaker of the sentence just before (which introduced it, or said it), else
    // of the sentence just after when it closes the same quotation ("..., a-t-il ajouté").
    private static String quotationSpeaker(List<ParsedSentence> sentences, List<String> speakers, int i) {
        if (i > 0 && speakers.get(i - 1) != null && sentences.get(i - 1).end() <= sentences.get(i).start()) {
            return speakers.get(i - 1);
        }
        if (i + 1 < sentences.size() && speakers.get(i + 1) != null
                && !isQuoteMark(sentences.get(i + 1).words().isEmpty() ? "" : sentences.get(i + 1).word(0).form())) {
            return speakers.get(i + 1);
        }
        return null;
    }

    private RewrittenClaim attributed(ParsedSentence s, RewrittenClaim claim, String speaker) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        reasons.addAll(claim.reasons());
        if (speaker == null) {
            reasons.add(Reason.NOT_A_CLAIM);
            reasons.add(Reason.UNRESOLVED_REFERENCE);
            return new RewrittenClaim(claim.text(), claim.start(), claim.end(), claim.sentence(), false, reasons);
        }
        reasons.add(Reason.DECONTEXTUALISED);
        String quotation = oneLine(s.text());
        if (!s.words().isEmpty() && !s.word(0).pos().equals("PROPN") && Character.isUpperCase(quotation.charAt(0))) {
            // The rest of a quotation opened sentences before: its first word now follows a comma.
            quotation = quotation.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + quotation.substring(1);
        }
        String text = ClaimPunctuation.tidy(lexicon.phrase("according-to-phrase") + " " + speaker + ", " + quotation);
        return new RewrittenClaim(text, s.start(), s.end(), claim.sentence(), false, reasons);
    }

    private Set<Reason> sentenceKind(ParsedSentence s, String sentence) {
        if (s.heading()) {
            return EnumSet.of(Reason.NOT_A_CLAIM, Reason.HEADING);
        }
        if (endsWithQuestionMark(sentence)) {
            return EnumSet.of(Reason.NOT_A_CLAIM, Reason.QUESTION);
        }
        if (lexicon.openingLength("teasers", sentence) > 0) {
            return EnumSet.of(Reason.NOT_A_CLAIM, Reason.TEASER);
        }
        return Set.of();
    }

    // A reported opinion, something that may happen, a promise, or a forecast someone is reported as making (not
    // announcing as a decision) is not a fact to check.
    private Set<Reason> clauseKind(ParsedSentence s, Clause clause) {
        Optional<Word> root = s.root();
        int reporting = clause.reportingVerb();
        boolean opinion = reporting >= 0 && lexicon.isOpinionVerb(s.word(reporting))
                || root.isPresent() && lexicon.isOpinionVerb(root.get()) && s.child(root.get().index(), "ccomp")
                        .isPresent();
        if (opinion) {
            return EnumSet.of(Reason.NOT_A_CLAIM, Reason.OPINION);
        }
        int predicate = clause.predicate();
        if (predicate < 0) {
            return Set.of();
        }
        boolean promised = lexicon.isPromiseVerb(s.word(predicate))
                && (s.child(predicate, "xcomp").isPresent() || s.child(predicate, "ccomp").isPresent());
        Word head = s.word(predicate);
        // A modal carried over from the first of coordinated predicates ("could face X and [could] have to pay Y").
        boolean carriedModal = head.is("conj") && s.children(head.head()).stream()
                .anyMatch(w -> w.is("aux") && clause.draft().keeps(w.index()) && lexicon.isConditionalForm(w));
        boolean conditional = hasForm(s, predicate, lexicon::isConditionalForm) || carriedModal;
        // A forecast someone is reported as making is not checkable; a decision in the future tense ("le produit sera
        // interdit dès 2020") is: treating every future as an agenda lost 2 points of French dev any-coverage.
        boolean forecast = reporting >= 0 && !lexicon.isAnnouncementVerb(s.word(reporting))
                && hasForm(s, predicate, lexicon::isFutureForm);
        return promised || conditional || forecast ? EnumSet.of(Reason.NOT_A_CLAIM, Reason.PREDICTION) : Set.of();
    }

    // The predicate itself, or one of its auxiliaries, has the form.
    private static boolean hasForm(ParsedSentence s, int predicate, java.util.function.Predicate<Word> form) {
        Word word = s.word(predicate);
        return word.isVerb() && form.test(word)
                || s.children(predicate).stream().anyMatch(w -> (w.is("aux") || w.is("cop")) && form.test(w));
    }

    // "LONDON (AP) — X said": the dateline before the dash is no part of the claim.
    private ClaimDraft withoutDateline(Clause clause) {
        ClaimDraft draft = clause.draft();
        ParsedSentence s = draft.sentence();
        BitSet dateline = new BitSet();
        for (int i = 0; i < Math.min(s.size(), 8); i++) {
            Word w = s.word(i);
            if (i > 0 && (w.form().equals("—") || w.form().equals("–") || w.form().equals("--")
                    || w.form().equals("-"))) {
                dateline.set(i);
                return draft.keeps(0) ? draft.without(dateline) : draft;
            }
            boolean upper = w.form().equals(w.form().toUpperCase(java.util.Locale.ROOT));
            if (!(w.pos().equals("PROPN") && upper || w.isPunctuation() || upper && w.form().length() > 1)) {
                return draft;
            }
            dateline.set(i);
        }
        return draft;
    }

    // "Par ailleurs, X a dit" stands alone as "X a dit": the connective pointed at the sentence before.
    private ClaimDraft withoutConnective(Clause clause) {
        ClaimDraft draft = clause.draft();
        ParsedSentence s = draft.sentence();
        int first = draft.firstWord();
        if (first < 0) {
            return draft;
        }
        String rest = s.articleText().substring(s.word(first).start(), s.end());
        int length = lexicon.openingLength("connectives", rest);
        if (length == 0) {
            return draft;
        }
        int end = s.word(first).start() + length;
        BitSet connective = new BitSet();
        boolean attached = false;
        BitSet kept = draft.kept();
        int i = first;
        for (; i >= 0 && s.word(i).end() <= end; i = kept.nextSetBit(i + 1)) {
            connective.set(i);
            Word w = s.word(i);
            attached |= w.head() == clause.predicate() || w.head() >= 0 && s.word(w.head()).isRoot()
                    || w.is("cc");
        }
        if (!attached || i < 0) {
            return draft;
        }
        if (s.word(i).form().equals(",")) {
            connective.set(i);
        }
        return draft.without(connective);
    }

    private static boolean endsWithQuestionMark(String sentence) {
        for (int k = sentence.length() - 1; k >= 0; k--) {
            char c = sentence.charAt(k);
            if (!Character.isWhitespace(c) && "»”\"')]".indexOf(c) < 0) {
                return c == '?';
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }
}
