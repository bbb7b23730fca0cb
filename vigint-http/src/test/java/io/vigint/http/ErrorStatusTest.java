package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.ErrorCode;
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
        assertThat(ErrorStatus.of(ErrorCode.API_KEY_REQUIRED)).isEqualTo(401);
        assertThat(ErrorStatus.of(ErrorCode.INVALID_API_KEY)).isEqualTo(401);
        assertThat(ErrorStatus.of(ErrorCode.KEY_EXPIRED)).isEqualTo(401);
        assertThat(ErrorStatus.of(ErrorCode.CLIENT_NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorStatus.of(ErrorCode.DUPLICATE_CLIENT_NAME)).isEqualTo(409);
        assertThat(ErrorStatus.of(ErrorCode.RATE_LIMITED)).isEqualTo(429);
        assertThat(ErrorStatus.of(ErrorCode.VALIDATION_FAILED)).isEqualTo(400);
    }
}
