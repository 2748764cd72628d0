package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * The built-in extraction engine: splits an article into scored candidate claims with no external service.
 *
 * <p>
 * Steps: {@link LanguageDetector} (unless a hint is given), {@link SentenceSegmenter}, then for each segment
 * {@link ClaimFeatureExtractor} and {@link CheckWorthinessScorer}. Segments that are not sentences are dropped, not
 * scored: those with fewer than {@value #MIN_WORDS} words and bylines ("Par Jean Dupont", "Publié le 3 mars"). Longer
 * headings and short fragments are kept with the {@link Reason#HEADING} or {@link Reason#SHORT_FRAGMENT} penalty, since
 * a title often states the article's main claim. Every segment left is returned, in document order, whatever its score:
 * callers choose their threshold. Thread-safe; models are loaded once per JVM.
 */
@ApplicationScoped
@Typed(BuiltInClaimExtractor.class)
public class BuiltInClaimExtractor implements ClaimExtractor {

    /** Segments with fewer words are not sentences (dates, section names, "Lire aussi"). */
    static final int MIN_WORDS = 4;

    private final LanguageDetector languageDetector;
    private final SentenceSegmenter segmenter;
    private final ClaimFeatureExtractor featureExtractor;
    private final CheckWorthinessScorer scorer;

    /** Uses the bundled models, word lists and weights. */
    public BuiltInClaimExtractor() {
        this(new LanguageDetector(), new SentenceSegmenter(), new ClaimFeatureExtractor(), new CheckWorthinessScorer());
    }

    public BuiltInClaimExtractor(LanguageDetector languageDetector, SentenceSegmenter segmenter,
            ClaimFeatureExtractor featureExtractor, CheckWorthinessScorer scorer) {
        this.languageDetector = languageDetector;
        this.segmenter = segmenter;
        this.featureExtractor = featureExtractor;
        this.scorer = scorer;
    }

    /**
     * The candidate claims of the text, in document order, with spans into {@code text} itself.
     *
     * @param languageHint
     *            ISO 639-1 (or 639-3) code of the text, or null to detect it
     */
    @Override
    public Extraction extract(String text, String languageHint) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        String language = languageDetector.resolve(text, languageHint);
        List<CandidateClaim> claims = new ArrayList<>();
        // Per article: the tracker remembers the entities named so far, the splitter an open quotation.
        EntityTracker tracker = new EntityTracker(language);
        AtomicClaimSplitter splitter = new AtomicClaimSplitter(language, tracker);
        for (Segment segment : segmenter.segment(text)) {
            String original = segment.textIn(text);
            if (ClaimFeatureExtractor.wordCount(original) < MIN_WORDS
                    || featureExtractor.isByline(original, segment.heading(), language)) {
                continue;
            }
            List<AtomicClaim> atomic = segment.heading()
                    ? List.of(new AtomicClaim("", original, segment.start(), segment.end(), Set.of()))
                    : splitter.split(original, segment.start(), isQuestion(original));
            List<CandidateClaim> fromSentence = new ArrayList<>();
            int observed = segment.start();
            for (AtomicClaim part : atomic) {
                // Names met earlier in the sentence ("par Daech, ..., bastion du groupe terroriste") are antecedents.
                if (part.start() > observed) {
                    tracker.observe(text.substring(observed, part.start()));
                    observed = part.start();
                }
                String body = tracker.rewrite(part.body());
                String claimText = normaliseWhitespace(part.withBody(body).text());
                if (ClaimFeatureExtractor.wordCount(claimText) < AtomicClaimSplitter.MIN_CLAUSE_WORDS) {
                    continue;
                }
                ClaimFeatures features = featureExtractor.features(claimText, segment.heading(), language);
                List<Reason> reasons = new ArrayList<>(features.present());
                part.reasons().stream().sorted().forEach(reasons::add);
                if (!normaliseWhitespace(body).equals(normaliseWhitespace(ClaimText.capitalise(part.body())))) {
                    reasons.add(Reason.DECONTEXTUALISED);
                }
                fromSentence.add(new CandidateClaim(claimText, part.start(), part.end(), scorer.score(features),
                        reasons, normaliseWhitespace(original)));
            }
            // Spans stay in document order; claims cut from the same place keep the order they were cut in.
            fromSentence.sort(Comparator.comparingInt(CandidateClaim::start));
            claims.addAll(fromSentence);
            tracker.observe(text.substring(observed, segment.end()));
        }
        return new Extraction(language, claims);
    }

    private static boolean isQuestion(String sentence) {
        for (int k = sentence.length() - 1; k >= 0; k--) {
            char c = sentence.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "»”\"')]".indexOf(c) < 0) {
                return c == '?';
            }
        }
        return false;
    }

    static String normaliseWhitespace(String text) {
        // Line breaks and no-break spaces inside a sentence become one plain space; the span keeps the original.
        StringBuilder out = new StringBuilder(text.length());
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!afterSpace) {
                    out.append(' ');
                }
                afterSpace = true;
            } else {
                out.append(c);
                afterSpace = false;
            }
        }
        return out.toString().strip();
    }

    /** Regex {@code \s} and the no-break and thin spaces of French typography. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u202F' || c == '\u2007' || c == '\u2009';
    }
}
