package io.claimdesk.deploy.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON schemas every Kubernetes document of Claimdesk must satisfy, by apiVersion and kind: Kubernetes' own
 * kinds from fabric8's model jars, the operators' kinds from {@code src/test/resources/kubernetes/schemas}
 * (see PROVENANCE.md there).
 */
final class ManifestSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KUBERNETES_MODULES = List.of("core", "apps", "autoscaling", "batch", "rbac");
    private static final Map<String, String> OPERATOR_SCHEMAS = Map.of(
            "elasticsearch.k8s.elastic.co/v1 Elasticsearch", "elasticsearch.schema.json",
            "postgresql.cnpg.io/v1 Cluster", "postgresql-cluster.schema.json",
            "k8s.keycloak.org/v2alpha1 Keycloak", "keycloak.schema.json",
            "k8s.keycloak.org/v2alpha1 KeycloakRealmImport", "keycloak-realm-import.schema.json");

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    /** Loads the Kubernetes schemas unpacked by the build into {@code kubernetesSchemas}. */
    ManifestSchemas(Path kubernetesSchemas) {
        ObjectNode definitions = JSON.createObjectNode();
        for (String module : KUBERNETES_MODULES) {
            JsonNode schema = read(kubernetesSchemas.resolve(module).resolve("schema/validation-schema.json"));
            definitions.setAll((ObjectNode) schema.get("definitions"));
        }
        definitions.fields().forEachRemaining(definition -> adjust(definition.getKey(), definition.getValue()));
        JsonSchemaFactory draft7 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        definitions.fields().forEachRemaining(definition -> {
            JsonNode properties = definition.getValue().path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asText();
            String kind = properties.path("kind").path("default").asText();
            if (!apiVersion.isEmpty() && !kind.isEmpty() && !kind.endsWith("List")) {
                ObjectNode root = JSON.createObjectNode();
                root.put("$ref", "#/definitions/" + definition.getKey());
                root.set("definitions", definitions);
                schemas.put(apiVersion + " " + kind, draft7.getSchema(root));
            }
        });
        JsonSchemaFactory draft2020 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        OPERATOR_SCHEMAS.forEach((type, file) -> {
            try (InputStream in = ManifestSchemas.class.getResourceAsStream("/kubernetes/schemas/" + file)) {
                schemas.put(type, draft2020.getSchema(JSON.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        });
    }

    /** The reasons {@code document} is invalid, one line each; empty when it is valid. */
    List<String> violations(JsonNode document) {
        String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
        JsonSchema schema = schemas.get(type);
        if (schema == null) {
            return List.of(Kustomization.identity(document) + ": no schema for " + type);
        }
        return schema.validate(document).stream().map(ValidationMessage::getMessage)
                .map(message -> Kustomization.identity(document) + ": " + message).sorted()
                .collect(Collectors.toList());
    }

    // fabric8 describes some wire types by their Java shape, and allows any unknown field: see PROVENANCE.md.
    private static void adjust(String name, JsonNode definition) {
        ObjectNode node = (ObjectNode) definition;
        if (name.endsWith("_Quantity") || name.endsWith("_IntOrString")) {
            node.removeAll();
            node.set("type", JSON.createArrayNode().add("string")
                    .add(name.endsWith("_Quantity") ? "number" : "integer"));
            return;
        }
        strip(node);
    }

    private static void strip(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (key.startsWith("java") || key.endsWith("JavaType") || key.endsWith("serializer")) {
                keys.remove();
            }
        }
        if (node.has("properties") && node.path("additionalProperties").asBoolean(false)) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(property -> {
            if (property instanceof ObjectNode propertyNode) {
                propertyNode.remove("required");
                strip(propertyNode);
            }
        });
        strip(node.get("items"));
        if (node.get("additionalProperties") instanceof ObjectNode) {
            strip(node.get("additionalProperties"));
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
