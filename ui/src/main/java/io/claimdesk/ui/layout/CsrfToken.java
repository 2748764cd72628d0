package io.claimdesk.ui.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The request's double-submit CSRF token: the browser's claimdesk-csrf cookie, or a fresh one to set. */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "claimdesk-csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32,64}");

    private String value;
    private boolean issued;

    /** The token pages embed in their forms and in htmx's request headers. */
    public String value() {
        if (value == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            issued = true;
        }
        return value;
    }

    /** Keeps the browser's token when it looks like one of ours; anything else is replaced on first use. */
    void adopt(String cookieValue) {
        if (cookieValue != null && WELL_FORMED.matcher(cookieValue).matches()) {
            value = cookieValue;
            issued = false;
        }
    }

    boolean issued() {
        return issued;
    }

    /** Whether a submitted token equals the cookie's; constant-time so the comparison leaks nothing. */
    static boolean matches(String cookieValue, String submitted) {
        if (cookieValue == null || submitted == null || cookieValue.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookieValue.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}
