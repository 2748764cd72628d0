package io.claimdesk.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Bad inputs shared by the hostile-input tests, and the rule every answer to them must follow. */
public final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Path ids, already percent-encoded where needed: not numbers, overflowing, negative, traversal. */
    public static final List<String> IDS = List.of("abc", "-1", "0", "1.5", "1e3", "0x10", "99999999999999999999",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "%2e%2e", "..%2F..%2Fetc%2Fpasswd",
            "..%252F..%252Fetc%252Fpasswd", "%00", "null", "true", "%5B%5D", "%7B%7D", "%20", "1%20OR%201%3D1",
            "%D9%A3", "1;DROP%20TABLE%20claim", "%3Cscript%3E", "987654321");

    /** Query values: injection in SQL and in Elasticsearch's query syntax, bad numbers, dates and enums. */
    public static final List<String> QUERY_VALUES = List.of("' OR '1'='1", "1; DROP TABLE article; --",
            "\" OR 1=1 --", "title:(a OR b) AND NOT c~2", "*", "?", "\\", "\"unbalanced", "((((", ")", "a AND",
            "/[a-z]+/", "claim.text:*^99", "{\"query\":{\"match_all\":{}}}", "{{7*7}}", "${7*7}",
            "<script>alert(1)</script>", "\u0000", "\uFFFF", "\uD800", "-1", "0", "-2147483648", "2147483648",
            "99999999999999999999", "1e9", "NaN", "", " ", "2026-13-45", "2026-02-30", "+10000-01-01",
            "-999999999-01-01", "1970-01-01T00:00:00Z", "yesterday", "PROBABLY", "true", "TRUE", "newest", "relevance",
            "x".repeat(600), "é".repeat(300), "%", "%zz", "&", "=", "#", "en", "zz-ZZ");

    public static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=ebcdic", "text/plain", "text/html", "application/xml", "multipart/form-data",
            "application/x-www-form-urlencoded", "application/octet-stream", "application/problem+json",
            "garbage", "*/*", "application/*", "application/json;;;", "application/vnd.claimdesk+json");

    public static final List<String> ACCEPTS = List.of("application/json", "text/html", "application/xml",
            "application/ld+json", "*/*", "image/png", "garbage", "text/*;q=0.1, application/xml",
            "application/json;q=0", "application/atom+xml", "text/event-stream");

    private static final List<String> FIELDS = List.of("title", "text", "html", "url", "language", "topics", "team",
            "reviewer", "strategy", "deadline", "rating", "explanation", "sources", "evidence", "comment", "reason",
            "note", "start", "end", "claimIds", "action", "parts", "__proto__");

    private static final List<String> JSON_VALUES = List.of("12", "-1", "0", "1e309", "-1e309",
            "123456789012345678901234567890", "true", "null", "[]", "{}", "[1,\"a\",null]", "{\"nested\":{}}",
            "\"\"", "\"   \"", "\"\\u0000\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
            "\"2026-13-45T25:61:00Z\"", "\"PROBABLY\"", "\"NAMED\"", "\"javascript:alert(1)\"",
            "\"file:///etc/passwd\"",
            "\"http://169.254.169.254/latest/meta-data/\"", "\"" + "x".repeat(5_000) + "\"", "\"\\uD800\"",
            "[" + "\"a\",".repeat(2_000) + "\"a\"]");

    private HostileInputs() {
    }

    /** Bodies: broken JSON, wrong types, invalid UTF-8, binary, deep nesting, script payloads. */
    public static Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> fixed = Arbitraries.of(List.of("{", "}", "{\"title\":", "[", "null", "", "   ",
                "\"a string\"",
                "42", "true", "[]", "{\"title\": \"t\",}", "{'title': 't'}", "{\"title\": NaN}", "/* c */ {}",
                "{\"title\":\"a\",\"title\":\"b\"}", "\uFEFF{\"title\":\"bom\"}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "{\"title\":\"Nested\",\"html\":\"" + "<div>".repeat(20_000) + "texte" + "\"}",
                "{\"title\":\"<script>alert(1)</script>\",\"text\":\"<img src=x onerror=alert(1)> Le ministre a dit"
                        + " que 40 % des écoles ont fermé en 2024.\"}",
                "{\"title\":\"Vide\",\"text\":\" \\t\\n\\u00a0\\u2003 \"}",
                "{\"title\":\"Nul\",\"text\":\"a\\u0000b\"}",
                "{\"start\": 99999999999999999999999, \"end\": 1e400}",
                "{\"claimIds\": [-1, 0, 9223372036854775807], \"action\": \"EXPLODE\"}")).map(HostileInputs::utf8);
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(
                new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        Arbitrary<byte[]> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> wrongTypes = Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.of(JSON_VALUES))
                .ofMaxSize(5).map(HostileInputs::object).map(HostileInputs::utf8);
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(1, 40).map(cut -> {
            String json = "{\"title\":\"Coupé\",\"text\":\"Le ministre a dit que 40 % des écoles\",\"topics\":[\"a\"]}";
            return utf8(json.substring(0, Math.min(cut, json.length() - 1)));
        });
        return Arbitraries.frequencyOf(
                Tuple.of(3, fixed), Tuple.of(1, invalidUtf8), Tuple.of(2, binary),
                Tuple.of(4, wrongTypes), Tuple.of(2, truncated));
    }

    /**
     * Why this answer breaks the rules, or null if it keeps them: never a 5xx; under /api every refusal other than
     * the bearer challenge (401) is an application/problem+json whose detail says what to change.
     */
    public static String problemWithAnswer(String path, int status, String contentType, String body) {
        if (status < 0) {
            return "no answer";
        }
        if (status >= 500) {
            return "server error " + status;
        }
        if (!path.startsWith("/api/") || status < 400 || status == 401) {
            return null;
        }
        if (!contentType.startsWith("application/problem+json")) {
            return status + " is not problem+json but '" + contentType + "'";
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("detail").asText("").isBlank()) {
                return "problem without status " + status + " or a detail";
            }
        } catch (Exception e) {
            return "problem+json that is not JSON";
        }
        return null;
    }

    public static String preview(byte[] body) {
        return body == null ? "(none)" : preview(new String(body, StandardCharsets.UTF_8));
    }

    public static String preview(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…(" + oneLine.length() + " chars)" : oneLine;
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
