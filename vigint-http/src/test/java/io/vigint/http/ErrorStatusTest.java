package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;

class ErrorStatusTest {
    @Test
    void everyCategoryHasAStatusInTheErrorRange() {
        for (ErrorCategory category : ErrorCategory.values()) {
            assertThat(ErrorStatus.of(category)).isBetween(400, 599);
        }
    }

    @Test
    void authenticationFailuresAre401AndUnknownThingsAre404() {
        assertThat(ErrorStatus.of(CoreErrorCode.API_KEY_REQUIRED)).isEqualTo(401);
        assertThat(ErrorStatus.of(CoreErrorCode.INVALID_API_KEY)).isEqualTo(401);
        assertThat(ErrorStatus.of(CoreErrorCode.KEY_EXPIRED)).isEqualTo(401);
        assertThat(ErrorStatus.of(CoreErrorCode.CLIENT_NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorStatus.of(CoreErrorCode.DUPLICATE_CLIENT_NAME)).isEqualTo(409);
        assertThat(ErrorStatus.of(CoreErrorCode.RATE_LIMITED)).isEqualTo(429);
        assertThat(ErrorStatus.of(CoreErrorCode.VALIDATION_FAILED)).isEqualTo(400);
    }
}
