package io.claimdesk.core.extraction.rewriting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.analysis.ParsedSentence;
import io.claimdesk.core.extraction.analysis.Word;

/**
 * Resolves what a claim's subject pronoun ("il", "elle", "they", "it", "selon lui") or role noun ("le ministre") points
 * to, from the mentions of the sentences read so far in one article, and only when the analysis supports one answer:
 * the antecedent agrees in gender and number, and it is the subject of the previous sentence that names anyone of
 * that kind, or the only candidate there. Otherwise the pronoun stays and the claim says so
 * ({@link Reason#UNRESOLVED_REFERENCE}). One instance per article, fed every sentence in order.
 */
final class ReferenceResolver {

    /** How far back, in sentences, an antecedent is looked for. */
    static final int WINDOW = 3;

    /** Something a later pronoun may point to: a named person or organisation, or a noun phrase subject. */
    private record Entity(String name, boolean person, Gender gender, boolean plural, boolean subject, int position,
            String role, boolean organisation) {
    }

    private final ClaimLexicon lexicon;
    private final List<List<Entity>> sentences = new ArrayList<>();
    /** The nouns (lemmas) of each sentence read so far, for demonstratives. */
    private final List<java.util.Set<String>> nouns = new ArrayList<>();

    ReferenceResolver(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The clause's draft with its subject pronoun or role noun resolved when supported; flagged when unresolved. */
    ClaimDraft resolve(Clause clause) {
        ClaimDraft draft = clause.draft();
        ParsedSentence s = draft.sentence();
        Optional<Word> pronoun = leadingPronoun(draft, clause);
        if (pronoun.isEmpty()) {
            return demonstrative(possessive(describeRole(draft)));
        }
        Word p = pronoun.get();
        String text = s.articleText().substring(p.start(), Math.min(s.end(), p.start() + 40));
        if (lexicon.openingLength("impersonal", text.replaceFirst("^-t-|^-", "")) > 0 || isImpersonal(s, p)) {
            return draft;
        }
        // Inside a quote, "ils" is whoever the speaker meant: nothing outside the quote settles it.
        Optional<Entity> antecedent = ClauseSplitter.quoted(s).get(p.index()) ? Optional.empty() : antecedent(s, p);
        if (antecedent.isEmpty()) {
            return draft.because(Reason.UNRESOLVED_REFERENCE);
        }
        String name = antecedent.get().name();
        ClaimDraft resolved;
        if (p.form().startsWith("-")) {
            // "a-t-il affirmé": the name goes after the verb, "a affirmé Antoine Armand".
            BitSet pronounOnly = new BitSet();
            pronounOnly.set(p.index());
            resolved = draft.without(pronounOnly).appendingAfter(p.head() >= 0 ? p.head() : p.index(), name);
        } else {
            resolved = draft.replacing(p.index(), p.index() == draft.firstWord() ? capitalised(name) : name);
        }
        return resolved.because(Reason.DECONTEXTUALISED);
    }

    // "Il apparaît que ...", "it emerged that ...": a subject pronoun whose verb takes a clause and no object stands
    // for nothing; reporting verbs excepted ("il a dit que ...").
    private boolean isImpersonal(ParsedSentence s, Word pronoun) {
        if (pronoun.head() < 0) {
            return false;
        }
        Word verb = s.word(pronoun.head());
        String form = pronoun.form().replaceFirst("^-t-|^-", "");
        return (lexicon.isMasculinePronoun(form) || lexicon.isNeuterPronoun(form)) && !lexicon.isSpeechVerb(verb)
                && (s.child(verb.index(), "ccomp").isPresent() || s.child(verb.index(), "csubj").isPresent())
                && s.child(verb.index(), "obj").isEmpty();
    }

    /** Records the sentence's mentions, with the subject a resolved pronoun stood for, for the sentences after it. */
    void remember(ParsedSentence s, List<Clause> claims) {
        List<Entity> entities = new ArrayList<>();
        for (Word word : s.words()) {
            if (isNameHead(s, word)) {
                entities.add(named(s, word));
            } else if (word.is("nsubj") && word.pos().equals("NOUN")
                    && s.root().map(r -> r.index() == word.head()).orElse(false)) {
                // Only the main clause's subject: a noun the parser took for the subject of a buried clause is no
                // antecedent a reader would pick.
                entities.add(new Entity(nounPhrase(s, word.index()), false, nounGender(s, word), pluralNoun(s, word),
                        true, word.index(), "", false));
            }
        }
        for (Clause claim : claims) {
            Optional<Word> pronoun = leadingPronoun(claim.draft(), claim);
            if (pronoun.isPresent() && claim.draft().reasons().contains(Reason.DECONTEXTUALISED)) {
                Optional<Entity> antecedent = antecedent(s, pronoun.get());
                antecedent.ifPresent(a -> entities.add(new Entity(a.name(), a.person(), a.gender(), a.plural(), true,
                        pronoun.get().index(), a.role(), a.organisation())));
            }
        }
        sentences.add(entities);
        java.util.Set<String> named = new java.util.HashSet<>();
        s.words().stream().filter(w -> w.pos().equals("NOUN"))
                .forEach(w -> named.add(w.lemma().toLowerCase(Locale.ROOT)));
        nouns.add(named);
        if (nouns.size() > WINDOW) {
            nouns.remove(0);
        }
    }

    /** Who speaks in the clause: its reporting verb's subject, a pronoun resolved, or empty when unknown. */
    Optional<String> speakerOf(ParsedSentence s, int reportingVerb) {
        for (Word subject : s.children(reportingVerb)) {
            if (!subject.is("nsubj") && !subject.form().startsWith("-")) {
                continue;
            }
            if (subject.pos().equals("PRON")) {
                return isPersonalPronoun(subject.form().replaceFirst("^-t-|^-", ""))
                        ? antecedent(s, subject)
                                .map(Entity::name)
                        : Optional.empty();
            }
            if (isNameHead(s, subject) || subject.pos().equals("PROPN")) {
                return Optional.of(named(s, subject).name());
            }
            // "le directeur de l'usine, Marc Leroy, a expliqué": the name says who speaks better than the role.
            Optional<Word> name = s.children(subject.index(), "appos").stream().filter(w -> isNameHead(s, w))
                    .findFirst();
            return Optional.of(name.map(w -> named(s, w).name()).orElseGet(() -> nounPhrase(s, subject.index())));
        }
        return Optional.empty();
    }

    // The subject pronoun of the claim's predicate or of its reporting verb, or "lui" in "selon lui", when no name
    // comes before it in the claim.
    private Optional<Word> leadingPronoun(ClaimDraft draft, Clause clause) {
        ParsedSentence s = draft.sentence();
        BitSet kept = draft.kept();
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            Word w = s.word(i);
            if (isNameHead(s, w) || w.pos().equals("PROPN")) {
                return Optional.empty(); // a name comes first: the claim names its own subject
            }
            boolean subjectOfClause = w.is("nsubj")
                    && (w.head() == clause.predicate() || w.head() == clause.reportingVerb()
                            || w.head() >= 0 && s.word(w.head()).isRoot());
            boolean inverted = w.form().startsWith("-"); // "a-t-il dit": always the subject, whatever the parse
            if (w.pos().equals("PRON") && isPersonalPronoun(w.form().replaceFirst("^-t-|^-", ""))
                    && (subjectOfClause || inverted || underAccordingTo(s, w))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    // "Ce rapport a ..." stands alone as "Le rapport a ..." when a report was named in the sentences before.
    private ClaimDraft demonstrative(ClaimDraft draft) {
        ParsedSentence s = draft.sentence();
        int first = draft.firstWord();
        if (first < 0 || draft.isReplaced(first)) {
            return draft;
        }
        Word det = s.word(first);
        if (!det.is("det") || det.head() < 0) {
            return draft;
        }
        Word noun = s.word(det.head());
        Optional<String> article = lexicon.articleFor(det.form(), noun.form());
        if (article.isEmpty() || !noun.pos().equals("NOUN") || !(noun.is("nsubj") || noun.is("nsubj:pass"))) {
            return draft;
        }
        boolean named = nouns.stream().anyMatch(n -> n.contains(noun.lemma().toLowerCase(Locale.ROOT)));
        if (!named) {
            return draft.because(Reason.UNRESOLVED_REFERENCE);
        }
        return draft.replacing(first, capitalised(article.get())).because(Reason.DECONTEXTUALISED);
    }

    // "His refusal" stands alone as "Corbyn's refusal" when the possessive's owner is resolved (English only).
    private ClaimDraft possessive(ClaimDraft draft) {
        ParsedSentence s = draft.sentence();
        int first = draft.firstWord();
        if (first < 0 || !lexicon.language().equals("en")) {
            return draft;
        }
        Word w = s.word(first);
        String form = w.form().toLowerCase(Locale.ROOT);
        if (!w.is("nmod:poss") || !(form.equals("his") || form.equals("her"))) {
            return draft;
        }
        Optional<Entity> owner = antecedent(s, new Word(w.index(), form.equals("his") ? "he" : "she", "", "PRON",
                "PRP", "O", w.head(), "nsubj", w.start(), w.end()));
        return owner.filter(Entity::person)
                .map(o -> draft.replacing(w.index(), o.name() + "'s").because(Reason.DECONTEXTUALISED))
                .orElse(draft.because(Reason.UNRESOLVED_REFERENCE));
    }

    private boolean underAccordingTo(ParsedSentence s, Word w) {
        return s.children(w.index(), "case").stream().anyMatch(c -> lexicon.isAccordingTo(c.form()));
    }

    private boolean isPersonalPronoun(String form) {
        return lexicon.isMasculinePronoun(form) || lexicon.isFemininePronoun(form) || lexicon.isPluralPronoun(form)
                || lexicon.isNeuterPronoun(form) || form.equalsIgnoreCase("lui") || form.equalsIgnoreCase("eux");
    }

    private Optional<Entity> antecedent(ParsedSentence s, Word pronoun) {
        String form = pronoun.form().replaceFirst("^-t-|^-", "").toLowerCase(Locale.ROOT);
        boolean plural = lexicon.isPluralPronoun(form) || form.equals("eux");
        boolean neuter = lexicon.isNeuterPronoun(form);
        Gender gender = lexicon.isFemininePronoun(form) || form.equals("elle")
                ? Gender.FEMALE
                : lexicon.isMasculinePronoun(form) || form.equals("lui") ? Gender.MALE : Gender.UNKNOWN;
        int from = sentences.size() - 1;
        // The current sentence may hold the antecedent in an earlier clause ("X est arrivé et il a dit").
        List<List<Entity>> window = new ArrayList<>();
        window.add(currentSentenceBefore(s, pronoun));
        for (int k = from; k >= 0 && k > from - WINDOW; k--) {
            window.add(sentences.get(k));
        }
        boolean personPronoun = !plural && !neuter;
        boolean speaks = pronoun.head() >= 0 && lexicon.isSpeechVerb(s.word(pronoun.head()));
        for (int k = 0; k < window.size(); k++) {
            List<Entity> entities = window.get(k);
            List<Entity> persons = entities.stream()
                    .filter(e -> e.person() || speaks && e.organisation() && e.subject()).toList();
            if (personPronoun && !persons.isEmpty()) {
                // The nearest sentence naming a person decides: its subject, or its only person of that gender.
                List<Entity> candidates = persons.stream().filter(e -> agrees(e, gender)).toList();
                List<Entity> subjects = candidates.stream().filter(Entity::subject).toList();
                if (!subjects.isEmpty() && subjects.stream().map(Entity::name).distinct().count() == 1) {
                    return Optional.of(subjects.get(0));
                }
                return candidates.stream().map(Entity::name).distinct().count() == 1
                        ? Optional.of(candidates.get(0))
                        : Optional.empty();
            }
            if (k == 1 && !speaks && (!personPronoun || lexicon.language().equals("fr"))) {
                // A thing ("it", "they", French "il" for "le texte"): only the previous sentence's subject, and only
                // when it is the one noun phrase of its kind there.
                List<Entity> things = entities.stream().filter(e -> !e.person() && e.plural() == plural)
                        .filter(e -> personPronoun ? e.gender() == gender : true).toList();
                List<Entity> subjects = things.stream().filter(Entity::subject).toList();
                if (subjects.size() == 1 && things.size() == 1) {
                    return Optional.of(subjects.get(0));
                }
            }
            if (k >= 1 && !personPronoun) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<Entity> currentSentenceBefore(ParsedSentence s, Word pronoun) {
        List<Entity> entities = new ArrayList<>();
        for (Word word : s.words()) {
            if (word.index() < pronoun.index() && isNameHead(s, word) && (word.is("nsubj") || nameSubject(s, word))) {
                entities.add(named(s, word));
            }
        }
        return entities;
    }

    // "Elle" or "she" stands for a person only when the text or the first name shows that person's gender: a guess
    // between two people would put words in the wrong mouth.
    private static boolean agrees(Entity entity, Gender pronoun) {
        return entity.person() && pronoun != Gender.UNKNOWN
                ? entity.gender() == pronoun
                : entity.gender().compatibleWith(pronoun);
    }

    // "Le ministre a ajouté": the role noun of exactly one person named earlier gets that person's name beside it.
    private ClaimDraft describeRole(ClaimDraft draft) {
        ParsedSentence s = draft.sentence();
        int first = draft.firstWord();
        if (first < 0) {
            return draft;
        }
        for (int i = first; i < s.size() && draft.keeps(i); i++) {
            Word w = s.word(i);
            if (w.is("nsubj") && w.pos().equals("NOUN")
                    && s.children(w.index()).stream().noneMatch(c -> c.isNamedEntity()
                            || c.is("appos") || c.is("flat"))
                    && s.children(w.index(), "det").stream()
                            .anyMatch(d -> lexicon.isSingularDeterminer(d.form()) || d.lemma().equals("the"))) {
                List<Entity> holders = sentences.stream().flatMap(List::stream)
                        .filter(e -> e.person() && e.role().equals(w.lemma())).toList();
                if (holders.stream().map(Entity::name).distinct().count() == 1) {
                    int last = s.subtree(w.index(), c -> !(c.is("acl") || c.is("punct") || c.is("appos"))).length()
                            - 1;
                    return draft.appendingAfter(last, ", " + holders.get(0).name() + ",")
                            .because(Reason.DECONTEXTUALISED);
                }
                return draft;
            }
            if (w.pos().equals("PROPN") || w.isNamedEntity() || w.isVerb()) {
                return draft;
            }
        }
        return draft;
    }

    private static boolean isNameHead(ParsedSentence s, Word w) {
        if (!(w.entity().equals("PERSON") || w.entity().equals("ORGANIZATION")) || !w.pos().equals("PROPN")) {
            return false;
        }
        // The head of a multi-word name: not a flat/compound part of another name word.
        return !(w.is("flat") || w.is("compound")) || w.head() < 0 || !s.word(w.head()).entity().equals(w.entity());
    }

    private boolean nameSubject(ParsedSentence s, Word name) {
        // "Le ministre, Antoine Armand, a dit": the name is an apposition of the subject.
        return name.is("appos") && name.head() >= 0 && s.word(name.head()).is("nsubj");
    }

    private Entity named(ParsedSentence s, Word head) {
        int first = head.index();
        int last = head.index();
        while (first > 0 && s.word(first - 1).entity().equals(head.entity())
                && s.word(first - 1).pos().equals("PROPN")) {
            first--;
        }
        while (last + 1 < s.size() && s.word(last + 1).entity().equals(head.entity())
                && s.word(last + 1).pos().equals("PROPN")) {
            last++;
        }
        boolean person = head.entity().equals("PERSON");
        // An organisation is named with its article ("l'Insee", "the Electoral Commission"); a person without.
        int nameStart = first;
        int nameEnd = last;
        Optional<Word> article = person
                ? Optional.empty()
                : s.children(head.index(), "det").stream()
                        .filter(d -> d.index() < nameStart && d.index() >= nameStart - 2).findFirst();
        String name = article.map(d -> s.text(d.index(), nameEnd)).orElse(s.text(nameStart, nameEnd));
        if (article.isPresent() && !name.isEmpty()) {
            name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        String role = "";
        Gender gender = Gender.UNKNOWN;
        if (head.is("appos") && head.head() >= 0 && s.word(head.head()).pos().equals("NOUN")) {
            Word roleNoun = s.word(head.head());
            role = roleNoun.lemma();
            gender = nounGender(s, roleNoun);
        } else {
            Optional<Word> appos = s.child(head.index(), "appos");
            if (appos.isPresent() && appos.get().pos().equals("NOUN")) {
                role = appos.get().lemma();
            }
            for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
                Word before = s.word(k);
                if (role.isEmpty() && before.pos().equals("NOUN") && before.head() == head.index()) {
                    role = before.lemma();
                }
            }
        }
        if (first > 0) {
            String title = s.word(first - 1).form();
            if (lexicon.mentions("masculine-titles", title)) {
                gender = Gender.MALE;
            } else if (lexicon.mentions("feminine-titles", title)) {
                gender = Gender.FEMALE;
            }
        }
        if (gender == Gender.UNKNOWN && person && last > first) {
            gender = FirstNames.bundled().genderOf(s.word(first).form());
        }
        boolean subject = head.is("nsubj") || nameSubject(s, head);
        return new Entity(name, person, gender, false, subject, head.index(), role,
                head.entity().equals("ORGANIZATION"));
    }

    private Gender nounGender(ParsedSentence s, Word noun) {
        for (Word det : s.children(noun.index(), "det")) {
            if (lexicon.isMasculineDeterminer(det.form())) {
                return Gender.MALE;
            }
            if (lexicon.isFeminineDeterminer(det.form())) {
                return Gender.FEMALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private boolean pluralNoun(ParsedSentence s, Word noun) {
        if (noun.tag().equals("NNS") || noun.tag().equals("NNPS")) {
            return true;
        }
        return s.children(noun.index(), "det").stream().anyMatch(d -> lexicon.isPluralDeterminer(d.form()))
                || !s.children(noun.index(), "conj").isEmpty();
    }

    private static String nounPhrase(ParsedSentence s, int noun) {
        BitSet words = s.subtree(noun, w -> !(w.is("acl") || w.is("appos") || w.is("punct") || w.is("parataxis")
                || w.is("case") && w.head() == noun));
        int first = words.nextSetBit(0);
        int last = words.length() - 1;
        String text = s.text(first, last);
        // The phrase moves inside a claim: a capital that only opened its sentence goes.
        return first == 0 && !s.word(0).pos().equals("PROPN")
                ? text.substring(0, 1).toLowerCase(Locale.ROOT)
                        + text.substring(1)
                : text;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
