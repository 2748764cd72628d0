package io.claimdesk.core.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Detects the language of a text with OpenNLP's bundled language model and answers ISO 639-1 codes. */
public class LanguageDetector {

    /** Returned for a text with no letters to judge. */
    public static final String UNDETERMINED = "und";

    // The model jar (opennlp-models-langdetect) puts the model at the classpath root.
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    // Detection is character n-gram based: a few thousand characters decide as well as a whole article.
    private static final int SAMPLE_CHARS = 3000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final LanguageDetectorModel model;

    /** Uses the bundled model, read once per JVM however many detectors are made. */
    public LanguageDetector() {
        this(BundledModel.INSTANCE);
    }

    public LanguageDetector(LanguageDetectorModel model) {
        this.model = model;
    }

    /** The most likely language of the text as an ISO 639-1 code, {@value #UNDETERMINED} for a text without letters. */
    public String detect(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        // LanguageDetectorME is cheap to build and not documented as thread-safe; the model is.
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        return toIso1(best.getLang());
    }

    /** The language to use: the hint when one is given (normalised to ISO 639-1), otherwise the detected one. */
    public String resolve(String text, String hint) {
        if (hint != null && !hint.isBlank()) {
            return toIso1(hint.strip().toLowerCase(Locale.ROOT));
        }
        return detect(text);
    }

    static String toIso1(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int separator = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        if (separator > 0) {
            lower = lower.substring(0, separator);
        }
        return lower.length() == 2 ? lower : ISO3_TO_ISO1.getOrDefault(lower, lower);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // A language without a three-letter code cannot come out of the model either.
            }
        }
        // The model uses macro-language and bibliographic codes that Locale does not know.
        codes.put("cmn", "zh");
        codes.put("zho", "zh");
        codes.put("pes", "fa");
        codes.put("zlm", "ms");
        codes.put("ekk", "et");
        codes.put("lvs", "lv");
        codes.put("fre", "fr");
        codes.put("ger", "de");
        codes.put("dut", "nl");
        return Map.copyOf(codes);
    }

    private static final class BundledModel {

        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL_RESOURCE + " missing: add opennlp-models-langdetect");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
            }
        }
    }
}
