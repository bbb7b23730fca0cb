package io.vigint.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessRuleTest {
    @Test
    void healthTakesAnOptionalClientCredential() {
        assertThat(AccessRule.of("GET", "api/health")).isEqualTo(AccessRule.OPTIONAL_CLIENT);
        assertThat(AccessRule.of("GET", "/api/health/")).isEqualTo(AccessRule.OPTIONAL_CLIENT);
        assertThat(AccessRule.of("GET", "health")).isEqualTo(AccessRule.OPTIONAL_CLIENT);
    }

    @Test
    void tokenAndOpenApiArePublic() {
        assertThat(AccessRule.of("POST", "auth/token")).isEqualTo(AccessRule.PUBLIC);
        assertThat(AccessRule.of("GET", "openapi.json")).isEqualTo(AccessRule.PUBLIC);
    }

    @Test
    void metricsNeedAnOperatorKey() {
        assertThat(AccessRule.of("GET", "/metrics")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("GET", "metrics/")).isEqualTo(AccessRule.OPERATOR);
    }

    @Test
    void matchedTemplatesAreDecidedByTheSameTable() {
        assertThat(AccessRule.of("POST", "/admin/v1/clients/{id}/keys")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("DELETE", "/admin/v1/clients/{id}")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("GET", "/video/{id}")).isEqualTo(AccessRule.PUBLIC);
        assertThat(AccessRule.of("POST", "/api/v1/clients")).isEqualTo(AccessRule.SIGN_UP);
        assertThat(AccessRule.of("DELETE", "/api/v1/keys/{id}")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "/")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void aVideoLinkIsPublicButOnlyInTheShapeVideoSlashId() {
        assertThat(AccessRule.of("GET", "video/AAAAAAAAAAAAAAAAAAAAAA")).isEqualTo(AccessRule.PUBLIC);
        assertThat(AccessRule.of("GET", "/video/abc/")).isEqualTo(AccessRule.PUBLIC);
        assertThat(AccessRule.of("GET", "video")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "video/")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "video/abc/def")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "api/video/abc")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("POST", "api/video/alert")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void everythingUnderAdminV1NeedsAnOperatorKey() {
        assertThat(AccessRule.of("GET", "admin/v1/clients")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("DELETE", "/admin/v1/clients/7")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("GET", "admin/v1")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("GET", "admin/v10/clients")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void theOriginalsAdminRoutesNeedAnOperatorKey() {
        assertThat(AccessRule.of("GET", "/admin/clients")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("POST", "admin/clients/")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("POST", "/admin/clients/{id}/revoke")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("POST", "/admin/clients/{id}/reactivate")).isEqualTo(AccessRule.OPERATOR);
        assertThat(AccessRule.of("GET", "admin/clientsx")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void creatingAClientIsSignUpWithOrWithoutTheTrailingSlash() {
        assertThat(AccessRule.of("POST", "api/v1/clients/")).isEqualTo(AccessRule.SIGN_UP);
        assertThat(AccessRule.of("POST", "api/v1/clients")).isEqualTo(AccessRule.SIGN_UP);
        assertThat(AccessRule.of("GET", "api/v1/clients")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void anythingElseNeedsAClientCredential() {
        assertThat(AccessRule.of("GET", "api/v1/clients/me")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("POST", "api/video/analyze")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "api/health/extra")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void clipHostingTakesAClientOrAnOperatorCredentialAndNothingNearItDoes() {
        assertThat(AccessRule.of("POST", "/api/v1/videos/upload")).isEqualTo(AccessRule.CLIENT_OR_OPERATOR);
        assertThat(AccessRule.of("POST", "api/v1/videos/upload/")).isEqualTo(AccessRule.CLIENT_OR_OPERATOR);
        assertThat(AccessRule.of("POST", "api/v1/videos")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("POST", "api/v1/videos/upload/x")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "api/video/download/{id}")).isEqualTo(AccessRule.CLIENT);
        assertThat(AccessRule.of("GET", "api/storage/status")).isEqualTo(AccessRule.CLIENT);
    }
}
