package io.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.testing.KeycloakAdmin;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The claimdesk realm as imported (the dev realm; KubernetesManifestsIT holds the production one to the same settings)
 * refuses weak passwords and locks an account for a while after repeated wrong passwords. Users of their own, so the
 * demo users the other tests sign in with are never locked.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PasswordGuessingTest {

    static final String REALM = "claimdesk";
    static final String GUESSED = "guessed-user";
    static final String WEAK = "weak-user";
    static final String STRONG_PASSWORD = "correct horse battery staple";
    static final int FAILURE_FACTOR = 10;

    @AfterEach
    void removeUsers() {
        KeycloakAdmin.deleteUser(REALM, GUESSED);
        KeycloakAdmin.deleteUser(REALM, WEAK);
    }

    @Test
    void passwordsShorterThanTwelveOrEqualToTheUsernameAreRefused() {
        assertThat(KeycloakAdmin.createUser(REALM, WEAK, "rita").statusCode()).isEqualTo(400);
        assertThat(KeycloakAdmin.createUser(REALM, WEAK, "weak-user").statusCode()).isEqualTo(400);
        assertThat(KeycloakAdmin.createUser(REALM, WEAK, STRONG_PASSWORD).statusCode()).isEqualTo(201);
    }

    @Test
    void afterTenWrongPasswordsEvenTheRightOneGetsNoToken() {
        assertThat(KeycloakAdmin.createUser(REALM, GUESSED, STRONG_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(KeycloakAdmin.passwordGrant(REALM, "claimdesk-cli", GUESSED, STRONG_PASSWORD).statusCode())
                .as("the user signs in before anyone guesses").isEqualTo(200);

        for (int i = 0; i < FAILURE_FACTOR + 2; i++) {
            assertThat(KeycloakAdmin.passwordGrant(REALM, "claimdesk-cli", GUESSED, "guess-" + i).statusCode())
                    .isIn(400, 401);
        }
        Response right = KeycloakAdmin.passwordGrant(REALM, "claimdesk-cli", GUESSED, STRONG_PASSWORD);

        assertThat(right.statusCode()).isNotEqualTo(200);
        assertThat(right.jsonPath().getString("access_token")).isNull();
    }
}
