package io.vigint.http.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.http.ErrorStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpErrorCodeTest {
    private static List<ErrorCode> all() {
        List<ErrorCode> codes = new ArrayList<>(Arrays.asList(CoreErrorCode.values()));
        codes.addAll(Arrays.asList(HttpErrorCode.values()));
        return codes;
    }

    @Test
    void codesAreUniqueAcrossTheCoreAndTheHttpEnums() {
        assertThat(all().stream().map(ErrorCode::name)).doesNotHaveDuplicates();
        assertThat(all().stream().map(ErrorCode::defaultMessage)).doesNotHaveDuplicates();
    }

    @Test
    void httpCodesKeepTheStatusAndMessageClientsSaw() {
        Map<String, Integer> before = Map.ofEntries(
                Map.entry("NOT_FOUND", 404),
                Map.entry("METHOD_NOT_ALLOWED", 405),
                Map.entry("NOT_ACCEPTABLE", 406),
                Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
                Map.entry("MALFORMED_REQUEST", 400),
                Map.entry("REQUEST_TIMEOUT", 408),
                Map.entry("ADMIN_KEY_REQUIRED", 401),
                Map.entry("INVALID_ADMIN_KEY", 401),
                Map.entry("QUERY_API_KEY_DISABLED", 400),
                Map.entry("IDEMPOTENCY_KEY_REUSED", 422),
                Map.entry("IDEMPOTENCY_IN_PROGRESS", 409),
                Map.entry("RANGE_NOT_SATISFIABLE", 416));
        assertThat(Arrays.stream(HttpErrorCode.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(before.keySet());
        for (HttpErrorCode code : HttpErrorCode.values()) {
            assertThat(ErrorStatus.of(code)).as(code.name()).isEqualTo(before.get(code.name()));
            assertThat(code.name()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(code.defaultMessage()).isNotBlank().doesNotEndWith(".");
        }
        assertThat(HttpErrorCode.ADMIN_KEY_REQUIRED.defaultMessage())
                .isEqualTo("An operator key (X-Admin-Key) is required");
        assertThat(HttpErrorCode.QUERY_API_KEY_DISABLED.defaultMessage())
                .isEqualTo("API keys in the query string are disabled; send the X-API-Key header");
    }

    @Test
    void coreMessagesNameNoHttpHeader() {
        for (CoreErrorCode code : CoreErrorCode.values()) {
            assertThat(code.defaultMessage())
                    .as(code.name())
                    .doesNotContainPattern("X-[A-Z]|[Hh]eader|Idempotency-Key");
        }
    }

    @Test
    void everyCodeHasAStatusInTheErrorRange() {
        for (ErrorCode code : all()) {
            assertThat(ErrorStatus.of(code)).as(code.name()).isBetween(400, 599);
        }
    }
}
