package io.claimdesk.core.extraction;

import static io.claimdesk.core.extraction.ClaimText.SP;
import static io.claimdesk.core.extraction.ClaimText.WORD_END;
import static io.claimdesk.core.extraction.ClaimText.WORD_START;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Follows the entities of one article, sentence after sentence, and rewrites a claim so that it stands alone:
 * pronouns ("il", "elle", "ils", "he"), possessives opening a clause ("ses forces"), role nouns ("ce commandant
 * militaire", "le général libyen", "the general"), trips ("ce déplacement") and "les deux parties" become the entity
 * they refer to. Rules only: names are capitalised runs, their gender and number come from the article before them
 * ("la Russie", "les Libyens"), persons are names with a title or a particle, and a role noun belongs to the most
 * recent entity introduced with it. One instance per article; not thread-safe.
 */
final class EntityTracker {

    private static final Pattern CONNECTOR = Pattern.compile("^(?:Par ailleurs|En outre|De plus|D['’]autre part"
            + "|Moreover|Furthermore|In addition|Besides)," + SP + "*");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^(Il|Elle|Ils|Elles|He|She|They)" + WORD_END
            + "(?!-)(?!" + SP + "+(?:s['’]agit|y" + SP + "+a|faut|semble|paraît|paraissait|reste|existe|est" + SP
            + "+\\p{Ll}+" + SP + "+(?:de|d['’]|que|qu['’])))");
    private static final Pattern INVERTED_PRONOUN = Pattern
            .compile("^(\\p{Lu}\\p{Ll}+)(-t)?-(il|elle|ils|elles)" + WORD_END);
    private static final Pattern POSSESSIVE = Pattern
            .compile("^(Ses|Sa|Son|Leurs|Leur|His|Her|Their)" + SP + "+(\\p{L}[\\p{L}\\-]*)");
    private static final Pattern TRIP = Pattern.compile(WORD_START + "(ce|cette|cet|Ce|Cette|Cet|this|This|that|That)"
            + SP + "+(déplacement|voyage|séjour|visite|visit|trip)" + WORD_END);
    private static final Pattern BOTH_SIDES = Pattern.compile(WORD_START + "(?:[lL]es deux (?:parties|camps)"
            + "|[tT]he two sides|[bB]oth sides)" + WORD_END);
    private static final Pattern PARTNER = Pattern.compile(WORD_START + "(?:avec|with)" + SP
            + "+((?:les|la|le|l['’]|des|the)" + SP + "*[^,.;:?!«»]{2,40}?)" + SP + "*(?=[,.;:?!]|$)");
    private static final Pattern TRIP_CUE = Pattern.compile("(?i)arriv|visite|visit|déplacement|voyage|trip");
    private static final Pattern DESTINATION = Pattern
            .compile(WORD_START + "(à|to|in)" + SP + "+(\\p{Lu}[\\p{L}\\-]+)" + WORD_END);
    private static final Pattern NAME_FOLLOWS = Pattern
            .compile("^" + SP + "*,?" + SP + "*(?:\\p{Lu}|(?:de|d['’]|du|of)" + SP + "*\\p{Lu})");
    private static final Pattern ROLE_BEFORE_NAME = Pattern
            .compile(WORD_START + "(?:le|la|l['’])" + SP + "*(\\p{Ll}+)(?:"
                    + SP + "+\\p{Ll}+)?," + SP + "*$");
    private static final String POST_ADJECTIVE = "(?:" + SP + "+\\p{Ll}+(?:ien|ienne|aire|ais|aise|al|ale|el|elle|ique"
            + "|ain|aine|ois|oise|if|ive|iste|en|enne|é|ée))?";
    private static final Set<String> PRE_ADJECTIVES = Set.of("ancien", "ancienne", "ex", "nouveau", "nouvel",
            "nouvelle", "actuel", "actuelle", "former", "current", "new", "then", "puissant", "sulfureux");
    private static final Set<String> GROUPS = Set.of("daech", "daesh", "isis", "isil", "al-qaïda", "al-qaida",
            "boko", "hamas", "hezbollah", "shebab", "talibans", "taliban");
    private static final Set<String> FEMININE_TITLES = Set.of("présidente", "reine", "ministre-présidente",
            "queen", "mrs", "ms");

    /** One entity of the article and what the article told of it so far. */
    private static final class Entity {

        final String name;
        String determiner = "";
        String title = "";
        boolean person;
        char gender = '?';
        boolean plural;
        final Set<String> roles = new LinkedHashSet<>();
        int lastSeen;

        Entity(String name) {
            this.name = name;
        }
    }

    private final boolean english;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byLastWord = new HashMap<>();
    /** Every role any entity has; the pattern finding them is rebuilt only when a new one is learnt. */
    private final Set<String> knownRoles = new HashSet<>();
    private Pattern rolePattern;
    private int clock;
    /** The entity the last sentence or claim was about: pronouns prefer it to a more recent object. */
    private Entity topic;
    private String partner;
    private String destination;

    EntityTracker(String language) {
        this.english = "en".equals(language);
    }

    /** Reads a piece of the article before the claims that follow it: names, titles, partners, destinations. */
    void observe(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        int length = sentence.length();
        for (int t = WordTokenizer.nextStart(sentence, 0, length); t < length;) {
            int end = WordTokenizer.end(sentence, t, length);
            tokens.add(new int[]{t, end});
            t = WordTokenizer.nextStart(sentence, end, length);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = text(sentence, tokens.get(i));
            if (!ClaimText.isNameToken(token)) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && onlySpacesBetween(sentence, tokens.get(j - 1), tokens.get(j))
                    && ClaimText.isNameToken(text(sentence, tokens.get(j)))
                    && ClaimText.stripElision(text(sentence, tokens.get(j))).equals(text(sentence, tokens.get(j)))) {
                j++;
            }
            List<String> run = new ArrayList<>();
            for (int k = i; k < j; k++) {
                run.add(ClaimText.stripElision(text(sentence, tokens.get(k))));
            }
            String title = "";
            if (run.size() > 1 && AtomicClaimSplitter.TITLES.contains(run.get(0).toLowerCase(Locale.ROOT))) {
                title = run.remove(0);
            }
            String name = String.join(" ", run);
            if (i == 0 && j == i + 1 && find(name) == null) {
                // A capital opening the sentence is a name only if the article already named it.
                continue;
            }
            String determiner = "";
            if (!token.equals(ClaimText.stripElision(token))) {
                determiner = token.substring(0, 2).toLowerCase(Locale.ROOT);
            } else if (i > 0) {
                String previous = text(sentence, tokens.get(i - 1)).toLowerCase(Locale.ROOT);
                if (title.isEmpty() && AtomicClaimSplitter.TITLES.contains(previous)) {
                    title = previous;
                    previous = i > 1 ? text(sentence, tokens.get(i - 2)).toLowerCase(Locale.ROOT) : "";
                }
                determiner = previous;
            }
            if (title.isEmpty()) {
                // "le général libyen, Haftar": the role just before the name, in apposition, is his title.
                Matcher role = ROLE_BEFORE_NAME.matcher(sentence.substring(0, tokens.get(i)[0]));
                if (role.find() && AtomicClaimSplitter.TITLES.contains(role.group(1))) {
                    title = role.group(1);
                }
            }
            Entity mentioned = mention(name, determiner, title);
            if (i <= 2 && !title.isEmpty() || i <= 1) {
                topic = mentioned;
            }
            i = j - 1;
        }
        Matcher with = PARTNER.matcher(sentence);
        if (with.find()) {
            String found = with.group(1).strip();
            partner = found.startsWith("des ") ? "les " + found.substring(4) : found;
        }
        if (TRIP_CUE.matcher(sentence).find()) {
            Matcher place = DESTINATION.matcher(sentence);
            if (place.find()) {
                destination = (english ? "to " : "à ") + place.group(2);
            }
        }
    }

    /** Records what an apposition says of a name: "Haftar, commandant en chef de ..." makes "commandant" his role. */
    void learnRole(String name, String description) {
        Entity entity = find(name);
        if (entity == null) {
            entity = add(name);
        }
        for (String token : WordTokenizer.words(description.toLowerCase(Locale.ROOT))) {
            String word = ClaimText.stripElision(token);
            if (ClaimText.FUNCTION_WORDS.contains(word) || PRE_ADJECTIVES.contains(word)) {
                continue;
            }
            addRole(entity, word);
            if (AtomicClaimSplitter.TITLES.contains(word)) {
                entity.person = true;
                if (entity.gender == '?') {
                    entity.gender = FEMININE_TITLES.contains(word) ? 'f' : 'm';
                }
            }
            break;
        }
        entity.lastSeen = ++clock;
    }

    /** The claim's body with its references to earlier entities replaced by the entities themselves. */
    String rewrite(String body) {
        String text = CONNECTOR.matcher(body).replaceFirst("");
        text = ClaimText.capitalise(text);
        Matcher pronoun = SUBJECT_PRONOUN.matcher(text);
        if (pronoun.find()) {
            Entity entity = resolvePronoun(pronoun.group(1).toLowerCase(Locale.ROOT));
            if (entity != null) {
                entity.lastSeen = ++clock;
                topic = entity;
                text = ClaimText.capitalise(canonical(entity)) + text.substring(pronoun.end());
            }
        }
        Matcher inverted = INVERTED_PRONOUN.matcher(text);
        if (inverted.find()) {
            Entity entity = resolvePronoun(inverted.group(3));
            if (entity != null) {
                entity.lastSeen = ++clock;
                text = ClaimText.capitalise(canonical(entity)) + " " + inverted.group(1).toLowerCase(Locale.ROOT)
                        + text.substring(inverted.end(1));
            }
        }
        Matcher possessive = POSSESSIVE.matcher(text);
        if (possessive.find()) {
            String owner = possessive.group(1).toLowerCase(Locale.ROOT);
            Entity entity = owner.startsWith("leur") || owner.equals("their")
                    ? latest(e -> e.plural)
                    : latest(e -> e.person);
            if (entity != null) {
                String noun = possessive.group(2);
                String replaced = english
                        ? canonical(entity) + "'s " + noun
                        : possessiveArticle(owner, noun) + noun + " " + of(canonical(entity));
                text = ClaimText.capitalise(replaced) + text.substring(possessive.end());
            }
        }
        text = fullNameFirst(text);
        text = resolveRoles(text);
        text = resolveTrips(text);
        Entity focus = latest(e -> e.person);
        if (focus != null && partner != null) {
            Matcher both = BOTH_SIDES.matcher(text);
            if (both.find()) {
                String pair = canonical(focus) + (english ? " and " : " et ") + partner;
                text = text.substring(0, both.start()) + (both.start() == 0 ? ClaimText.capitalise(pair) : pair)
                        + text.substring(both.end());
            }
        }
        return text;
    }

    /**
     * A bare surname opening the claim gets the title the article gave it: "Haftar est ..." → "Le général Haftar est".
     */
    private String fullNameFirst(String text) {
        int end = ClaimText.nameRunEnd(text, 0);
        if (end == 0) {
            return text;
        }
        Entity entity = find(text.substring(0, end));
        if (entity == null || entity.title.isEmpty() || !entity.name.equals(text.substring(0, end))) {
            return text;
        }
        return ClaimText.capitalise(canonical(entity)) + text.substring(end);
    }

    /** "ce commandant militaire" → "le commandant militaire Haftar"; "the general" → "General Haftar". */
    private String resolveRoles(String text) {
        if (knownRoles.isEmpty()) {
            return text;
        }
        if (rolePattern == null) {
            rolePattern = rolePattern(knownRoles);
        }
        Pattern pattern = rolePattern;
        Map<String, Entity> byRole = null;
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (byRole == null) {
                // Taken once, before this claim's replacements make their entities the latest seen.
                byRole = latestByRole();
            }
            Entity entity = byRole.get(m.group(4).toLowerCase(Locale.ROOT));
            String after = text.substring(m.end());
            if (entity == null || NAME_FOLLOWS.matcher(after).find() || after.strip().startsWith(entity.name)) {
                continue;
            }
            out.append(text, last, m.start());
            String determiner = m.group(1);
            String replacement;
            if (english && m.group(3) == null) {
                replacement = entity.title.isEmpty() ? entity.name : canonical(entity);
            } else {
                replacement = definite(determiner) + m.group(2) + (m.group(3) == null ? "" : m.group(3))
                        + m.group(4) + m.group(5) + " " + entity.name;
            }
            out.append(replacement);
            entity.lastSeen = ++clock;
            if (m.start() == 0) {
                topic = entity;
            }
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    /** Each role's entity: the one seen last among those that have it. */
    private Map<String, Entity> latestByRole() {
        Map<String, Entity> byRole = new HashMap<>();
        for (Entity entity : entities) {
            for (String role : entity.roles) {
                Entity known = byRole.get(role);
                if (known == null || known.lastSeen < entity.lastSeen) {
                    byRole.put(role, entity);
                }
            }
        }
        return byRole;
    }

    private void addRole(Entity entity, String role) {
        entity.roles.add(role);
        if (knownRoles.add(role)) {
            rolePattern = null;
        }
    }

    private Pattern rolePattern(Set<String> roles) {
        String alternatives = roles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String determiners = english
                ? "the|The|this|This|that|That"
                : "le|la|l['’]|ce|cet|cette|du|au|Le|La|L['’]|Ce|Cet|Cette|Du|Au";
        return Pattern.compile(WORD_START + "(" + determiners + ")(" + SP + "*)((?:[\"«“]" + SP + "*)?\\p{Ll}+(?:"
                + SP + "*[\"»”])?" + SP + "+)??((?i:" + alternatives + "))" + WORD_END + "(" + POST_ADJECTIVE + ")"
                + WORD_END);
    }

    /** "ce déplacement du général Haftar" → "le déplacement du général Haftar à Moscou". */
    private String resolveTrips(String text) {
        Matcher trip = TRIP.matcher(text);
        if (!trip.find()) {
            return text;
        }
        Entity focus = latest(e -> e.person);
        String noun = trip.group(2);
        String head = english ? "the " + noun : definite(trip.group(1)) + " " + noun;
        int end = trip.end();
        String complement = "";
        Matcher owner = Pattern.compile("^" + SP + "+(?:du|de la|de|d['’]|of)" + SP + "*").matcher(text.substring(end));
        if (owner.find()) {
            int nameStart = end + owner.end();
            int k = nameStart;
            // Skip a title before the name: "du général Haftar".
            if (nameStart < text.length() && WordTokenizer.nextStart(text, nameStart, text.length()) == nameStart) {
                int wordEnd = WordTokenizer.end(text, nameStart, text.length());
                if (AtomicClaimSplitter.TITLES.contains(text.substring(nameStart, wordEnd).toLowerCase(Locale.ROOT))) {
                    k = wordEnd + 1;
                }
            }
            int nameEnd = ClaimText.nameRunEnd(text, Math.min(k, text.length()));
            if (nameEnd > k) {
                complement = text.substring(end, nameEnd);
                end = nameEnd;
            }
        } else if (focus != null) {
            complement = english ? " of " + canonical(focus) : " " + of(canonical(focus));
        }
        if (complement.isEmpty() && focus == null) {
            return text;
        }
        String where = destination == null ? "" : " " + destination;
        String replaced = head + complement + where;
        return text.substring(0, trip.start()) + (trip.start() == 0 ? ClaimText.capitalise(replaced) : replaced)
                + text.substring(end);
    }

    private Entity resolvePronoun(String pronoun) {
        Entity latest = latestFor(pronoun);
        if (topic != null && latest != null && topic != latest && accepts(pronoun, topic)) {
            return topic;
        }
        return latest;
    }

    private boolean accepts(String pronoun, Entity entity) {
        return latestFor(pronoun) != null && switch (pronoun) {
            case "il", "he" -> entity.person && entity.gender != 'f' && !entity.plural;
            case "she" -> entity.person && entity.gender == 'f';
            case "elle" -> entity.gender == 'f' && !entity.plural;
            case "ils", "they" -> entity.plural;
            case "elles" -> entity.plural && entity.gender == 'f';
            default -> false;
        };
    }

    private Entity latestFor(String pronoun) {
        return switch (pronoun) {
            case "il", "he" -> latest(e -> e.person && e.gender != 'f' && !e.plural);
            case "she" -> latest(e -> e.person && e.gender == 'f');
            case "elle" -> latest(e -> e.gender == 'f' && !e.plural);
            case "ils", "they" -> latest(e -> e.plural);
            case "elles" -> latest(e -> e.plural && e.gender == 'f');
            default -> null;
        };
    }

    private Entity latest(java.util.function.Predicate<Entity> filter) {
        Entity best = null;
        for (Entity entity : entities) {
            if (filter.test(entity) && (best == null || entity.lastSeen > best.lastSeen)) {
                best = entity;
            }
        }
        return best;
    }

    private Entity mention(String name, String determiner, String title) {
        Entity entity = find(name);
        if (entity == null) {
            entity = add(name);
        }
        if (entity.determiner.isEmpty() && !determiner.isEmpty()
                && Set.of("le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "the").contains(determiner)) {
            entity.determiner = determiner;
            switch (determiner) {
                case "la" -> entity.gender = 'f';
                case "le", "du", "au" -> entity.gender = entity.gender == '?' ? 'm' : entity.gender;
                case "les", "des", "aux" -> entity.plural = true;
                default -> {
                }
            }
            if (english && determiner.equals("the") && name.endsWith("s")) {
                entity.plural = true;
            }
        }
        if (!title.isEmpty() && entity.title.isEmpty()) {
            entity.title = title;
            entity.person = true;
            addRole(entity, title.toLowerCase(Locale.ROOT));
            if (entity.gender == '?' || entity.determiner.equals("du") || entity.determiner.equals("le")) {
                entity.gender = FEMININE_TITLES.contains(title.toLowerCase(Locale.ROOT)) ? 'f' : 'm';
            }
        }
        // "Fayez al-Sarraj" is a person; "« al-Bunyan al-Marsous »", starting with the particle, names an operation.
        if (name.indexOf(' ') > 0 && Character.isUpperCase(name.charAt(0)) && (name.contains(" al-")
                || name.contains(" el-") || name.contains(" ben-") || name.contains(" bin-"))) {
            entity.person = true;
        }
        if (GROUPS.contains(name.toLowerCase(Locale.ROOT)) || GROUPS.contains(
                name.toLowerCase(Locale.ROOT).split(" ")[0])) {
            addRole(entity, english ? "group" : "groupe");
        }
        entity.lastSeen = ++clock;
        return entity;
    }

    /** The entity a name refers to: same last word ("Fayez al-Sarraj" and "al-Sarraj"). */
    private Entity find(String name) {
        return byLastWord.get(lastWord(name));
    }

    private Entity add(String name) {
        Entity entity = new Entity(name);
        entities.add(entity);
        byLastWord.put(lastWord(name), entity);
        return entity;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** How the article would name the entity in full: "le général Haftar", "la Russie", "General Haftar". */
    private String canonical(Entity entity) {
        if (!entity.title.isEmpty()) {
            if (english) {
                return ClaimText.capitalise(entity.title) + " " + entity.name;
            }
            String title = entity.title.toLowerCase(Locale.ROOT);
            String article = "aeiouéèêh".indexOf(title.charAt(0)) >= 0
                    ? "l'"
                    : entity.gender == 'f' ? "la " : "le ";
            return article + title + " " + entity.name;
        }
        if (english) {
            return entity.determiner.equals("the") ? "the " + entity.name : entity.name;
        }
        return switch (entity.determiner) {
            case "la" -> "la " + entity.name;
            case "le", "du", "au" -> "le " + entity.name;
            case "les", "des", "aux" -> "les " + entity.name;
            case "l'", "l’" -> "l'" + entity.name;
            default -> entity.name;
        };
    }

    /** "de" in front of a noun phrase, contracted: "du général Haftar", "des Libyens", "de la Russie". */
    private static String of(String phrase) {
        if (phrase.startsWith("le ")) {
            return "du " + phrase.substring(3);
        }
        if (phrase.startsWith("les ")) {
            return "des " + phrase.substring(4);
        }
        if (!phrase.isEmpty() && "aeiouéèêAEIOUÉÈÊ".indexOf(phrase.charAt(0)) >= 0) {
            return "d'" + phrase;
        }
        return "de " + phrase;
    }

    private static String possessiveArticle(String possessive, String noun) {
        if (possessive.equals("ses") || possessive.equals("leurs")) {
            return "les ";
        }
        if ("aeiouéèêh".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0) {
            return "l'";
        }
        return possessive.equals("sa") ? "la " : "le ";
    }

    /** The definite article matching a demonstrative, in the same case: "Ce" → "Le", "cette" → "la". */
    private static String definite(String determiner) {
        String lower = determiner.toLowerCase(Locale.ROOT);
        String replaced = switch (lower) {
            case "ce" -> "le";
            case "cette" -> "la";
            case "cet" -> "l'";
            case "this", "that" -> "the";
            default -> determiner;
        };
        if (replaced == determiner) {
            return determiner;
        }
        return Character.isUpperCase(determiner.charAt(0)) ? ClaimText.capitalise(replaced) : replaced;
    }

    private static boolean onlySpacesBetween(String s, int[] left, int[] right) {
        return s.substring(left[1], right[0]).isBlank();
    }

    private static String text(String s, int[] token) {
        return s.substring(token[0], token[1]);
    }
}
