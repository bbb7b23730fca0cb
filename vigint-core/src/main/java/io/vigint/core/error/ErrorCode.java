package io.vigint.core.error;

/**
 * A stable, upper-case error code. Clients match on {@link #name()}; never rename or reuse one. The
 * domain's codes are {@link CoreErrorCode}; a transport adds the codes only it produces (HTTP:
 * {@code io.vigint.http.error.HttpErrorCode}), and names are unique across all of them. Each code has one
 * category and a default message that is safe to show to any caller.
 */
public interface ErrorCode {
    /** The code as clients see it ({@code "INVALID_API_KEY"}). */
    String name();

    /** The category adapters map to a status or exit code. */
    ErrorCategory category();

    /** A message safe to show to any caller when nothing more specific is known. */
    String defaultMessage();
}
