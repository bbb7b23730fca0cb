package io.vigint.core.error;

/** What kind of failure an {@link ErrorCode} is; adapters map a category to a status (HTTP) or exit code (CLI). */
public enum ErrorCategory {
    /** The input is malformed or breaks a rule; retrying the same input fails the same way. */
    INVALID,
    /** The thing named does not exist, or is not visible to the caller. */
    NOT_FOUND,
    /** The request clashes with the current state (a duplicate, a key that can no longer be rotated). */
    CONFLICT,
    /** No credential, or one that is unknown, revoked or expired. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The caller sent too many requests. */
    RATE_LIMITED,
    /** The request is well-formed but cannot be processed as sent (an idempotency key reused with another body). */
    UNPROCESSABLE,
    /** The request body is larger than allowed. */
    TOO_LARGE,
    /** The request body has a media type this endpoint does not take. */
    UNSUPPORTED_MEDIA,
    /** The path exists but not with this method. */
    METHOD_NOT_ALLOWED,
    /** A dependency (the database, a provider) cannot be reached; retrying later may work. */
    NOT_ACCEPTABLE,
    BAD_GATEWAY,
    UNAVAILABLE,
    /** A bug or an unexpected state; details are logged, never shown. */
    INTERNAL,
    /** The client did not send its request in time (a stalled body). */
    TIMEOUT
}
