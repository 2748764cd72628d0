package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Pages and API answers carry the security headers; HSTS only over TLS, never on a forwarded claim not trusted. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SecurityHeadersTest {

    static void assertSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Frame-Options", is("DENY"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("strict-origin-when-cross-origin"));
    }

    @Test
    void thePublicSearchPageCarriesTheSecurityHeaders() {
        assertSecurityHeaders(given().get("/search").then().statusCode(200));
    }

    @Test
    void theApiCarriesTheSecurityHeadersOnAnswersAndRefusals() {
        assertSecurityHeaders(given().get("/api/public/v1/verdicts").then().statusCode(200));
        assertSecurityHeaders(given().get("/api/v1/claims").then().statusCode(401));
        assertSecurityHeaders(given().get("/api/public/v1/verdicts/{id}", 987654321).then().statusCode(404));
    }

    @Test
    void theSwaggerUiTheOpenApiDocumentAndHealthCarryTheHeadersToo() {
        assertSecurityHeaders(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200));
        assertSecurityHeaders(given().get("/q/health/live").then().statusCode(200));
        // The Swagger UI's own page runs inline script: its policy allows that, and still no framing or foreign code.
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Frame-Options", is("DENY"))
                .header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void staticFilesAreNotSniffed() {
        given().get("/js/live-board.js").then().statusCode(200).header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() {
        given().get("/search").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void aForwardedHttpsClaimIsIgnoredWhenNoProxyIsTrusted() {
        given().header("X-Forwarded-Proto", "https").get("/search").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
