package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import io.claimdesk.core.extraction.analysis.CoreNlpParser;
import io.claimdesk.core.extraction.analysis.ParsedText;
import io.claimdesk.core.extraction.rewriting.ClaimRewriter;
import io.claimdesk.core.extraction.rewriting.RewrittenClaim;

/**
 * The built-in extraction engine: splits an article into scored candidate claims with no external service.
 *
 * <p>
 * Steps: {@link LanguageDetector} (unless a hint is given), {@link SentenceSegmenter}, a parse of every sentence by
 * {@link CoreNlpParser} (French and English), then {@link ClaimRewriter} cuts each sentence into claims that stand
 * alone, and {@link ClaimFeatureExtractor} with {@link CheckWorthinessScorer} scores each. Segments of fewer than
 * {@value #MIN_WORDS} words are dropped; headings, bylines, questions, teasers, reported opinions and predictions are
 * kept with {@link Reason#NOT_A_CLAIM} and a score of at most {@value #NOT_A_CLAIM_SCORE}. Other languages get one
 * claim per sentence, as written. Every claim is returned in document order, whatever its score: callers choose their
 * threshold. Thread-safe; models are loaded once per instance.
 */
@ApplicationScoped
@Typed(BuiltInClaimExtractor.class)
public class BuiltInClaimExtractor implements ClaimExtractor {

    /** Segments with fewer words are not sentences (dates, section names, "Lire aussi"). */
    static final int MIN_WORDS = 4;
    /** The highest score of what is not presented as a claim. */
    static final double NOT_A_CLAIM_SCORE = 0.1;

    private final LanguageDetector languageDetector;
    private final SentenceSegmenter segmenter;
    private final ClaimFeatureExtractor featureExtractor;
    private final CheckWorthinessScorer scorer;
    private final CoreNlpParser parser;

    /** Uses the bundled models, word lists and weights; the parsing models load on first use. */
    public BuiltInClaimExtractor() {
        this(new LanguageDetector(), new SentenceSegmenter(), new ClaimFeatureExtractor(), new CheckWorthinessScorer(),
                new CoreNlpParser());
    }

    public BuiltInClaimExtractor(LanguageDetector languageDetector, SentenceSegmenter segmenter,
            ClaimFeatureExtractor featureExtractor, CheckWorthinessScorer scorer, CoreNlpParser parser) {
        this.languageDetector = languageDetector;
        this.segmenter = segmenter;
        this.featureExtractor = featureExtractor;
        this.scorer = scorer;
        this.parser = parser;
    }

    /** Loads the parsing models of every language that has them (tens of seconds); safe to call more than once. */
    public void loadModels() {
        CoreNlpParser.LANGUAGES.stream().sorted().forEach(parser::load);
    }

    /** True once every language's parsing models are in memory. */
    public boolean modelsLoaded() {
        return CoreNlpParser.LANGUAGES.stream().allMatch(parser::isLoaded);
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
        List<Segment> segments = new ArrayList<>();
        for (Segment segment : segmenter.segment(text)) {
            if (ClaimFeatureExtractor.wordCount(segment.textIn(text)) >= MIN_WORDS) {
                segments.add(segment);
            }
        }
        List<RewrittenClaim> rewritten = parser.supports(language)
                ? rewritten(text, segments, language)
                : asWritten(text, segments);
        List<CandidateClaim> claims = new ArrayList<>();
        for (RewrittenClaim claim : rewritten) {
            claims.add(scored(claim, language));
        }
        return new Extraction(language, claims);
    }

    private List<RewrittenClaim> rewritten(String text, List<Segment> segments, String language) {
        ParsedText parsed = parser.parse(text, segments, language);
        return new ClaimRewriter(language).rewrite(parsed.sentences());
    }

    // Without a parser for the language, every sentence is one claim as written; headings are not claims.
    private static List<RewrittenClaim> asWritten(String text, List<Segment> segments) {
        List<RewrittenClaim> claims = new ArrayList<>();
        for (Segment segment : segments) {
            String sentence = normaliseWhitespace(segment.textIn(text));
            Set<Reason> reasons = segment.heading()
                    ? EnumSet.of(Reason.NOT_A_CLAIM, Reason.HEADING)
                    : EnumSet.of(Reason.KEPT_AS_WRITTEN);
            claims.add(new RewrittenClaim(sentence, segment.start(), segment.end(), sentence, segment.heading(),
                    reasons));
        }
        return claims;
    }

    private CandidateClaim scored(RewrittenClaim claim, String language) {
        boolean byline = featureExtractor.isByline(claim.sentence(), claim.heading(), language);
        ClaimFeatures features = featureExtractor.features(claim.text(), claim.heading(), language);
        List<Reason> reasons = new ArrayList<>(features.present());
        claim.reasons().stream().sorted().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        if (byline && !reasons.contains(Reason.NOT_A_CLAIM)) {
            reasons.add(Reason.NOT_A_CLAIM);
            reasons.add(Reason.DATELINE);
        }
        double score = scorer.score(features);
        if (reasons.contains(Reason.NOT_A_CLAIM)) {
            score = Math.min(score, NOT_A_CLAIM_SCORE);
        }
        return new CandidateClaim(claim.text(), claim.start(), claim.end(), score, reasons, claim.sentence());
    }

    static String normaliseWhitespace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009]+", " ").strip();
    }
}
