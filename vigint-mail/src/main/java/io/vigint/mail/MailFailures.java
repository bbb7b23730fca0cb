package io.vigint.mail;

import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code MAIL_FAILED} exceptions of the adapters: provider and status or reason, never secrets. */
final class MailFailures {
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

    /** Whether retrying may help: network failures, 429 and 5xx; not other refusals, nor refused SMTP credentials. */
    static boolean retryable(VigintException failure) {
        if (failure.code() != ErrorCode.MAIL_FAILED
                || "AuthenticationFailedException".equals(failure.details().get("reason"))) {
            return false;
        }
        Object status = failure.details().get("status");
        if (status instanceof Integer code) {
            return code == 429 || code >= 500;
        }
        return true;
    }
}
