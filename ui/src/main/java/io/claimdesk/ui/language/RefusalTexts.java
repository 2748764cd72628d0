package io.claimdesk.ui.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.claimdesk.core.claim.ClaimOrigin;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.bulk.BulkOutcome;
import io.claimdesk.workflow.review.ClaimAction;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/**
 * The workflow's refusals in the page's language: the template of the refusal's code from
 * {@code messages/refusals_<language>.properties}, statuses, ratings and actions in the words of {@link UiLabels}. A
 * language without such a file (English) gets the refusal's own English, exactly as the API sends it.
 */
public final class RefusalTexts {

    private static final Logger LOG = Logger.getLogger(RefusalTexts.class);

    private static final String FILE = "/messages/refusals_%s.properties";

    // Read once per language: a page may show a refusal on every request.
    private static final Map<String, Map<Refusal, String>> TEMPLATES = new ConcurrentHashMap<>();

    private RefusalTexts() {
    }

    /** What to tell a reader of {@code locale} about a refused request: the translated refusal, else its message. */
    public static String of(RuntimeException e, Locale locale) {
        RefusalMessage refusal = e instanceof WorkflowException w
                ? w.refusal()
                : e instanceof ServiceUnavailableException s ? s.refusal() : null;
        return refusal == null ? e.getMessage() : of(refusal, locale);
    }

    public static String of(RefusalMessage refusal, Locale locale) {
        Map<Refusal, String> templates = templates(locale.getLanguage());
        if (templates.isEmpty()) {
            return refusal.english();
        }
        UiLabels labels = PageLocale.labels(locale);
        return render(refusal, templates, argument -> words(argument, labels), separator(locale));
    }

    /** The reason of a refused claim in the bulk report, {@code {line.outcome.refusalText}}; empty when done. */
    @TemplateExtension
    static String refusalText(BulkOutcome outcome, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (outcome.reason() != null) {
            return of(outcome.reason(), PageLocale.of(locale));
        }
        return outcome.message() == null ? "" : outcome.message();
    }

    /** A refusal with the given templates (English for a code without one) and words for its arguments. */
    static String render(RefusalMessage refusal, Map<Refusal, String> templates, Function<Object, String> words,
            String separator) {
        return refusal.render(code -> templates.getOrDefault(code, code.english()), words, separator);
    }

    /** The templates of a language by code; empty when the pages have no file for it. */
    static Map<Refusal, String> templates(String language) {
        return TEMPLATES.computeIfAbsent(language, RefusalTexts::load);
    }

    /** The lines of a language's file as key → template, in file order; empty when there is no file. */
    static Map<String, String> read(String language) {
        Map<String, String> lines = new LinkedHashMap<>();
        try (InputStream in = RefusalTexts.class.getResourceAsStream(FILE.formatted(language))) {
            if (in == null) {
                return lines;
            }
            // UTF-8, one key=value a line, # starts a comment: the format of the other files in messages/.
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.indexOf('=') > 0)
                    .forEach(line -> lines.put(line.substring(0, line.indexOf('=')).strip(),
                            line.substring(line.indexOf('=') + 1).strip()));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Refusal, String> load(String language) {
        Map<Refusal, String> templates = new EnumMap<>(Refusal.class);
        read(language).forEach((key, template) -> {
            try {
                templates.put(Refusal.valueOf(key), template);
            } catch (IllegalArgumentException e) {
                // RefusalTextsTest fails the build on such a line; a page must not fail for it.
                LOG.warnf("%s names no refusal code: %s", FILE.formatted(language), key);
            }
        });
        return templates;
    }

    private static String words(Object argument, UiLabels labels) {
        if (argument instanceof ClaimStatus status) {
            return EnumLabels.of(status, labels);
        }
        if (argument instanceof Rating rating) {
            return EnumLabels.of(rating, labels);
        }
        if (argument instanceof ClaimAction action) {
            return EnumLabels.of(action, labels);
        }
        if (argument instanceof ClaimOrigin origin) {
            return EnumLabels.of(origin, labels);
        }
        return String.valueOf(argument);
    }

    // French puts a space before a semicolon.
    private static String separator(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? " ; " : "; ";
    }
}
