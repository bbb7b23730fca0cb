package io.vigint.http;

import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.ErrorCode;
import io.vigint.http.error.HttpErrorCode;
import java.util.EnumMap;
import java.util.Map;

/** The one place where an error code becomes an HTTP status. */
public final class ErrorStatus {
    private static final Map<ErrorCategory, Integer> STATUS = new EnumMap<>(ErrorCategory.class);

    static {
        STATUS.put(ErrorCategory.INVALID, 400);
        STATUS.put(ErrorCategory.UNAUTHENTICATED, 401);
        STATUS.put(ErrorCategory.FORBIDDEN, 403);
        STATUS.put(ErrorCategory.NOT_FOUND, 404);
        STATUS.put(ErrorCategory.CONFLICT, 409);
        STATUS.put(ErrorCategory.TOO_LARGE, 413);
        STATUS.put(ErrorCategory.UNPROCESSABLE, 422);
        STATUS.put(ErrorCategory.RATE_LIMITED, 429);
        STATUS.put(ErrorCategory.INTERNAL, 500);
        STATUS.put(ErrorCategory.BAD_GATEWAY, 502);
        STATUS.put(ErrorCategory.UNAVAILABLE, 503);
    }

    private ErrorStatus() {}

    /** The HTTP status for {@code category}. */
    public static int of(ErrorCategory category) {
        return STATUS.get(category);
    }

    /** The HTTP status for {@code code}: its own for an {@link HttpErrorCode}, its category's otherwise. */
    public static int of(ErrorCode code) {
        return code instanceof HttpErrorCode http ? http.status() : of(code.category());
    }
}
