package io.vigint.core.error;

import java.util.Map;

/**
 * The one exception the core throws for expected failures. Its message and details are meant for the
 * caller (they never contain secrets); the {@link #code()} is what programs match on.
 */
public class VigintException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, Object> details;

    public VigintException(ErrorCode code) {
        this(code, code.defaultMessage(), Map.of(), null);
    }

    public VigintException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    public VigintException(ErrorCode code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    public VigintException(ErrorCode code, String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /** A {@link CoreErrorCode#VALIDATION_FAILED} naming the offending field. */
    public static VigintException invalid(String field, String message) {
        return new VigintException(CoreErrorCode.VALIDATION_FAILED, message, Map.of("field", field));
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }

    /** Structured, caller-safe details (for example the offending field). */
    public Map<String, Object> details() {
        return details;
    }
}
