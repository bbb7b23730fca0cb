package io.vigint.core.error;

/**
 * What kind of failure an {@link ErrorCode} is, in the domain's terms; adapters map a category to a
 * status (HTTP) or exit code (CLI). Transport-only failures (a method not allowed, a media type not
 * accepted, a stalled request) are not categories here: their codes carry their own HTTP status.
 */
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
    /** The request is well-formed but cannot be processed as sent (no frames buffered for the source). */
    UNPROCESSABLE,
    /** The input is larger than allowed (a body, a frame, a number of frames). */
    TOO_LARGE,
    /** A dependency (a provider) answered with something unusable. */
    BAD_GATEWAY,
    /** A dependency (the database, a provider) cannot be reached, or the server is full; retrying later may work. */
    UNAVAILABLE,
    /** A bug or an unexpected state; details are logged, never shown. */
    INTERNAL
}
