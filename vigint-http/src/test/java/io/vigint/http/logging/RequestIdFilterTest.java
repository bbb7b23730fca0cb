package io.vigint.http.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {
    @Test
    void secretsPastedIntoThePathAreMasked() {
        assertThat(RequestIdFilter.loggablePath("/api/v1/keys/vgt_AbCdEfGh12345678_-x"))
                .isEqualTo("/api/v1/keys/vgt_***");
        assertThat(RequestIdFilter.loggablePath("/x/vgo_AbCdEfGh12345678/y")).isEqualTo("/x/vgo_***/y");
    }

    @Test
    void ordinaryPathsAreLoggedAsTheyAre() {
        assertThat(RequestIdFilter.loggablePath("/api/v1/clients/me")).isEqualTo("/api/v1/clients/me");
        assertThat(RequestIdFilter.loggablePath("")).isEqualTo("/");
    }

    @Test
    void generatedIdsAreVersion4Uuids() {
        String id = RequestIdFilter.newId();

        java.util.UUID uuid = java.util.UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(RequestIdFilter.newId()).isNotEqualTo(id);
    }

    @Test
    void veryLongPathsAreCut() {
        assertThat(RequestIdFilter.loggablePath("/" + "a".repeat(1000))).hasSize(201);
    }
}
