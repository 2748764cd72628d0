package io.claimdesk.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset our overlays use: {@code resources}
 * (files and directories), {@code patches} with a strategic-merge patch file, and {@code namespace}. Any other field
 * fails, so an overlay cannot silently use a feature this renderer ignores.
 */
final class Kustomization {

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources",
            "patches");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomization() {
    }

    /** The documents of the kustomization in {@code directory}, patched, in kustomize's resource order. */
    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readAll(directory.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field not supported: " + field);
            }
        });
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            documents.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (!patch.has("path") || patch.size() != 1) {
                throw new IllegalArgumentException(directory + ": only patches with a path are supported: " + patch);
            }
            for (ObjectNode change : readAll(directory.resolve(patch.get("path").asText()))) {
                ObjectNode target = documents.stream().filter(document -> sameResource(document, change)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                directory + ": patch matches no resource: " + identity(change)));
                merge(target, change, isBuiltIn(target));
            }
        }
        if (kustomization.has("namespace")) {
            documents.forEach(document -> ((ObjectNode) document.get("metadata")).put("namespace",
                    kustomization.get("namespace").asText()));
        }
        return documents;
    }

    /** Every non-empty YAML document of a file. */
    static List<ObjectNode> readAll(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            Iterator<ObjectNode> iterator = YAML.readValues(parser, ObjectNode.class);
            while (iterator.hasNext()) {
                ObjectNode document = iterator.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String identity(JsonNode document) {
        return document.path("apiVersion").asText() + " " + document.path("kind").asText() + " "
                + document.path("metadata").path("name").asText();
    }

    private static boolean sameResource(JsonNode a, JsonNode b) {
        return identity(a).equals(identity(b));
    }

    // Kustomize knows the merge keys of Kubernetes' own types only; a custom resource's lists are replaced whole.
    private static boolean isBuiltIn(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        return !apiVersion.contains("/") || !apiVersion.substring(0, apiVersion.indexOf('/')).contains(".");
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean mergeListsByName) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (current instanceof ObjectNode currentObject && change instanceof ObjectNode changeObject) {
                merge(currentObject, changeObject, mergeListsByName);
            } else if (mergeListsByName && current instanceof ArrayNode currentList
                    && change instanceof ArrayNode changeList && namedObjects(currentList)
                    && namedObjects(changeList)) {
                mergeByName(currentList, changeList);
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        }
    }

    // The merge key of containers, env, volumes and ports-by-name in Kubernetes' own types is "name".
    private static void mergeByName(ArrayNode target, ArrayNode patch) {
        for (JsonNode change : patch) {
            JsonNode match = null;
            for (JsonNode element : target) {
                if (element.get("name").equals(change.get("name"))) {
                    match = element;
                }
            }
            if (match == null) {
                target.add(change.deepCopy());
            } else {
                merge((ObjectNode) match, (ObjectNode) change, true);
            }
        }
    }

    private static boolean namedObjects(ArrayNode list) {
        for (JsonNode element : list) {
            if (!element.isObject() || !element.has("name")) {
                return false;
            }
        }
        return true;
    }
}
