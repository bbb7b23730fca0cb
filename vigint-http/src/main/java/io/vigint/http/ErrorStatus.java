package io.vigint.http;

import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.ErrorCode;
import java.util.EnumMap;
import java.util.Map;

/** The one place where an error's category becomes an HTTP status. */
public final class ErrorStatus {
    private static final Map<ErrorCategory, Integer> STATUS = new EnumMap<>(ErrorCategory.class);

    static {
        STATUS.put(ErrorCategory.INVALID, 400);
        STATUS.put(ErrorCategory.UNAUTHENTICATED, 401);
        STATUS.put(ErrorCategory.FORBIDDEN, 403);
        STATUS.put(ErrorCategory.NOT_FOUND, 404);
        STATUS.put(ErrorCategory.METHOD_NOT_ALLOWED, 405);
        STATUS.put(ErrorCategory.NOT_ACCEPTABLE, 406);
        STATUS.put(ErrorCategory.CONFLICT, 409);
        STATUS.put(ErrorCategory.TOO_LARGE, 413);
        STATUS.put(ErrorCategory.UNSUPPORTED_MEDIA, 415);
        STATUS.put(ErrorCategory.UNPROCESSABLE, 422);
        STATUS.put(ErrorCategory.RATE_LIMITED, 429);
        STATUS.put(ErrorCategory.INTERNAL, 500);
        STATUS.put(ErrorCategory.TIMEOUT, 408);
        STATUS.put(ErrorCategory.BAD_GATEWAY, 502);
        STATUS.put(ErrorCategory.UNAVAILABLE, 503);
    }

    private ErrorStatus() {}

    /** The HTTP status for {@code category}. */
    public static int of(ErrorCategory category) {
        return STATUS.get(category);
    }

    /** The HTTP status for {@code code}. */
    public static int of(ErrorCode code) {
        return of(code.category());
    }
}
