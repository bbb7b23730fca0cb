package io.vigint.http.error;

import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.ErrorCode;

/**
 * The error codes only the HTTP layer produces: routing and content negotiation, request framing, the
 * operator key and query-string key headers, idempotency keys, byte ranges. Each carries its HTTP status. Names are
 * unique across these and {@link io.vigint.core.error.CoreErrorCode}; clients match on them, so never
 * rename or reuse one.
 */
public enum HttpErrorCode implements ErrorCode {
    NOT_FOUND(ErrorCategory.NOT_FOUND, 404, "Not found"),
    METHOD_NOT_ALLOWED(ErrorCategory.INVALID, 405, "Method not allowed"),
    NOT_ACCEPTABLE(ErrorCategory.INVALID, 406, "None of the accepted media types can be produced"),
    UNSUPPORTED_MEDIA_TYPE(ErrorCategory.INVALID, 415, "Unsupported media type"),
    MALFORMED_REQUEST(ErrorCategory.INVALID, 400, "The request body is not valid JSON or form data"),
    REQUEST_TIMEOUT(ErrorCategory.INVALID, 408, "The request was not received in time"),
    ADMIN_KEY_REQUIRED(ErrorCategory.UNAUTHENTICATED, 401, "An operator key (X-Admin-Key) is required"),
    INVALID_ADMIN_KEY(ErrorCategory.UNAUTHENTICATED, 401, "Invalid operator key"),
    QUERY_API_KEY_DISABLED(
            ErrorCategory.INVALID, 400, "API keys in the query string are disabled; send the X-API-Key header"),
    IDEMPOTENCY_KEY_REUSED(ErrorCategory.UNPROCESSABLE, 422, "This Idempotency-Key was used with a different request"),
    IDEMPOTENCY_IN_PROGRESS(ErrorCategory.CONFLICT, 409, "A request with this Idempotency-Key is still in progress"),
    RANGE_NOT_SATISFIABLE(ErrorCategory.INVALID, 416, "The requested byte range is not within the video");

    private final ErrorCategory category;
    private final int status;
    private final String defaultMessage;

    HttpErrorCode(ErrorCategory category, int status, String defaultMessage) {
        this.category = category;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    /** The HTTP status of this code. */
    public int status() {
        return status;
    }

    @Override
    public String defaultMessage() {
        return defaultMessage;
    }
}
