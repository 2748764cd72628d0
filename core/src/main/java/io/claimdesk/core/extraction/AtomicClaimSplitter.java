package io.claimdesk.core.extraction;

import static io.claimdesk.core.extraction.ClaimText.SP;
import static io.claimdesk.core.extraction.ClaimText.WORD_END;
import static io.claimdesk.core.extraction.ClaimText.WORD_START;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts one sentence into atomic claims with rules, French first, English too: appositions ("L'ancien général de
 * Kadhafi, Haftar est ..." gives "Haftar est l'ancien général de Kadhafi"), coordinated clauses with a shared or
 * repeated subject, relative clauses on a name, quotations introduced by a colon (which keep their source as
 * attribution, across sentences until the quote closes), and the facts a rhetorical question presupposes ("l'erreur
 * que fut X", "X, intervention qui a Y", "Pourquoi ..."). A clause is kept whole whenever a rule is unsure. One
 * instance per article: it remembers an open quotation from one sentence to the next.
 */
final class AtomicClaimSplitter {

    /** A clause with fewer words is a fragment, not a claim of its own. */
    static final int MIN_CLAUSE_WORDS = 3;
    /** A subject longer than this is not repeated into the next clause. */
    static final int MAX_SUBJECT_WORDS = 12;

    private static final Pattern LEADING_ATTRIBUTION = Pattern
            .compile("^((?:Selon|D['’]après|According to)" + SP + "+[^,]{2,80}?)," + SP + "*");
    private static final Pattern QUOTE_AFTER_COLON = Pattern.compile(SP + "*:" + SP + "*[«“\"]" + SP + "*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(SP + "*;" + SP + "*|" + SP + "*:" + SP + "+|,?" + SP
            + "+(?:et|mais|and|but)" + SP + "+");
    private static final Pattern FRONTED_APPOSITION = Pattern.compile("^((?:L['’]|(?:Le|La|Les|Un|Une|The|A|An|Former"
            + "|Ancien|Ancienne|Ex)" + SP + "+)[^,]{3,80}?)," + SP + "+");
    private static final Pattern REPEATED_HEAD_RELATIVE = Pattern
            .compile("," + SP + "+(\\p{Ll}{3,})" + SP + "+(?:qui|which|that)" + SP + "+");
    private static final Pattern PRESUPPOSING_NOUN = Pattern.compile(WORD_START + "(?:l['’]erreur|la faute|le scandale"
            + "|l['’]échec|la tragédie|le drame|the mistake|the error|the failure|the scandal)" + SP
            + "+(?:que fut|qu['’]a été|qu['’]était|que furent|qu['’]ont été|that was|which was)" + SP + "+([^,?]+)");
    private static final Pattern GREEN_LIGHT = Pattern
            .compile("^(?:le|un)" + SP + "+feu vert" + SP + "+(\\p{Ll}+)" + SP + "+(à|au|aux)" + SP + "+(.+)$");
    private static final Pattern WHY_FR = Pattern
            .compile("^Pourquoi" + SP + "+(?:est-ce" + SP + "+qu['’e]" + SP + "*)?(.+?)" + SP + "*\\?\\s*$");
    private static final Pattern INVERTED_CLITIC = Pattern.compile("-(?:t-)?(?:il|elle|ils|elles|on)" + WORD_END);
    private static final Pattern PARTICIPLE = Pattern
            .compile("\\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ed|en)");
    private static final Pattern CLOSING_QUOTE = Pattern.compile(SP + "*[»”]");

    private static final Set<String> FINITE_FR = Set.of("est", "sont", "a", "ont", "était", "étaient", "avait",
            "avaient", "sera", "seront", "serait", "fut", "furent", "va", "vont", "doit", "doivent", "devra",
            "devront", "peut", "peuvent", "pourra", "ne", "se", "vise", "visent", "reconnaît", "reconnait",
            "demande", "demandent", "soutient", "soutiennent", "dirige", "affirme", "affirment", "déclare",
            "déclarent", "estime", "estiment", "reste", "restent");
    private static final Set<String> FINITE_EN = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "did", "does", "do", "said", "says", "met", "went", "took", "left", "made",
            "gave", "told", "held", "won", "led", "became", "began", "came", "saw", "sent", "fought", "brought",
            "built", "got", "lost", "paid", "spoke", "wrote", "found", "kept", "supports", "leads", "controls");
    private static final Set<String> SUBJECT_OPENERS = Set.of("le", "la", "les", "l", "un", "une", "des", "ce", "cet",
            "cette", "ces", "il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "he",
            "she", "they", "this", "these", "his", "her", "their", "its");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on", "he", "she",
            "they", "we");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("ils", "elles", "they", "we");
    private static final Set<String> PREPOSITIONS = Set.of("en", "dans", "depuis", "lors", "après", "avant", "in",
            "on", "during", "since", "after", "before", "last", "le");
    private static final Set<String> REPORTING_FR = Set.of("ont fait état", "a fait état", "a déclaré", "ont déclaré",
            "a affirmé", "ont affirmé", "a indiqué", "ont indiqué", "a annoncé", "ont annoncé", "a rapporté",
            "ont rapporté", "a précisé", "ont précisé", "affirme", "affirment", "déclare", "déclarent", "rapporte",
            "rapportent", "indique", "indiquent");
    private static final Set<String> REPORTING_EN = Set.of("said", "says", "reported", "stated", "told", "announced",
            "claimed", "wrote");
    private static final Pattern REPORTING_FR_PATTERN = reportingPattern(REPORTING_FR);
    private static final Pattern REPORTING_EN_PATTERN = reportingPattern(REPORTING_EN);
    /** Heads of descriptions that take no article after the copula in French: "Haftar est commandant en chef". */
    static final Set<String> TITLES = Set.of("général", "président", "présidente", "ministre", "colonel", "maréchal",
            "commandant", "chef", "roi", "reine", "prince", "émir", "sultan", "cheikh", "député", "sénateur", "maire",
            "porte-parole", "dirigeant", "dirigeante", "general", "president", "minister", "marshal", "commander",
            "mr", "mrs", "ms", "dr", "king", "queen", "sheikh", "senator", "mayor", "leader");
    private static final Set<String> FEMININE_ENDINGS = Set.of("tion", "sion", "té", "ure", "ence", "ance", "ée",
            "ie", "ette", "esse", "ade", "ise");
    private static final Set<String> MASCULINE_EXCEPTIONS = Set.of("bastion", "million", "avion", "camion",
            "lycée", "musée", "génie", "incendie", "parapluie");
    private static final Map<String, String> NATIONS = Map.ofEntries(Map.entry("russe", "la Russie"),
            Map.entry("américain", "les États-Unis"), Map.entry("français", "la France"),
            Map.entry("britannique", "le Royaume-Uni"), Map.entry("chinois", "la Chine"),
            Map.entry("turc", "la Turquie"), Map.entry("égyptien", "l'Egypte"), Map.entry("libyen", "la Libye"),
            Map.entry("iranien", "l'Iran"), Map.entry("israélien", "Israël"), Map.entry("allemand", "l'Allemagne"),
            Map.entry("italien", "l'Italie"), Map.entry("onusien", "l'ONU"),
            Map.entry("européen", "l'Union européenne"));

    private final boolean english;
    private final EntityTracker tracker;
    /** The attribution of a quotation opened in an earlier sentence and not closed yet, or null. */
    private String openQuoteAttribution;

    AtomicClaimSplitter(String language, EntityTracker tracker) {
        this.english = "en".equals(language);
        this.tracker = tracker;
    }

    /** The atomic claims of one sentence that starts at {@code offset} in the article, in reading order. */
    List<AtomicClaim> split(String sentence, int offset, boolean question) {
        List<AtomicClaim> claims = new ArrayList<>();
        if (openQuoteAttribution != null) {
            return continueQuotation(sentence, offset);
        }
        if (question) {
            presuppositions(sentence, offset, claims);
            return claims;
        }
        String attribution = "";
        int bodyStart = 0;
        Matcher lead = LEADING_ATTRIBUTION.matcher(sentence);
        if (lead.find()) {
            attribution = lead.group(1) + ", ";
            bodyStart = lead.end();
        }
        Matcher quote = QUOTE_AFTER_COLON.matcher(sentence);
        if (quote.find(bodyStart) && quote.start() > bodyStart) {
            String quoteAttribution = reportingAttribution(sentence.substring(bodyStart, quote.start()));
            clauses(sentence, bodyStart, quote.start(), attribution, offset, claims);
            int quoteEnd = sentence.length();
            Matcher closing = CLOSING_QUOTE.matcher(sentence);
            boolean closed = closing.find(quote.end());
            if (closed) {
                quoteEnd = closing.start();
            }
            String sourced = quoteAttribution != null ? quoteAttribution : attribution;
            claims.add(new AtomicClaim(sourced, ClaimText.finish(sentence.substring(quote.end(), quoteEnd)),
                    offset + quote.end(), offset + sentence.length(), Set.of()));
            if (!closed) {
                openQuoteAttribution = sourced;
            }
            return claims;
        }
        clauses(sentence, bodyStart, sentence.length(), attribution, offset, claims);
        return claims;
    }

    /** A sentence inside a quotation opened earlier: it keeps the quotation's source. */
    private List<AtomicClaim> continueQuotation(String sentence, int offset) {
        String attribution = openQuoteAttribution;
        String body = sentence;
        Matcher closing = CLOSING_QUOTE.matcher(sentence);
        if (closing.find()) {
            body = sentence.substring(0, closing.start());
            openQuoteAttribution = null;
        }
        if (sentence.indexOf('«') >= 0 || sentence.indexOf('“') >= 0) {
            // A new quotation opens: the old one is over whatever the typography says.
            openQuoteAttribution = null;
        }
        return List.of(new AtomicClaim(attribution, ClaimText.finish(body), offset, offset + sentence.length(),
                Set.of()));
    }

    /** "Selon les sources russes citées par « Izvestia », " when the clause before a quote reports it. */
    private String reportingAttribution(String left) {
        Matcher m = (english ? REPORTING_EN_PATTERN : REPORTING_FR_PATTERN).matcher(left.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String subject = withoutLeadingAdverbial(left.substring(0, m.start())).strip();
        if (subject.isEmpty() || wordCount(subject) > MAX_SUBJECT_WORDS) {
            return null;
        }
        return (english ? "According to " : "Selon ") + ClaimText.lowerOpening(subject) + ", ";
    }

    private static Pattern reportingPattern(Set<String> verbs) {
        return Pattern.compile(SP + "+(?:" + verbs.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                + WORD_END);
    }

    /** Splits {@code [from, to)} at clause breaks, then cuts appositions out of each clause. */
    private void clauses(String s, int from, int to, String attribution, int offset, List<AtomicClaim> claims) {
        List<int[]> ranges = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        String sharedSubject = null;
        int current = from;
        String currentSubject = "";
        Matcher br = CLAUSE_BREAK.matcher(s).region(from, to);
        while (br.find()) {
            String separator = br.group().strip().replace(",", "").strip();
            int rightStart = br.end();
            String right = s.substring(rightStart, to);
            if (WordTokenizer.count(s, current, br.start()) < MIN_CLAUSE_WORDS
                    || WordTokenizer.count(s, rightStart, to) < MIN_CLAUSE_WORDS) {
                continue;
            }
            List<Word> rightWords = words(right, 12);
            String repeated = null;
            if (separator.equals(";") || separator.equals(":")) {
                if (!startsClause(rightWords)) {
                    continue;
                }
            } else if (!rightWords.isEmpty() && isFinite(rightWords.get(0).group(), false)) {
                if (sharedSubject == null) {
                    sharedSubject = subjectOf(s.substring(from, br.start()));
                }
                if (sharedSubject == null) {
                    continue;
                }
                repeated = sharedSubject;
            } else if (!startsClause(rightWords)) {
                continue;
            }
            String pronoun = rightWords.get(0).group().toLowerCase(Locale.ROOT);
            if (repeated == null && SUBJECT_PRONOUNS.contains(pronoun)) {
                // "His forces captured X; they control Y": the pronoun stands for the subject just before it.
                String previous = subjectOf(s.substring(current, br.start()));
                if (previous != null && isPlural(previous) == PLURAL_PRONOUNS.contains(pronoun)) {
                    repeated = previous;
                    rightStart += rightWords.get(0).start() + rightWords.get(0).group().length();
                }
            }
            ranges.add(new int[]{current, br.start()});
            subjects.add(currentSubject);
            current = rightStart;
            currentSubject = repeated == null ? "" : repeated + " ";
        }
        ranges.add(new int[]{current, to});
        subjects.add(currentSubject);
        for (int i = 0; i < ranges.size(); i++) {
            int start = i == 0 ? 0 : ranges.get(i)[0];
            appositions(s, ranges.get(i)[0], ranges.get(i)[1], start, subjects.get(i), attribution, offset, claims,
                    Set.of());
        }
    }

    /**
     * Cuts appositions and relative clauses out of the clause {@code [a, b)} into claims of their own, then adds the
     * clause without them. {@code spanStart} is where the clause's source begins; {@code reasons} go to the cut claims.
     */
    private void appositions(String s, int a, int b, int spanStart, String subject, String attribution, int offset,
            List<AtomicClaim> claims, Set<Reason> reasons) {
        List<int[]> removed = new ArrayList<>();
        List<AtomicClaim> cut = new ArrayList<>();
        int mainStart = a;
        if (subject.isEmpty()) {
            Matcher fronted = FRONTED_APPOSITION.matcher(s).region(a, b);
            if (fronted.lookingAt()) {
                int nameEnd = ClaimText.nameRunEnd(s, fronted.end());
                String description = fronted.group(1);
                if (nameEnd > fronted.end() && nameEnd < b && Character.isLowerCase(firstLetterAfter(s, nameEnd))
                        && !hasFinite(description)) {
                    String name = s.substring(fronted.end(), nameEnd);
                    tracker.learnRole(name, description);
                    cut.add(claim(attribution, name + copula(name) + ClaimText.lowerOpening(description),
                            offset + a, offset + nameEnd, reasons));
                    mainStart = fronted.end();
                }
            }
        }
        for (int c = s.indexOf(',', mainStart); c >= 0 && c < b; c = s.indexOf(',', c + 1)) {
            int nameStart = ClaimText.nameRunStart(s, c);
            if (nameStart < mainStart) {
                continue;
            }
            int descStart = skipSpaces(s, c + 1);
            int descEnd = descriptionEnd(s, descStart, b);
            if (descEnd <= descStart) {
                continue;
            }
            String description = s.substring(descStart, descEnd).strip();
            List<Word> words = words(description, 3);
            if (words.size() < 2) {
                continue;
            }
            String first = words.get(0).group().toLowerCase(Locale.ROOT);
            String second = words.get(1).group().toLowerCase(Locale.ROOT);
            String name = s.substring(nameStart, c);
            String holder = nounPhraseOfName(s, mainStart, nameStart, c);
            String fact = null;
            int factStart = c - holder.length();
            if (first.equals("qui") || first.equals("who")) {
                fact = holder + " " + description.substring(words.get(1).start());
            } else if (PARTICIPLE.matcher(first).matches() && (second.equals("par") || second.equals("by"))) {
                String attached = attachedNounPhrase(s, mainStart, nameStart, c);
                factStart = c - attached.length();
                fact = attached + copula(attached) + description;
            } else if (isDeterminer(first) && !hasFinite(description)) {
                tracker.learnRole(name, description);
                fact = holder + copula(holder) + description;
            } else if (!ClaimText.FUNCTION_WORDS.contains(first) && Character.isLowerCase(description.charAt(0))
                    && !PARTICIPLE.matcher(first).matches() && !hasFinite(description)
                    && (Set.of("de", "du", "des", "en", "of").contains(second) || second.startsWith("d'")
                            || second.startsWith("d’") || TITLES.contains(first))) {
                tracker.learnRole(name, description);
                fact = holder + copula(holder) + article(first) + description;
            }
            if (fact == null) {
                continue;
            }
            int removeEnd = descEnd < s.length() && s.charAt(descEnd) == ',' ? descEnd + 1 : descEnd;
            removed.add(new int[]{c, removeEnd});
            cut.add(claim(attribution, fact, offset + factStart, offset + descEnd, reasons));
            c = descEnd - 1;
        }
        Matcher relative = REPEATED_HEAD_RELATIVE.matcher(s).region(mainStart, b);
        if (relative.find()) {
            String noun = relative.group(1);
            String before = s.substring(mainStart, relative.start());
            Matcher antecedent = Pattern
                    .compile(WORD_START + "(?:[lL]['’]|(?:le|la|les|Le|La|Les|the|The)" + SP + "+)"
                            + Pattern.quote(noun) + WORD_END)
                    .matcher(before);
            int found = -1;
            while (antecedent.find()) {
                found = antecedent.start();
            }
            if (found >= 0) {
                int end = descriptionEnd(s, relative.end(), b, true);
                String fact = s.substring(mainStart + found, relative.start()) + " "
                        + s.substring(relative.end(), end);
                cut.add(claim(attribution, fact, offset + mainStart + found, offset + end, reasons));
                removed.add(new int[]{relative.start(), end});
            }
        }
        StringBuilder main = new StringBuilder();
        int k = mainStart;
        for (int[] r : removed) {
            if (r[0] >= k) {
                main.append(s, k, r[0]);
                k = r[1];
            }
        }
        main.append(s, Math.min(k, b), b);
        String body = main.toString().strip();
        if (wordCount(body) >= MIN_CLAUSE_WORDS || cut.isEmpty()) {
            // The clause itself is said, not presupposed, even when what was cut out of it is.
            claims.add(new AtomicClaim(attribution, ClaimText.finish(subject + body), offset + spanStart,
                    offset + b, Set.of()));
        }
        claims.addAll(cut);
    }

    /**
     * The question, without the appositions and relative clauses cut out of it, and the facts it takes for granted:
     * the question stays a (low-scoring) claim, each presupposition is a statement of its own.
     */
    private void presuppositions(String s, int offset, List<AtomicClaim> claims) {
        Set<Reason> presupposed = EnumSet.of(Reason.PRESUPPOSED);
        appositions(s, 0, s.length(), 0, "", "", offset, claims, presupposed);
        Matcher noun = PRESUPPOSING_NOUN.matcher(s);
        while (noun.find()) {
            String event = noun.group(1).strip();
            String fact;
            Matcher green = GREEN_LIGHT.matcher(event);
            String nation = green.matches() ? NATIONS.get(masculine(green.group(1))) : null;
            if (nation != null) {
                fact = nation + " a donné son feu vert " + green.group(2) + " " + green.group(3);
            } else {
                fact = event + (english ? " happened" : " a eu lieu");
            }
            claims.add(claim("", fact, offset + noun.start(), offset + noun.end(), presupposed));
        }
        Matcher why = WHY_FR.matcher(s);
        if (why.matches()) {
            String statement = INVERTED_CLITIC.matcher(why.group(1)).replaceFirst("");
            claims.add(claim("", statement, offset, offset + s.length(), presupposed));
        }
    }

    private AtomicClaim claim(String attribution, String fact, int start, int end, Set<Reason> reasons) {
        return new AtomicClaim(attribution, ClaimText.finish(fact), start, end, reasons);
    }

    /** The name with its determiner and title when it has them: "le général Haftar", "General Haftar". */
    private static String nounPhraseOfName(String s, int from, int nameStart, int nameEnd) {
        return s.substring(holderStart(s, from, nameStart), nameEnd);
    }

    private static int holderStart(String s, int from, int nameStart) {
        List<int[]> before = tokensBefore(s, from, nameStart, 2);
        int start = nameStart;
        if (!before.isEmpty() && TITLES.contains(lower(s, before.get(0)))) {
            start = before.get(0)[0];
            if (before.size() > 1 && Set.of("le", "la", "les", "the").contains(lower(s, before.get(1)))) {
                start = before.get(1)[0];
            }
        }
        return start;
    }

    /**
     * The noun phrase an apposition after a name belongs to: the name itself, or, when the name ends a complement
     * ("le gouvernement ... dirigé par Fayez al-Sarraj"), the whole phrase from its determiner.
     */
    private static String attachedNounPhrase(String s, int from, int nameStart, int nameEnd) {
        List<int[]> before = tokensBefore(s, from, nameStart, 10);
        if (before.isEmpty() || !Set.of("par", "de", "du", "by", "of").contains(lower(s, before.get(0)))) {
            return nounPhraseOfName(s, from, nameStart, nameEnd);
        }
        for (int[] token : before) {
            String word = lower(s, token);
            if (FINITE_FR.contains(word) || FINITE_EN.contains(word) || word.equals("pas")) {
                break;
            }
            if (Set.of("le", "la", "les", "the").contains(word) || word.startsWith("l'") || word.startsWith("l’")) {
                return s.substring(token[0], nameEnd);
            }
        }
        return nounPhraseOfName(s, from, nameStart, nameEnd);
    }

    /** Word spans before {@code end}, nearest first, not before {@code from}. */
    private static List<int[]> tokensBefore(String s, int from, int end, int max) {
        List<int[]> tokens = new ArrayList<>();
        for (int t = WordTokenizer.nextStart(s, from, end); t < end;) {
            int tokenEnd = WordTokenizer.end(s, t, end);
            tokens.add(0, new int[]{t, tokenEnd});
            t = WordTokenizer.nextStart(s, tokenEnd, end);
        }
        return tokens.size() > max ? tokens.subList(0, max) : tokens;
    }

    private static String lower(String s, int[] token) {
        return s.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
    }

    /** Where a description after a comma ends: the next comma or the final punctuation. */
    private static int descriptionEnd(String s, int from, int b) {
        return descriptionEnd(s, from, b, false);
    }

    private static int descriptionEnd(String s, int from, int b, boolean throughCommas) {
        int end = b;
        if (!throughCommas) {
            int comma = s.indexOf(',', from);
            if (comma >= 0 && comma < b) {
                end = comma;
            }
        }
        while (end > from && (".?!…»” \u00A0\u202F".indexOf(s.charAt(end - 1)) >= 0
                || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    private String copula(String subject) {
        String first = ClaimText.firstWord(subject).toLowerCase(Locale.ROOT);
        if (english) {
            return first.equals("the") && subject.strip().endsWith("s") ? " are " : " is ";
        }
        return first.equals("les") || first.equals("des") ? " sont " : " est ";
    }

    /** "un"/"une" before a bare noun ("Syrte est un bastion"), nothing before a title ("est commandant en chef"). */
    private String article(String noun) {
        if (TITLES.contains(noun)) {
            return "";
        }
        if (english) {
            return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
        }
        boolean feminine = FEMININE_ENDINGS.stream().anyMatch(noun::endsWith) && !MASCULINE_EXCEPTIONS.contains(noun);
        return feminine ? "une " : "un ";
    }

    private static String masculine(String adjective) {
        if (adjective.endsWith("enne")) {
            return adjective.substring(0, adjective.length() - 2);
        }
        if (adjective.endsWith("aine") || adjective.endsWith("ande") || adjective.endsWith("aise")
                || adjective.endsWith("oise") || adjective.endsWith("ienne") || adjective.endsWith("que")) {
            return adjective.endsWith("que")
                    ? adjective.substring(0, adjective.length() - 3) + "c"
                    : adjective.substring(0, adjective.length() - 1);
        }
        return adjective;
    }

    private static boolean isPlural(String subject) {
        String last = subject.strip().toLowerCase(Locale.ROOT);
        return !ClaimText.isNameToken(ClaimText.firstWord(subject)) && (last.endsWith("s") || last.endsWith("x"));
    }

    private static boolean isDeterminer(String word) {
        return Set.of("le", "la", "les", "un", "une", "the", "a", "an").contains(word) || word.startsWith("l'")
                || word.startsWith("l’");
    }

    /** The subject of a clause: its words before the first finite verb, when short enough to repeat. */
    private String subjectOf(String clause) {
        String body = withoutLeadingAdverbial(clause);
        List<Word> words = words(body, MAX_SUBJECT_WORDS + 1);
        for (int i = 1; i < words.size(); i++) {
            if (isFinite(words.get(i).group(), true) && !precededByDeterminer(words, i)) {
                String subject = body.substring(0, words.get(i).start()).strip();
                while (subject.endsWith(",")) {
                    subject = subject.substring(0, subject.length() - 1).strip();
                }
                int comma = subject.indexOf(',');
                if (comma > 0) {
                    // "Khalifa Haftar, the former general of Gaddafi": the apposition is a claim of its own.
                    subject = subject.substring(0, comma).strip();
                }
                return subject.isEmpty() ? null : subject;
            }
        }
        return null;
    }

    private static boolean precededByDeterminer(List<Word> words, int i) {
        String previous = words.get(i - 1).group().toLowerCase(Locale.ROOT);
        return SUBJECT_OPENERS.contains(previous) && !SUBJECT_PRONOUNS.contains(previous);
    }

    /** Drops "En octobre dernier, " or "On Sunday, " before the subject. */
    private static String withoutLeadingAdverbial(String clause) {
        String stripped = clause.strip();
        int comma = stripped.indexOf(',');
        String first = ClaimText.firstWord(stripped).toLowerCase(Locale.ROOT);
        if (comma > 0 && comma < 40 && PREPOSITIONS.contains(first)) {
            return stripped.substring(comma + 1).strip();
        }
        return stripped;
    }

    /** A clause of its own opens here: a subject (determiner, pronoun, name) then a finite verb within 8 words. */
    private boolean startsClause(List<Word> words) {
        if (words.size() < 2) {
            return false;
        }
        String first = words.get(0).group();
        String bare = ClaimText.stripElision(first).toLowerCase(Locale.ROOT);
        boolean opener = SUBJECT_OPENERS.contains(bare) || SUBJECT_OPENERS.contains(first.toLowerCase(Locale.ROOT))
                || first.startsWith("l'") || first.startsWith("l’") || ClaimText.isNameToken(first);
        if (!opener) {
            return false;
        }
        if (SUBJECT_PRONOUNS.contains(first.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = 1; i < Math.min(words.size(), 9); i++) {
            if (isFinite(words.get(i).group(), true) && !precededByDeterminer(words, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFinite(String text) {
        for (Word word : words(text, 40)) {
            if (isFinite(word.group(), false)) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb or its negation; with {@code pastTense}, English "-ed" words count too (not at the start). */
    private boolean isFinite(String token, boolean pastTense) {
        String word = token.toLowerCase(Locale.ROOT);
        if (english) {
            return FINITE_EN.contains(word) || pastTense && word.length() > 4 && word.endsWith("ed");
        }
        return FINITE_FR.contains(word) || word.startsWith("n'") || word.startsWith("n’") || word.startsWith("s'")
                || word.startsWith("s’");
    }

    private static List<Word> words(String text, int max) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        for (int t = WordTokenizer.nextStart(text, 0, length); words.size() < max && t < length;) {
            int end = WordTokenizer.end(text, t, length);
            words.add(new Word(text.substring(t, end), t));
            t = WordTokenizer.nextStart(text, end, length);
        }
        return words;
    }

    /** A word and where it starts. */
    private record Word(String group, int start) {
    }

    private static int wordCount(String text) {
        return WordTokenizer.count(text);
    }

    private static int skipSpaces(String s, int i) {
        int k = i;
        while (k < s.length() && (Character.isWhitespace(s.charAt(k)) || Character.isSpaceChar(s.charAt(k)))) {
            k++;
        }
        return k;
    }

    private static char firstLetterAfter(String s, int i) {
        for (int k = i; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return s.charAt(k);
            }
        }
        return 'A';
    }
}
