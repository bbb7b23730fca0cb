package io.vigint.core.error;

/**
 * The domain's error codes: what the core and its adapters (storage, mail, billing, analysis) can fail
 * with, whatever the transport. Codes only a transport produces (a method not allowed, a malformed
 * request, an operator key header) live with that transport ({@code io.vigint.http.error.HttpErrorCode}).
 * Clients match on {@link #name()}; never rename or reuse one.
 */
public enum CoreErrorCode implements ErrorCode {
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
    INVALID_CREDENTIALS(ErrorCategory.UNAUTHENTICATED, "Invalid username or password"),
    INVALID_TOKEN(ErrorCategory.UNAUTHENTICATED, "Invalid access token"),
    TOKEN_EXPIRED(ErrorCategory.UNAUTHENTICATED, "The access token has expired"),
    DUPLICATE_USERNAME(ErrorCategory.CONFLICT, "This username is taken"),
    SIGN_UP_DISABLED(ErrorCategory.FORBIDDEN, "Creating clients requires an operator key"),
    RATE_LIMITED(ErrorCategory.RATE_LIMITED, "Too many requests"),
    PAYLOAD_TOO_LARGE(ErrorCategory.TOO_LARGE, "The request body is too large"),
    // video pipeline
    INVALID_FRAME(ErrorCategory.INVALID, "The frame is not a JPEG or PNG image that decodes"),
    NO_FRAMES(ErrorCategory.UNPROCESSABLE, "No frames are buffered for this source"),
    ANALYZER_FAILED(ErrorCategory.BAD_GATEWAY, "The incident analyzer returned an unusable answer"),
    ANALYZER_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "The incident analyzer cannot be reached"),
    CLIP_NOT_FOUND(ErrorCategory.NOT_FOUND, "Video not found"),
    INVALID_VIDEO_TOKEN(ErrorCategory.FORBIDDEN, "The video link is invalid or has expired"),
    STORAGE_QUOTA_EXCEEDED(ErrorCategory.TOO_LARGE, "The client's stored videos would exceed its storage quota"),
    INVALID_EMAIL_CONFIG(ErrorCategory.INVALID, "The email configuration is invalid"),
    EMAIL_CONFIG_NOT_FOUND(ErrorCategory.NOT_FOUND, "No email configuration is set for this client"),
    MAIL_FAILED(ErrorCategory.BAD_GATEWAY, "The email could not be sent"),
    // metering and billing
    INVALID_PERIOD(ErrorCategory.INVALID, "The billing period is invalid"),
    INVALID_IBAN(ErrorCategory.INVALID, "The IBAN is invalid"),
    INVALID_VAT_ID(ErrorCategory.INVALID, "The VAT identification number is invalid"),
    PAYMENT_DETAILS_NOT_FOUND(ErrorCategory.NOT_FOUND, "No payment details are set for this client"),
    BILLING_PROFILE_NOT_FOUND(ErrorCategory.NOT_FOUND, "No billing profile is set for this client"),
    INVOICE_NOT_FOUND(ErrorCategory.NOT_FOUND, "Invoice not found"),
    INVOICE_STATE_CONFLICT(ErrorCategory.CONFLICT, "The invoice's status does not allow this change"),
    CREDIT_NOTE_NOT_FOUND(ErrorCategory.NOT_FOUND, "Credit note not found"),
    PAYMENT_EXCEEDS_BALANCE(ErrorCategory.CONFLICT, "The payment is more than the amount due on the invoice"),
    CREDIT_EXCEEDS_INVOICE(ErrorCategory.CONFLICT, "The credit is more than what is left of the invoice to credit"),
    STORAGE_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "The database cannot be reached"),
    // import from an original deployment (issue 12)
    LEGACY_SOURCE_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "The original Vigint database cannot be opened"),
    NOT_A_LEGACY_DATABASE(ErrorCategory.INVALID, "The database does not have the original Vigint's schema"),
    INTERNAL_ERROR(ErrorCategory.INTERNAL, "An internal error occurred"),
    // fair buffers and bounded work (issue 9, finding 7 and 8)
    BUFFER_FULL(
            ErrorCategory.UNAVAILABLE,
            "The server's frame buffers are full with other clients' recent frames; retry in a few seconds"),
    FRAME_TOO_LARGE_PIXELS(ErrorCategory.TOO_LARGE, "The frame has more pixels than accepted"),
    TOO_MANY_FRAMES(ErrorCategory.TOO_LARGE, "More frames than one source may buffer at once"),
    INVALID_CONFIRMATION_TOKEN(ErrorCategory.INVALID, "The confirmation link is invalid, has been used or has expired"),
    // video as video (issue 11)
    INVALID_VIDEO(ErrorCategory.INVALID, "The video is not an MP4 recording that decodes within the limits");

    private final ErrorCategory category;
    private final String defaultMessage;

    CoreErrorCode(ErrorCategory category, String defaultMessage) {
        this.category = category;
        this.defaultMessage = defaultMessage;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public String defaultMessage() {
        return defaultMessage;
    }
}
