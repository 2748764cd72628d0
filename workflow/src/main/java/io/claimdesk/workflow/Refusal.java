package io.claimdesk.workflow;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every refusal the workflow writes, as a code and its English template: {@code {0}}, {@code {1}}… stand for the
 * arguments and are replaced as they are (no MessageFormat: apostrophes stay, ids get no digit grouping). The pages
 * translate a code with {@code messages/refusals_fr.properties}; the API shows the English.
 */
public enum Refusal {

    // Claims and the review workflow
    CLAIM_NOT_FOUND("No claim with id {0}."), CLAIM_CHANGED_SINCE(
            "Claim {0} was changed by someone else since you loaded it (you had version {1}, it is now"
                    + " version {2} and {3}); reload it and try again."), ACTION_NOT_IN_STATUS(
                            "Cannot {0} claim {1}: it is {2}."), ROLE_NOT_IN_STATUS(
                                    "{0} may not {1} a claim that is {2}."), NO_ROLE_FOR_ACTION(
                                            "{0} holds none of the roles allowed to {1}."), NOT_THE_ASSIGNEE(
                                                    "Only the assigned reviewer ({0}) may write this claim's verdict."), FOUR_EYES(
                                                            "You wrote this verdict; another editor must decide on it (four-eyes rule)."), CORRECTION_NOT_SUBMITTED(
                                                                    "The corrected verdict has not been submitted yet."), REASON_REQUIRED_TO_DISCARD(
                                                                            "A reason is required to discard a claim."), REASON_REQUIRED_TO_REJECT(
                                                                                    "A reason is required to send a verdict back."), NOTE_REQUIRED_TO_REOPEN(
                                                                                            "A reason is required to reopen a verdict for correction (the correction note)."), TEXT_TOO_LONG(
                                                                                                    "The text is longer than {0} characters."), NOT_A_REVIEWER_FOR_CORRECTION(
                                                                                                            "'{0}' is not a user holding the reviewer role; name the reviewer who should"
                                                                                                                    + " correct the verdict."),

    // Verdicts: {0} of DRAFT_NOT_SAVED and VERDICT_INCOMPLETE is the list of the problems below
    DRAFT_NOT_SAVED("The draft cannot be saved: {0}."), VERDICT_INCOMPLETE(
            "The verdict is incomplete: {0}."), RATING_REQUIRED("rating is required"), EXPLANATION_REQUIRED(
                    "explanation is required"), SOURCE_REQUIRED(
                            "at least one source URL or evidence item is required"), EXPLANATION_TOO_LONG(
                                    "explanation is longer than {0} characters"), TOO_MANY_SOURCES(
                                            "at most {0} sources"), SOURCE_NOT_HTTP(
                                                    "source '{0}' is not an http(s) URL"), TOO_MANY_EVIDENCE_ITEMS(
                                                            "at most {0} evidence items"), EVIDENCE_NEEDS_URL(
                                                                    "evidence item {0} needs an http(s) URL"), EVIDENCE_TOO_LONG(
                                                                            "evidence item {0} has a quote or note longer than {1} characters"),

    // Assignment
    ALREADY_ASSIGNED("Claim {0} is already with {1}."), DEADLINE_IN_PAST(
            "The deadline {0} is in the past."), DEADLINE_TOO_FAR(
                    "The deadline {0} is more than {1} years ahead; give a date within {1} years."), REVIEWER_NAME_MISSING(
                            "Name the reviewer to assign, or choose another strategy."), NOT_A_REVIEWER(
                                    "'{0}' is not a user holding the reviewer role."), NO_REVIEWERS(
                                            "No user holds the reviewer role: add one in Keycloak, or name a reviewer."), NO_REVIEWER_FOR_LANGUAGE(
                                                    "No reviewer lists the language '{0}' (Keycloak user attribute 'languages'); name a"
                                                            + " reviewer or assign by load."), CLAIM_WITHOUT_TOPICS(
                                                                    "Claim {0} has no topics: edit its topics, or assign it another way."), NO_REVIEWER_FOR_TOPICS(
                                                                            "No reviewer covers the topics {0} (Keycloak user attribute 'topics'); name a reviewer or"
                                                                                    + " assign by load."),

    // Team edits
    NOTHING_TO_CHANGE("Nothing to change: send a new text or new topics."), SPLIT_PART_COUNT(
            "Split a claim into 2 to {0} parts, each with its text."), SPLIT_PART_EMPTY(
                    "A part of the split is empty."), MERGE_CLAIM_COUNT(
                            "Merge 2 to {0} different claims."), MERGE_ACROSS_ARTICLES(
                                    "Only claims of the same article can be merged."), SPAN_REQUIRED(
                                            "Give the span (start and end offsets in the article text) of the claim to add."), SPAN_OUTSIDE_TEXT(
                                                    "The span {0}–{1} is not inside the article's text (0–{2}) or is empty."), CLAIM_TEXT_REQUIRED(
                                                            "A claim needs a text."), CLAIM_TEXT_TOO_LONG(
                                                                    "A claim's text is at most {0} characters."),

    // Bulk actions
    BULK_ACTION_MISSING("Say which action to apply: one of {0}."), BULK_CLAIM_COUNT(
            "List 1 to {0} claim ids."), BULK_CONCURRENT_CHANGE(
                    "Someone changed claim {0} at the same time; try it again."),

    // Articles
    ARTICLE_NOT_FOUND("No article with id {0}."), TITLE_REQUIRED("title is required."), TITLE_TOO_LONG(
            "The title is longer than {0} characters."), TEXT_AND_HTML(
                    "Give either text or html, not both."), ARTICLE_EMPTY(
                            "The article is empty: give a text, an html body or a url to fetch it from."), ARTICLE_TOO_LONG(
                                    "The article is longer than {0} characters; split it."), ARTICLE_TOO_MANY_CLAIMS(
                                            "The article yields {0} claims, more than the {1} Claimdesk takes from one"
                                                    + " article; split it into parts."), ARTICLE_TOO_MANY_SENTENCES(
                                                            "The article has {0} sentences, more than the {1} Claimdesk"
                                                                    + " parses in one request; split it into parts."), HTML_WITHOUT_TEXT(
                                                                            "The html holds no readable text."), TEXT_HOLDS_NUL(
                                                                                    "The text holds NUL characters; send plain UTF-8 text."), LONE_SURROGATE(
                                                                                            "The {0} holds half a character (a lone UTF-16 surrogate) at"
                                                                                                    + " position {1}; send valid UTF-8 text."), DIRECTION_CONTROL(
                                                                                                            "The {0} holds an invisible text-direction control ({1}) at position {2}: it makes text"
                                                                                                                    + " display differently from what it says. Remove it; right-to-left text such as"
                                                                                                                    + " Arabic or Hebrew needs none."), TOO_MANY_COMBINING_MARKS(
                                                                                                                            "The {0} piles more than {2} combining marks (accents) on one character at"
                                                                                                                                    + " position {1}; remove the extra marks."), LANGUAGE_INVALID(
                                                                                                                                            "language must be an ISO 639 code such as 'fr' or 'en' (got '{0}')."), TEAM_INVALID(
                                                                                                                                                    "team must be one line of up to {0} characters."), TEAM_NOT_PUBLISHING(
                                                                                                                                                            "'{0}' is not one of the teams that publish through Claimdesk ({1}); choose one of them, or none to publish as {2}."), NO_PUBLISHING_TEAMS(
                                                                                                                                                                    "No team publishes under its own name here (claimdesk.publisher.teams is empty): leave team out to publish as {0}, or ask an administrator to add '{1}'."), URL_TOO_LONG(
                                                                                                                                                                            "The url is longer than {0} characters."), TOPICS_INVALID(
                                                                                                                                                                                    "Give at most {0} topics of up to {1} characters each, one line each."),

    // Articles fetched from a URL
    FETCH_NOT_HTTP("Give an http:// or https:// address to fetch, not '{0}'."), FETCH_NOT_AN_ADDRESS(
            "'{0}' is not a web address: {1}."), FETCH_PRIVATE_ADDRESS(
                    "Claimdesk does not fetch addresses of its own machine or of private or reserved networks ({0});"
                            + " paste the text instead."), FETCH_AMBIGUOUS_ADDRESS(
                                    "'{0}' is a numeric address in a form that programs read differently (octal,"
                                            + " hexadecimal, one number or shortened); write it as four decimal numbers"
                                            + " such as 93.184.216.34, or give the host name."), FETCH_UNKNOWN_HOST(
                                                    "The host {0} is unknown."), FETCH_FAILED(
                                                            "Could not fetch {0}: no page came back within {1} s (no answer,"
                                                                    + " or the connection was refused or cut); check the"
                                                                    + " address, or paste the text instead."), FETCH_HTTP_STATUS(
                                                                            "Fetching {0} answered HTTP {1}, not a page."), FETCH_TOO_MANY_REDIRECTS(
                                                                                    "Fetching {0} was redirected more than {1} times."), FETCH_NOT_TEXT(
                                                                                            "The page at {0} is '{1}', not HTML or plain text."), FETCH_TOO_LARGE(
                                                                                                    "The page at {0} is larger than {1} bytes."), FETCH_BUSY(
                                                                                                            "{0} articles are being fetched already; try again in a"
                                                                                                                    + " moment, or paste the text instead."),

    // Matching with published verdicts
    LOOKUP_TEXT_REQUIRED("Give the text of a claim to look for."), LOOKUP_TEXT_TOO_LONG(
            "A claim to look up holds at most {0} characters."), MATCH_DECISION_INVALID(
                    "A match is confirmed or dismissed."), MATCH_NOT_FOUND(
                            "Claim {0} has no match with id {1}."), MATCH_DECISION_FORBIDDEN(
                                    "Only the claim's reviewer or an editor may confirm or dismiss its matches."),

    // Public search and the index
    SORT_INVALID("sort must be 'relevance' or 'newest' (got '{0}')."), DATE_INVALID(
            "{0} must be a date such as 2026-06-27 (got '{1}')."), DATE_RANGE_EMPTY(
                    "The date range is empty: {0} is after {1}."), PAGE_INVALID(
                            "page must be 1 or more (got {0})."), SIZE_INVALID(
                                    "size must be between 1 and {0} (got {1})."), WINDOW_TOO_DEEP(
                                            "Only the first {0} results can be paged through (page × size must not exceed {0}); narrow the"
                                                    + " search instead."), SEARCH_TEXT_TOO_LONG(
                                                            "The search text is longer than {0} characters."), FILTER_VALUES_INVALID(
                                                                    "Give at most {0} {1} values of up to {2} characters each."), REINDEX_RUNNING(
                                                                            "A reindex is already running; wait for it to finish."),

    // Dashboard
    DASHBOARD_DAYS("The dashboard covers 1 to {0} days, not {1}."),

    // Servers Claimdesk depends on (ServiceUnavailableException)
    REVIEWERS_UNREACHABLE(
            "The reviewer directory (Keycloak) cannot be reached; try again in a moment."), INDEX_UNREACHABLE(
                    "The search index (Elasticsearch) cannot be reached; try again in a moment."), INDEX_NOT_READY(
                            "The search index (Elasticsearch) is not ready: {0}"), EXTRACTION_UNAVAILABLE(
                                    "Claims cannot be extracted now: the extraction model {0}. Submit the article again later.");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final String english;

    Refusal(String english) {
        this.english = english;
    }

    /** The English template, as the API shows it once filled. */
    public String english() {
        return english;
    }

    /** The argument numbers a template uses, e.g. [0, 1] for "Claim {0} has no match with id {1}.". */
    public static Set<Integer> placeholders(String template) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /** The template with each {n} replaced by the n-th argument, in one pass: an argument's own "{1}" stays as is. */
    public static String fill(String template, List<String> arguments) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < arguments.size() ? arguments.get(index) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
