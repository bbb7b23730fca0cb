package io.vigint.mail;

import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code MAIL_FAILED} exceptions of the adapters: provider and status or reason, never secrets. */
final class MailFailures {
    static final String UNREADABLE_SECRET = "UnreadableSecret";

    private MailFailures() {}

    /** The provider answered with an HTTP status that is not success. */
    static VigintException rejected(String provider, int status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("status", status);
        return new VigintException(
                ErrorCode.MAIL_FAILED, "The " + provider + " API refused the message (HTTP " + status + ")", details);
    }

    /** The provider could not be reached or the message could not be handed over. */
    static VigintException failed(String provider, Throwable cause) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("reason", cause.getClass().getSimpleName());
        return new VigintException(
                ErrorCode.MAIL_FAILED, "The email could not be sent through " + provider, details, cause);
    }

    /** Reasons that the same message and configuration will meet again on every try. */
    private static final Set<String> PERMANENT =
            Set.of("AuthenticationFailedException", "AddressException", UNREADABLE_SECRET);

    /** The stored secret of a client's provider cannot be decrypted (another master key, or tampering). */
    static VigintException unreadableSecret(String provider) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("reason", UNREADABLE_SECRET);
        return new VigintException(
                ErrorCode.MAIL_FAILED,
                "The stored secret of the " + provider
                        + " configuration cannot be decrypted (was the master key changed?); set the configuration again",
                details);
    }

    /**
     * Whether retrying may help: network failures, 429 and 5xx; not other refusals, refused SMTP
     * credentials, malformed addresses, nor an unreadable stored secret.
     */
    static boolean retryable(VigintException failure) {
        if (failure.code() != ErrorCode.MAIL_FAILED
                || PERMANENT.contains(String.valueOf(failure.details().get("reason")))) {
            return false;
        }
        Object status = failure.details().get("status");
        if (status instanceof Integer code) {
            return code == 429 || code >= 500;
        }
        return true;
    }
}
