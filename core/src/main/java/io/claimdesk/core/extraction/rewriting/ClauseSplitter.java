package io.claimdesk.core.extraction.rewriting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.analysis.ParsedSentence;
import io.claimdesk.core.extraction.analysis.Word;

/**
 * Cuts a parsed sentence into the clauses that each state one fact, following its dependency tree only where the tree
 * licenses the cut; when it does not, the sentence stays whole.
 *
 * <ul>
 * <li>Reported speech keeps its frame: "X a déclaré que A et que B" gives "X a déclaré que A" and "X a déclaré que
 * B"; "« A », a-t-il dit" keeps "a-t-il dit" (resolved later).</li>
 * <li>Coordinated clauses and predicates ("et", "mais", "and", "but"; never "ou", "or") are cut apart; a predicate
 * without its own subject takes the first one's subject, auxiliaries and fronted modifiers ("Mardi, X a été arrêté et
 * placé en garde à vue" gives "Mardi, X a été placé en garde à vue"). Coordinated nouns are never cut, but for
 * figures.</li>
 * <li>A list of figures ("12 morts et 40 blessés") gives one claim per figure; a range ("entre 12 et 40") stays
 * one.</li>
 * <li>A relative clause set off by commas whose relative pronoun is its subject ("X, qui a fait A, a fait B") becomes a
 * claim about the noun the tree attaches it to, if that noun agrees with the clause's verb; the main claim drops it.
 * Restrictive relatives ("les patients qui ont guéri") stay: dropping them changes the meaning.</li>
 * </ul>
 */
final class ClauseSplitter {

    /** Longer sentences are too long for the parse to be trusted with cuts. */
    static final int MAX_WORDS = 90;
    /** Fewer words do not make a claim. */
    static final int MIN_WORDS = 4;

    private final ClaimLexicon lexicon;

    ClauseSplitter(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The clauses of the sentence, in order; the whole sentence as one clause when no cut is licensed. */
    List<Clause> split(ParsedSentence s) {
        Optional<Word> rootWord = s.root();
        if (rootWord.isEmpty()) {
            return List.of(new Clause(ClaimDraft.wholeSentence(s), -1, -1));
        }
        Word root = rootWord.get();
        Frame frame = frame(s, root);
        if (s.size() > MAX_WORDS) {
            return List.of(new Clause(ClaimDraft.wholeSentence(s), frame.content(), frame.verb()));
        }
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : coordinated(s, frame)) {
            for (Clause withoutRelatives : relatives(s, frame, clause)) {
                for (Clause withoutDescriptions : descriptions(s, withoutRelatives)) {
                    clauses.addAll(figures(s, withoutDescriptions));
                }
            }
        }
        return clauses;
    }

    /** Who reports the content, if anyone: the reporting verb's words, and the head of what it reports. */
    private record Frame(int verb, BitSet words, int content) {
    }

    private Frame frame(ParsedSentence s, Word root) {
        Optional<Word> complement = s.child(root.index(), "ccomp");
        if (lexicon.isSpeechVerb(root) && complement.isPresent()) {
            BitSet words = s.subtree(root.index());
            words.andNot(s.subtree(complement.get().index()));
            return new Frame(root.index(), words, complement.get().index());
        }
        for (Word aside : s.children(root.index(), "parataxis")) {
            if (lexicon.isSpeechVerb(aside)) {
                return new Frame(aside.index(), s.subtree(aside.index()), root.index());
            }
        }
        return new Frame(-1, new BitSet(), root.index());
    }

    private List<Clause> coordinated(ParsedSentence s, Frame frame) {
        int head = frame.content();
        BitSet all = new BitSet();
        all.set(0, s.size());
        ClaimDraft whole = new ClaimDraft(s, all);
        BitSet quoted = quoted(s);
        List<Word> conjuncts = new ArrayList<>();
        for (Word k : s.children(head)) {
            boolean coordinated = k.is("conj") && !isDisjunct(s, k);
            // "X revient à A, Y reçoit B": clauses side by side, each with its own subject and verb.
            boolean juxtaposed = k.is("parataxis") && k.pos().equals("VERB") && !subjectOf(s, k.index()).isEmpty()
                    && !lexicon.isSpeechVerb(k) && precededBySeparator(s, k.index());
            if ((coordinated || juxtaposed) && k.index() > head && isPredicate(s, k) && !quoted.get(k.index())
                    && !quoted.get(head) && sameVerbForm(s, head, k)) {
                conjuncts.add(k);
            }
        }
        if (conjuncts.isEmpty()) {
            return List.of(new Clause(whole, head, frame.verb()));
        }
        BitSet subject = subjectOf(s, head);
        BitSet first = (BitSet) all.clone();
        List<Clause> clauses = new ArrayList<>();
        for (Word conjunct : conjuncts) {
            first.andNot(s.subtree(conjunct.index()));
        }
        clauses.add(new Clause(new ClaimDraft(s, first).because(Reason.SPLIT), head, frame.verb()));
        for (Word conjunct : conjuncts) {
            BitSet words = s.subtree(conjunct.index());
            if (lexicon.mentions("pro-forms", new ClaimDraft(s, words).phrase())) {
                // "did not intend to harm her and did not make plans to do so": the second predicate points back
                // at the first, and alone would say something else.
                return List.of(new Clause(whole, head, frame.verb()));
            }
            s.children(conjunct.index(), "cc").forEach(cc -> words.clear(cc.index()));
            clearLeadingPunctuation(s, words);
            if (subjectOf(s, conjunct.index()).isEmpty()) {
                if (subject.isEmpty()) {
                    return List.of(new Clause(whole, head, frame.verb()));
                }
                words.or(subject);
                if (conjunct.pos().equals("VERB") && s.child(conjunct.index(), "aux").isEmpty()) {
                    s.children(head).stream().filter(w -> w.is("aux") || w.is("cop")).filter(w -> w.index() < head)
                            .forEach(w -> words.set(w.index()));
                }
                // "could face 10 years and have to pay": the modal governs both; dropped, "has to pay" is a fact.
                boolean ownModal = s.children(conjunct.index()).stream()
                        .anyMatch(w -> w.is("aux") && lexicon.isConditionalForm(w));
                if (!ownModal) {
                    s.children(head).stream().filter(w -> w.is("aux") && lexicon.isConditionalForm(w))
                            .filter(w -> w.index() < head).forEach(w -> words.set(w.index()));
                }
            }
            if (conjunct.is("conj")) {
                words.or(frontedModifiers(s, head));
            }
            words.or(frame.words());
            if (frame.verb() >= 0 && s.child(conjunct.index(), "mark").isEmpty()) {
                s.children(head, "mark").forEach(m -> words.set(m.index()));
            }
            clauses.add(new Clause(new ClaimDraft(s, words).because(Reason.SPLIT), conjunct.index(), frame.verb()));
        }
        return clauses.stream().allMatch(c -> isSound(s, c.draft()))
                ? clauses
                : List.of(new Clause(whole, head, frame.verb()));
    }

    // A predicate sharing the first one's subject must share its verb form too ("a été arrêté et placé"): a
    // mismatch ("accused ... of promoting X and of failing") is a misattached conjunct.
    private boolean sameVerbForm(ParsedSentence s, int head, Word conjunct) {
        if (!subjectOf(s, conjunct.index()).isEmpty() || !s.children(conjunct.index(), "aux").isEmpty()) {
            return true;
        }
        return lexicon.verbForm(s.word(head)).equals(lexicon.verbForm(conjunct));
    }

    private static boolean precededBySeparator(ParsedSentence s, int word) {
        int first = s.subtree(word).nextSetBit(0);
        return first > 0 && (s.word(first - 1).form().equals(",") || s.word(first - 1).form().equals(";"));
    }

    /** The words between quotation marks: the speaker's own words, never cut. */
    static BitSet quoted(ParsedSentence s) {
        BitSet quoted = new BitSet();
        // A sentence that closes a quote it never opened continues one opened sentences before: all of it up to the
        // closing mark is quoted.
        boolean inside = false;
        for (Word w : s.words()) {
            String form = w.form();
            if (QuoteMarks.opens(form)) {
                break;
            }
            if (QuoteMarks.closes(form)) {
                inside = true;
                break;
            }
        }
        for (Word w : s.words()) {
            String form = w.form();
            boolean opens = QuoteMarks.opens(form) || QuoteMarks.isStraight(form) && !inside;
            boolean closes = QuoteMarks.closes(form) || QuoteMarks.isStraight(form) && inside;
            if (opens) {
                inside = true;
            } else if (closes) {
                inside = false;
            } else if (inside) {
                quoted.set(w.index());
            }
        }
        return quoted;
    }

    private boolean isPredicate(ParsedSentence s, Word w) {
        return w.pos().equals("VERB") || s.child(w.index(), "cop").isPresent() || !subjectOf(s, w.index()).isEmpty();
    }

    private boolean isDisjunct(ParsedSentence s, Word conjunct) {
        return s.children(conjunct.index(), "cc").stream().anyMatch(cc -> lexicon.isDisjunction(cc.form()));
    }

    // Subjects, and expletive ones ("there", impersonal "il"), but not reflexive clitics ("se voient": expl:pv).
    BitSet subjectOf(ParsedSentence s, int head) {
        BitSet subject = new BitSet();
        for (Word child : s.children(head)) {
            if (child.is("nsubj") || child.is("csubj") || child.relation().equals("expl") && child.index() < head
                    && !lexicon.isReflexive(child.form())) {
                subject.or(s.subtree(child.index()));
            }
        }
        return subject;
    }

    // Modifiers before the subject and verb, set off by a comma ("Mardi, ...", "Selon l'Insee, ..."): they scope
    // over every coordinated clause.
    private BitSet frontedModifiers(ParsedSentence s, int head) {
        BitSet fronted = new BitSet();
        int subjectStart = subjectOf(s, head).nextSetBit(0);
        int limit = subjectStart < 0 ? head : Math.min(subjectStart, head);
        for (Word child : s.children(head)) {
            if (child.index() < limit && (child.is("obl") || child.is("advmod") || child.is("advcl")
                    || child.is("nmod") || child.is("punct"))) {
                fronted.or(s.subtree(child.index()));
            }
        }
        return fronted;
    }

    private static void clearLeadingPunctuation(ParsedSentence s, BitSet words) {
        for (int i = words.nextSetBit(0); i >= 0 && s.word(i).isPunctuation(); i = words.nextSetBit(i + 1)) {
            words.clear(i);
        }
    }

    private List<Clause> relatives(ParsedSentence s, Frame frame, Clause clause) {
        List<Clause> out = new ArrayList<>();
        ClaimDraft main = clause.draft();
        List<Clause> extra = new ArrayList<>();
        BitSet kept = main.kept();
        for (int n = kept.nextSetBit(0); n >= 0; n = kept.nextSetBit(n + 1)) {
            Word noun = s.word(n);
            if (!noun.pos().equals("NOUN") && !noun.pos().equals("PROPN")) {
                continue;
            }
            for (Word relative : s.children(n, "acl:relcl")) {
                Optional<Word> pronoun = relativeSubject(s, relative);
                BitSet clauseWords = s.subtree(relative.index());
                int before = clauseWords.nextSetBit(0) - 1;
                if (pronoun.isEmpty() || relative.index() < n || before < 0 || !s.word(before).form().equals(",")
                        || !main.keeps(relative.index()) || !agrees(s, noun, relative) || lexicon.isSpeechVerb(relative)
                        || quoted(s).get(relative.index())) {
                    continue;
                }
                BitSet removed = (BitSet) clauseWords.clone();
                int after = clauseWords.length();
                boolean closes = after < s.size() && s.word(after).form().equals(",");
                Optional<Word> name = s.children(n, "appos").stream().filter(ClauseSplitter::isPersonName)
                        .filter(a -> s.subtree(a.index()).length() == before).findFirst();
                // "La ministre, Claire Martin, qui ..., a dit": the comma closing the name's apposition stays.
                if (name.isEmpty() || !closes) {
                    removed.set(before);
                }
                if (closes) {
                    removed.set(after);
                }
                main = main.without(removed).because(Reason.SPLIT);
                // The relative says something of the named person: the name alone is its subject.
                BitSet words = name.isPresent() ? nameOf(s, name.get()) : nounPhrase(s, n);
                words.or(clauseWords);
                words.clear(pronoun.get().index());
                if (!frame.words().get(n)) {
                    words.or(frame.words());
                }
                ClaimDraft draft = new ClaimDraft(s, words).because(Reason.SPLIT);
                if (isSound(s, draft)) {
                    extra.add(new Clause(draft, relative.index(), frame.words().get(n) ? -1 : frame.verb()));
                }
            }
        }
        out.add(clause.withDraft(main));
        out.addAll(extra);
        return isSound(s, main) ? out : List.of(clause);
    }

    /**
     * Appositions that say what a named person is ("X, ministre de l'Économie" or "le ministre, X," gives "X est
     * ministre de l'Économie"; never "X est X"), and participle phrases that date an event ("X, tué le 6 février 1998,"
     * gives "X a été tué le 6 février 1998", which the main claim then drops), as claims of their own. Only the
     * first claim of a sentence (its other clauses share its nouns) and never inside a quotation.
     */
    private List<Clause> descriptions(ParsedSentence s, Clause clause) {
        ClaimDraft main = clause.draft();
        List<Clause> extra = new ArrayList<>();
        BitSet quoted = quoted(s);
        BitSet kept = main.kept();
        for (int n = kept.nextSetBit(0); n >= 0; n = kept.nextSetBit(n + 1)) {
            Word noun = s.word(n);
            if (!(noun.pos().equals("NOUN") || noun.pos().equals("PROPN")) || quoted.get(n)) {
                continue;
            }
            for (Word apposition : s.children(n, "appos")) {
                identity(s, noun, apposition).ifPresent(extra::add);
            }
            for (Word participle : s.children(n)) {
                if (!participle.relation().equals("acl") || !isDatedParticiple(s, participle)
                        || quoted.get(participle.index())
                        || !main.keeps(participle.index())) {
                    continue;
                }
                BitSet phrase = s.subtree(participle.index());
                int before = phrase.nextSetBit(0) - 1;
                if (before < 0 || !s.word(before).form().equals(",")) {
                    continue;
                }
                String aux = lexicon.language().equals("fr") && lexicon.takesEtre(participle)
                        ? lexicon.phrase(Boolean.TRUE.equals(pluralNoun(s, noun)) ? "copula-plural" : "copula")
                        : lexicon.phrase(Boolean.TRUE.equals(pluralNoun(s, noun))
                                ? "passive-past-plural"
                                : "passive-past");
                BitSet subject = nounPhrase(s, n);
                String text = new ClaimDraft(s, subject).phrase() + " " + aux + " "
                        + new ClaimDraft(s, phrase).phrase();
                BitSet words = (BitSet) subject.clone();
                words.or(phrase);
                extra.add(
                        new Clause(ClaimDraft.composed(s, words, text).because(Reason.SPLIT), participle.index(), -1));
                BitSet removed = (BitSet) phrase.clone();
                removed.set(before);
                int after = phrase.length();
                if (after < s.size() && s.word(after).form().equals(",")) {
                    removed.set(after);
                }
                ClaimDraft shorter = main.without(removed).because(Reason.SPLIT);
                if (isSound(s, shorter)) {
                    main = shorter;
                }
            }
        }
        List<Clause> out = new ArrayList<>();
        out.add(clause.withDraft(main));
        out.addAll(extra);
        return out;
    }

    private Optional<Clause> identity(ParsedSentence s, Word noun, Word apposition) {
        Word name;
        Word role;
        if (isPersonName(noun) && apposition.pos().equals("NOUN")) {
            name = noun;
            role = apposition;
        } else if (noun.pos().equals("NOUN") && isPersonName(apposition)) {
            name = apposition;
            role = noun;
        } else {
            return Optional.empty();
        }
        BitSet roleWords = s.subtree(role.index(), w -> !(w.index() == name.index() || w.is("acl")
                || w.is("punct") && !insideWord(s, w)
                || w.is("case") && w.head() == role.index() || w.is("conj") || w.is("cc") || w.is("appos")
                || w.is("parataxis")));
        int first = s.subtree(apposition.index()).nextSetBit(0);
        boolean setOff = first > 0 && s.word(first - 1).form().equals(",");
        long roleLength = roleWords.cardinality();
        if (!setOff || roleLength > 15 || roleWords.stream().anyMatch(i -> s.word(i).isVerb())
                || !s.children(name.index(), "conj").isEmpty()) {
            return Optional.empty();
        }
        BitSet nameWords = nameOf(s, name);
        String nameText = new ClaimDraft(s, nameWords).phrase();
        String roleText = new ClaimDraft(s, roleWords).phrase();
        if (roleText.isEmpty() || contentWords(roleText).containsAll(contentWords(nameText))
                || contentWords(nameText).containsAll(contentWords(roleText))) {
            return Optional.empty(); // never "X est X"
        }
        Word roleStart = s.word(roleWords.nextSetBit(0));
        if (!roleStart.pos().equals("PROPN")) {
            roleText = roleText.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + roleText.substring(1);
        }
        BitSet words = (BitSet) nameWords.clone();
        words.or(roleWords);
        String text = nameText + " " + lexicon.phrase("copula") + " " + roleText;
        return Optional.of(new Clause(ClaimDraft.composed(s, words, text).because(Reason.SPLIT), role.index(), -1));
    }

    private static boolean isPersonName(Word w) {
        return w.pos().equals("PROPN") && w.entity().equals("PERSON");
    }

    // The name's words: the run of person-name words around its head.
    private static BitSet nameOf(ParsedSentence s, Word head) {
        BitSet words = new BitSet();
        int first = head.index();
        int last = head.index();
        while (first > 0 && isPersonName(s.word(first - 1))) {
            first--;
        }
        while (last + 1 < s.size() && isPersonName(s.word(last + 1))) {
            last++;
        }
        words.set(first, last + 1);
        return words;
    }

    private static java.util.Set<String> contentWords(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }

    private boolean isDatedParticiple(ParsedSentence s, Word participle) {
        return participle.pos().equals("VERB") && lexicon.verbForm(participle).equals("participle")
                && s.subtree(participle.index()).stream().mapToObj(s::word)
                        .anyMatch(w -> w.pos().equals("NUM") || lexicon.isTimeWord(w));
    }

    private Optional<Word> relativeSubject(ParsedSentence s, Word relative) {
        return s.children(relative.index()).stream()
                .filter(w -> (w.is("nsubj") || w.is("ref")) && lexicon.isRelativeSubject(w.form())).findFirst();
    }

    // The noun and its own modifiers, without its preposition, appositions or relative clauses.
    private static BitSet nounPhrase(ParsedSentence s, int noun) {
        BitSet phrase = s.subtree(noun, w -> !((w.is("case") || w.is("mark")) && w.head() == noun || w.is("acl")
                || w.is("punct") && !insideWord(s, w) || w.is("cc") || w.is("conj") || w.is("parataxis")
                || w.is("appos") && !isPersonName(w)));
        // "le préfet de Corse Claude Érignac": a name in apposition without commas belongs to the phrase.
        return phrase;
    }

    // The hyphen of "Twitter-like": punctuation with no space on either side belongs to the word.
    private static boolean insideWord(ParsedSentence s, Word w) {
        String text = s.articleText();
        return w.start() > 0 && w.end() < text.length() && !Character.isWhitespace(text.charAt(w.start() - 1))
                && !Character.isWhitespace(text.charAt(w.end())) && w.index() > 0 && w.index() + 1 < s.size()
                && !s.word(w.index() - 1).isPunctuation() && !s.word(w.index() + 1).isPunctuation();
    }

    // Number agreement between the noun and the relative clause's verb, where both show it.
    private boolean agrees(ParsedSentence s, Word noun, Word relative) {
        Boolean nounPlural = pluralNoun(s, noun);
        Word finite = s.children(relative.index()).stream().filter(w -> w.is("aux") || w.is("cop")).findFirst()
                .orElse(relative);
        Boolean verbPlural = pluralVerb(finite);
        return nounPlural == null || verbPlural == null || nounPlural.equals(verbPlural);
    }

    private Boolean pluralNoun(ParsedSentence s, Word noun) {
        if (noun.tag().equals("NNS") || noun.tag().equals("NNPS")) {
            return true;
        }
        if (noun.tag().equals("NN") || noun.tag().equals("NNP")) {
            return false;
        }
        for (Word det : s.children(noun.index(), "det")) {
            if (lexicon.isPluralDeterminer(det.form())) {
                return true;
            }
            if (lexicon.isSingularDeterminer(det.form())) {
                return false;
            }
        }
        return noun.pos().equals("PROPN") && s.children(noun.index(), "conj").isEmpty() ? false : null;
    }

    private Boolean pluralVerb(Word verb) {
        return switch (verb.tag()) {
            case "VBZ" -> false;
            case "VBP" -> true;
            default -> {
                if (verb.form().equalsIgnoreCase("was")) {
                    yield false;
                }
                if (verb.form().equalsIgnoreCase("were")) {
                    yield true;
                }
                if (lexicon.isPluralVerbForm(verb.form())) {
                    yield true;
                }
                yield lexicon.isSingularVerbForm(verb.form()) ? false : null;
            }
        };
    }

    private List<Clause> figures(ParsedSentence s, Clause clause) {
        ClaimDraft draft = clause.draft();
        BitSet kept = draft.kept();
        for (int x = kept.nextSetBit(0); x >= 0; x = kept.nextSetBit(x + 1)) {
            int first = x;
            List<Word> others = s.children(x, "conj").stream().filter(y -> draft.keeps(y.index()))
                    .filter(y -> carriesFigure(s, y.index())).filter(y -> !isDisjunct(s, y)).toList();
            Word figureHead = s.word(x);
            boolean argument = (figureHead.is("obj") || figureHead.is("nsubj") || figureHead.is("obl")
                    || figureHead.is("iobj")) && figureHead.head() >= 0 && s.word(figureHead.head()).isVerb();
            // Two objects of one verb ("compte 3 millions d'habitants, 450 communes et 12 hôpitaux") is a list the
            // parser misread: its items cannot be told apart safely, so the sentence stays whole.
            boolean misread = argument && s.children(figureHead.head(), figureHead.relation()).size() > 1;
            // "deux Polonais et deux Russes qui servaient de mules": a clause on the last item may describe them all,
            // and together they say who the four were; cut, "deux Russes" alone would misstate it.
            boolean describedTogether = java.util.stream.Stream.concat(java.util.stream.Stream.of(figureHead),
                    others.stream()).anyMatch(y -> s.children(y.index()).stream().anyMatch(w -> w.is("acl")));
            if (others.isEmpty() || misread || describedTogether || !carriesFigure(s, x) || !argument
                    || insideBrackets(s, x)
                    || quoted(s).get(x)
                    || s.children(x, "case").stream().anyMatch(c -> lexicon.isRangePreposition(c.form()))) {
                continue;
            }
            BitSet own = s.subtree(x);
            others.forEach(y -> own.andNot(s.subtree(y.index())));
            List<Clause> parts = new ArrayList<>();
            BitSet withoutAll = draft.kept();
            withoutAll.andNot(s.subtree(x));
            BitSet firstPart = (BitSet) withoutAll.clone();
            firstPart.or(own);
            parts.add(clause.withDraft(new ClaimDraft(s, firstPart).because(Reason.SPLIT)));
            for (Word y : others) {
                BitSet part = (BitSet) withoutAll.clone();
                BitSet figure = s.subtree(y.index());
                s.children(y.index(), "cc").forEach(cc -> figure.clear(cc.index()));
                clearLeadingPunctuation(s, figure);
                part.or(figure);
                if (s.child(y.index(), "case").isEmpty()) {
                    s.children(first, "case").forEach(c -> part.set(c.index()));
                }
                parts.add(clause.withDraft(new ClaimDraft(s, part).because(Reason.SPLIT)));
            }
            if (parts.stream().allMatch(p -> isSound(s, p.draft()))) {
                return parts;
            }
        }
        return List.of(clause);
    }

    private static boolean insideBrackets(ParsedSentence s, int word) {
        int depth = 0;
        for (int i = 0; i < word; i++) {
            String form = s.word(i).form();
            if (form.equals("(") || form.equals("-LRB-")) {
                depth++;
            } else if ((form.equals(")") || form.equals("-RRB-")) && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean carriesFigure(ParsedSentence s, int word) {
        Word w = s.word(word);
        if (w.pos().equals("NUM")) {
            return true;
        }
        return s.children(word).stream().anyMatch(c -> c.pos().equals("NUM") && (c.is("nummod") || c.is("det")));
    }

    /** A cut keeps a verb, enough words, whole quotations and whoever says them; otherwise it is not made. */
    boolean isSound(ParsedSentence s, ClaimDraft draft) {
        BitSet kept = draft.kept();
        if (kept.stream().noneMatch(i -> s.word(i).isVerb() || s.word(i).is("cop"))) {
            return false;
        }
        long words = kept.stream().filter(i -> !s.word(i).isPunctuation()).count();
        String text = draft.render();
        if (words < MIN_WORDS || !balancedQuotes(text)) {
            return false;
        }
        // A quotation kept without the words that said who speaks, where the sentence had them, lost its speaker.
        BitSet quotedKept = quoted(s);
        quotedKept.and(kept);
        BitSet speakerWords = new BitSet();
        s.words().stream().filter(w -> lexicon.isSpeechVerb(w) || lexicon.isAccordingTo(w.form())
                || w.form().equals(":")).forEach(w -> speakerWords.set(w.index()));
        return quotedKept.isEmpty() || speakerWords.isEmpty() || speakerWords.intersects(kept);
    }

    private static boolean balancedQuotes(String text) {
        long open = text.chars().filter(c -> c == '«' || c == '“').count();
        long close = text.chars().filter(c -> c == '»' || c == '”').count() + text.split("’’|''", -1).length - 1;
        long straight = text.chars().filter(c -> c == '"').count();
        return open == close && straight % 2 == 0;
    }
}
