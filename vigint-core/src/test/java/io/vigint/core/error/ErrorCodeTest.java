package io.vigint.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void codesAreUpperSnakeCaseWithACategoryAndAMessage() {
        for (ErrorCode code : CoreErrorCode.values()) {
            assertThat(code.name()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(code.category()).isNotNull();
            assertThat(code.defaultMessage()).isNotBlank().doesNotEndWith(".");
        }
    }

    @Test
    void defaultMessagesAreUniqueSoNoCodeIsAnAccidentalCopy() {
        assertThat(Arrays.stream(CoreErrorCode.values()).map(ErrorCode::defaultMessage))
                .doesNotHaveDuplicates();
    }

    @Test
    void codesTheSpecNamesExist() {
        assertThat(Arrays.stream(CoreErrorCode.values()).map(Enum::name))
                .contains(
                        "API_KEY_REQUIRED",
                        "INVALID_API_KEY",
                        "KEY_EXPIRED",
                        "CLIENT_NOT_FOUND",
                        "DUPLICATE_CLIENT_NAME",
                        "RATE_LIMITED",
                        "VALIDATION_FAILED");
    }

    @Test
    void invalidNamesTheField() {
        VigintException e = VigintException.invalid("email", "email is not valid");

        assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID);
        assertThat(e.details()).containsEntry("field", "email");
        assertThat(e.getMessage()).isEqualTo("email is not valid");
    }
}
