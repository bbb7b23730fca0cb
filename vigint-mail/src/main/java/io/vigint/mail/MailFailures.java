package io.vigint.mail;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code MAIL_FAILED} exceptions of the adapters: provider and status or reason, never secrets. */
final class MailFailures {
    static final String UNREADABLE_SECRET = "UnreadableSecret";
    static final String OUTBOUND_REFUSED = "OutboundAddressRefused";

    private MailFailures() {}

    /** The provider answered with an HTTP status that is not success. */
    static VigintException rejected(String provider, int status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("status", status);
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The " + provider + " API refused the message (HTTP " + status + ")",
                details);
    }

    /** The provider could not be reached or the message could not be handed over. */
    static VigintException failed(String provider, Throwable cause) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("reason", cause.getClass().getSimpleName());
        return new VigintException(
                CoreErrorCode.MAIL_FAILED, "The email could not be sent through " + provider, details, cause);
    }

    /** Reasons that the same message and configuration will meet again on every try. */
    private static final Set<String> PERMANENT =
            Set.of("AuthenticationFailedException", "AddressException", UNREADABLE_SECRET, OUTBOUND_REFUSED);

    /**
     * The client's provider host is, or now resolves to, an internal address that the operator did not
     * allow, so the server did not connect (the address is logged by {@link OutboundPolicy}, not shown).
     */
    static VigintException refused(String provider) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("reason", OUTBOUND_REFUSED);
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The " + provider + " host of this email configuration is an internal address, which the server"
                        + " does not connect to; configure a mail server on the internet",
                details);
    }

    /** The stored secret of a client's provider cannot be decrypted (another master key, or tampering). */
    static VigintException unreadableSecret(String provider) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put("reason", UNREADABLE_SECRET);
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The stored secret of the " + provider
                        + " configuration cannot be decrypted (was the master key changed?); set the configuration again",
                details);
    }

    /**
     * Whether retrying may help: network failures, 429 and 5xx; not other refusals, refused SMTP
     * credentials, malformed addresses, an unreadable stored secret, nor a host the {@link
     * OutboundPolicy} refused.
     */
    static boolean retryable(VigintException failure) {
        if (failure.code() != CoreErrorCode.MAIL_FAILED
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
