package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores pre-split sentences given as lines {@code id<TAB>text}, each as one non-heading sentence in its detected (or
 * the given) language, with the same features, model and threshold as {@link BuiltInClaimExtractor}. Answers lines
 * {@code id<TAB>score<TAB>Yes|No} in input order. Every line is checked before any is scored, so a bad input gives no
 * partial output.
 */
public class BatchScorer {

    private final LanguageDetector languageDetector;
    private final ClaimFeatureExtractor featureExtractor;
    private final CheckWorthinessScorer scorer;

    /** Uses the bundled models, word lists and weights. */
    public BatchScorer() {
        this(new LanguageDetector(), new ClaimFeatureExtractor(), new CheckWorthinessScorer());
    }

    public BatchScorer(LanguageDetector languageDetector, ClaimFeatureExtractor featureExtractor,
            CheckWorthinessScorer scorer) {
        this.languageDetector = languageDetector;
        this.featureExtractor = featureExtractor;
        this.scorer = scorer;
    }

    /** A line that is not {@code id<TAB>text}, with its 1-based number. */
    public static final class BadLineException extends IllegalArgumentException {

        private final int lineNumber;

        BadLineException(int lineNumber, String problem) {
            super("line " + lineNumber + ": " + problem);
            this.lineNumber = lineNumber;
        }

        public int lineNumber() {
            return lineNumber;
        }
    }

    /**
     * The output lines for the input lines.
     *
     * @param languageHint
     *            ISO 639-1 code for every line, or null to detect each line's language
     * @throws BadLineException
     *             at the first line without a tab, with an empty id or an empty text
     */
    public List<String> score(List<String> lines, String languageHint) {
        List<String[]> parsed = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            parsed.add(parse(lines.get(n), n + 1));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String[] line : parsed) {
            double score = score(line[1], languageHint);
            out.add(format(line[0], score, scorer.isCheckWorthy(score)));
        }
        return out;
    }

    /** The score of one sentence. */
    public double score(String sentence, String languageHint) {
        String language = languageDetector.resolve(sentence, languageHint);
        return scorer.score(featureExtractor.features(sentence, false, language));
    }

    static String format(String id, double score, boolean checkWorthy) {
        return String.format(Locale.ROOT, "%s\t%.4f\t%s", id, score, checkWorthy ? "Yes" : "No");
    }

    private static String[] parse(String line, int number) {
        String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int tab = content.indexOf('\t');
        if (tab < 0) {
            throw new BadLineException(number, "no tab between id and text");
        }
        String id = content.substring(0, tab).strip();
        String text = content.substring(tab + 1).strip();
        if (id.isEmpty()) {
            throw new BadLineException(number, "empty id");
        }
        if (text.isEmpty()) {
            throw new BadLineException(number, "empty text");
        }
        return new String[]{id, text};
    }
}
