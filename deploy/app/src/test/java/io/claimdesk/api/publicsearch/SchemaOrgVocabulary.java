package io.claimdesk.api.publicsearch;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-transcribed excerpt of schema.org in {@code schemaorg/claimreview-vocabulary.json}, and a check of a JSON-LD
 * document against it: every property must be defined on its node's {@code @type} or a supertype, and every value
 * must fit the property's range.
 */
final class SchemaOrgVocabulary {

    private final JsonNode vocabulary;

    private SchemaOrgVocabulary(JsonNode vocabulary) {
        this.vocabulary = vocabulary;
    }

    static SchemaOrgVocabulary load() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/claimreview-vocabulary.json")) {
            return new SchemaOrgVocabulary(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new AssertionError("the schema.org excerpt could not be read", e);
        }
    }

    /** What is wrong with the document, empty when nothing is. */
    List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        checkNode(document, "$", violations);
        return violations;
    }

    private void checkNode(JsonNode node, String path, List<String> violations) {
        String type = node.path("@type").asText(null);
        if (type == null || !vocabulary.path("types").has(type)) {
            violations.add(path + ": @type " + type + " is not in the excerpt");
            return;
        }
        for (String required : strings(vocabulary.path("googleRequired").path(type))) {
            if (!node.has(required)) {
                violations.add(path + ": Google requires " + required + " on " + type);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String property = field.getKey();
            if (property.startsWith("@")) {
                continue;
            }
            List<String> range = range(type, property);
            String at = path + "." + property;
            if (range == null) {
                violations.add(at + ": " + property + " is not a property of " + type + " or its supertypes");
            } else {
                checkValue(field.getValue(), range, at, violations);
            }
        }
    }

    private void checkValue(JsonNode value, List<String> range, String path, List<String> violations) {
        if (value.isObject()) {
            String type = value.path("@type").asText(null);
            if (range.stream().noneMatch(allowed -> isA(type, allowed))) {
                violations.add(path + ": a " + type + " is outside the range " + range);
            }
            checkNode(value, path, violations);
        } else if (value.isNumber()) {
            if (!range.contains("Number")) {
                violations.add(path + ": a number is outside the range " + range);
            }
        } else if (value.isTextual()) {
            if (!fitsText(value.asText(), range)) {
                violations.add(path + ": '" + value.asText() + "' fits none of " + range);
            }
        } else {
            violations.add(path + ": unexpected JSON " + value.getNodeType());
        }
    }

    private static boolean fitsText(String text, List<String> range) {
        if (range.contains("Text")) {
            return true;
        }
        if (range.contains("URL") && (text.startsWith("http://") || text.startsWith("https://"))) {
            return true;
        }
        if (range.contains("DateTime") && parses(() -> OffsetDateTime.parse(text))) {
            return true;
        }
        return range.contains("Date") && parses(() -> LocalDate.parse(text));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The property's range as defined on the type or its nearest supertype; null when undefined. */
    private List<String> range(String type, String property) {
        for (String t = type; t != null; t = vocabulary.path("types").path(t).path("subClassOf").asText(null)) {
            JsonNode range = vocabulary.path("types").path(t).path("properties").path(property);
            if (!range.isMissingNode()) {
                return strings(range);
            }
        }
        return null;
    }

    private boolean isA(String type, String ancestor) {
        for (String t = type; t != null; t = vocabulary.path("types").path(t).path("subClassOf").asText(null)) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
