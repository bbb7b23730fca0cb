package io.vigint.core.error;

/**
 * Stable, upper-case error codes. Clients match on {@link #name()}; never rename or reuse one.
 * Each code has one category and a default message that is safe to show to any caller.
 */
public enum ErrorCode {
    VALIDATION_FAILED(ErrorCategory.INVALID, "The request is invalid"),
    API_KEY_REQUIRED(ErrorCategory.UNAUTHENTICATED, "An API key is required"),
    INVALID_API_KEY(ErrorCategory.UNAUTHENTICATED, "Invalid API key"),
    KEY_REVOKED(ErrorCategory.UNAUTHENTICATED, "The API key has been revoked"),
    KEY_EXPIRED(ErrorCategory.UNAUTHENTICATED, "The API key has expired"),
    CLIENT_NOT_FOUND(ErrorCategory.NOT_FOUND, "Client not found"),
    KEY_NOT_FOUND(ErrorCategory.NOT_FOUND, "API key not found"),
    DUPLICATE_CLIENT_NAME(ErrorCategory.CONFLICT, "A client with this name already exists"),
    DUPLICATE_CLIENT_EMAIL(ErrorCategory.CONFLICT, "A client with this email already exists"),
    CLIENT_REVOKED(ErrorCategory.CONFLICT, "The client is revoked; reactivate it first"),
    KEY_NOT_ROTATABLE(ErrorCategory.CONFLICT, "Only an active, unexpired API key can be rotated"),
    KEY_NOT_REACTIVATABLE(ErrorCategory.CONFLICT, "An expired API key cannot be reactivated"),
    RATE_LIMITED(ErrorCategory.RATE_LIMITED, "Too many requests"),
    STORAGE_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "The database cannot be reached"),
    INTERNAL_ERROR(ErrorCategory.INTERNAL, "An internal error occurred");

    private final ErrorCategory category;
    private final String defaultMessage;

    ErrorCode(ErrorCategory category, String defaultMessage) {
        this.category = category;
        this.defaultMessage = defaultMessage;
    }

    /** The category adapters map to a status or exit code. */
    public ErrorCategory category() {
        return category;
    }

    /** A message safe to show to any caller when nothing more specific is known. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
