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

    /** The details of a failure: the provider, then what went wrong ({@code key}: {@code value}). */
    private static Map<String, Object> details(String provider, String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        details.put(key, value);
        return details;
    }

    /** The provider answered with an HTTP status that is not success. */
    static VigintException rejected(String provider, int status) {
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The " + provider + " API refused the message (HTTP " + status + ")",
                details(provider, "status", status));
    }

    /** The provider could not be reached or the message could not be handed over. */
    static VigintException failed(String provider, Throwable cause) {
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The email could not be sent through " + provider,
                details(provider, "reason", cause.getClass().getSimpleName()),
                cause);
    }

    /** Reasons that the same message and configuration will meet again on every try. */
    private static final Set<String> PERMANENT =
            Set.of("AuthenticationFailedException", "AddressException", UNREADABLE_SECRET, OUTBOUND_REFUSED);

    /**
     * The client's provider host is, or now resolves to, an internal address that the operator did not
     * allow, so the server did not connect (the address is logged by {@link OutboundPolicy}, not shown).
     */
    static VigintException refused(String provider) {
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The " + provider + " host of this email configuration is an internal address, which the server"
                        + " does not connect to; configure a mail server on the internet",
                details(provider, "reason", OUTBOUND_REFUSED));
    }

    /** The stored secret of a client's provider cannot be decrypted (another master key, or tampering). */
    static VigintException unreadableSecret(String provider) {
        return new VigintException(
                CoreErrorCode.MAIL_FAILED,
                "The stored secret of the " + provider
                        + " configuration cannot be decrypted (was the master key changed?); set the configuration again",
                details(provider, "reason", UNREADABLE_SECRET));
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
