package io.claimdesk.ui.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of this request's pages: the {@value #COOKIE} cookie the header's switch sets, else the best match of
 * the browser's Accept-Language, else the default locale.
 */
@RequestScoped
@Named("pageLocale")
public class PageLocale {

    public static final String COOKIE = "lang";

    // A same-site path with an optional query: no scheme, no host, no "//" or "/\" a browser would read as a host.
    private static final Pattern SAME_SITE_PATH = Pattern
            .compile("/(?![/\\\\])[A-Za-z0-9/_.~%+,;:@!$'()*=-]*(\\?[A-Za-z0-9/_.~%+,;:@!$'()*=&?-]*)?");

    // Looked up once per bundle and language: pages ask for a text many times.
    private static final Map<Class<?>, Map<Locale, Object>> BUNDLES = new ConcurrentHashMap<>();

    /** One entry of the header's language switch. */
    public record Choice(String tag, String label, String name, String href, boolean current) {
    }

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.locales")
    List<String> supportedTags;

    @ConfigProperty(name = "quarkus.default-locale", defaultValue = "en")
    String defaultTag;

    private Locale locale;

    /** The chosen locale: one of quarkus.locales, never null. */
    public Locale locale() {
        if (locale == null) {
            locale = choose(cookieValue(), request.getHeader("Accept-Language"), supported(), defaultLocale());
        }
        return locale;
    }

    /** The language tag for {@code <html lang>}. */
    public String getTag() {
        return locale().toLanguageTag();
    }

    /** The texts in the chosen language, for messages the Java code builds. */
    public UiMessages messages() {
        return messages(locale());
    }

    /** The words for domain values in the chosen language. */
    public UiLabels labels() {
        return labels(locale());
    }

    /** A refused request explained in the chosen language (see RefusalTexts). */
    public String refusal(RuntimeException e) {
        return RefusalTexts.of(e, locale());
    }

    /** The header's switch: every supported language, each with the link that chooses it and comes back here. */
    public List<Choice> getChoices() {
        String back = back();
        return supported().stream()
                .map(l -> new Choice(l.toLanguageTag(), l.toLanguageTag().toUpperCase(Locale.ROOT),
                        messages(l).languageSelf(), LanguagePages.href(l.toLanguageTag(), back), l.equals(locale())))
                .toList();
    }

    public List<Locale> supported() {
        return supportedTags.stream().map(Locale::forLanguageTag).toList();
    }

    /** Whether a tag is one of the supported languages (the switch refuses others). */
    public boolean isSupported(String tag) {
        return tag != null && supported().contains(Locale.forLanguageTag(tag));
    }

    /** The texts of a locale; the default (English) texts when the locale has no localized file. */
    public static UiMessages messages(Locale locale) {
        return bundle(UiMessages.class, locale);
    }

    public static UiLabels labels(Locale locale) {
        return bundle(UiLabels.class, locale);
    }

    private static <B> B bundle(Class<B> type, Locale locale) {
        Object bundle = BUNDLES.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(locale, l -> {
            try {
                return MessageBundles.get(type, Localized.Literal.of(l.toLanguageTag()));
            } catch (RuntimeException e) {
                return MessageBundles.get(type);
            }
        });
        return type.cast(bundle);
    }

    /** The locale a template attribute names (a Locale, or a tag as text), for the template extensions. */
    public static Locale of(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        // No attribute: a template rendered outside a request, in the bundle's default language.
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    /** Cookie first, then the browser's ranked languages, then the default. */
    static Locale choose(String cookie, String acceptLanguage, List<Locale> supported, Locale fallback) {
        if (cookie != null && supported.contains(Locale.forLanguageTag(cookie))) {
            return Locale.forLanguageTag(cookie);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header counts as no preference.
            }
        }
        return fallback;
    }

    /** Whether a "back" target stays on this site; anything else could turn the switch into an open redirect. */
    public static boolean isSameSite(String path) {
        return path != null && path.length() <= 2000 && SAME_SITE_PATH.matcher(path).matches();
    }

    private Locale defaultLocale() {
        return Locale.forLanguageTag(defaultTag);
    }

    private String cookieValue() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    // The page to come back to after switching: this one, unless it answered a form (a POST cannot be repeated).
    private String back() {
        String path = request.path();
        if (request.method() != HttpMethod.GET || path == null) {
            return null;
        }
        String query = request.query();
        String back = query == null || query.isEmpty() ? path : path + "?" + query;
        return isSameSite(back) ? back : path;
    }
}
