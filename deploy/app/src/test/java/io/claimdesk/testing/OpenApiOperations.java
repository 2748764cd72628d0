package io.claimdesk.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every operation the running application declares in its OpenAPI document, so a new endpoint is tested too. */
public final class OpenApiOperations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiOperations() {
    }

    /** One operation: method, path template, its path and query parameter names, whether it takes a body. */
    public record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters,
            boolean takesBody, List<String> produces) {

        public boolean streams() {
            return produces.contains("text/event-stream");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The operations of /q/openapi?format=json, in the document's order. */
    @SuppressWarnings("unchecked")
    public static List<Operation> read() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<String> pathParameters = new ArrayList<>();
            List<String> queryParameters = new ArrayList<>();
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters",
                    List.of())) {
                String name = (String) parameter.get("name");
                if ("query".equals(parameter.get("in"))) {
                    queryParameters.add(name);
                }
            }
            // From the template itself: the document may declare path parameters on the path item instead.
            Matcher placeholder = PLACEHOLDER.matcher(path);
            while (placeholder.find()) {
                pathParameters.add(placeholder.group(1));
            }
            List<String> produces = new ArrayList<>();
            ((Map<String, Object>) operation.getOrDefault("responses", Map.of())).values().forEach(
                    response -> produces.addAll(((Map<String, Object>) ((Map<String, Object>) response)
                            .getOrDefault("content", Map.of())).keySet()));
            operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, pathParameters, queryParameters,
                    operation.containsKey("requestBody"), produces));
        }));
        return operations;
    }
}
