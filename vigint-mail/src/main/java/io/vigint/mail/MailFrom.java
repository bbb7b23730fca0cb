package io.vigint.mail;

import io.vigint.core.mail.EmailConfig;
import java.util.Objects;

/**
 * The sender of outgoing mail.
 *
 * @param address the sender address
 * @param name the display name, or {@code null}
 */
public record MailFrom(String address, String name) {
    public MailFrom {
        Objects.requireNonNull(address, "address");
    }

    /** The sender of a provider configuration. */
    public static MailFrom of(EmailConfig config) {
        return new MailFrom(config.fromEmail(), config.fromName());
    }

    /** {@code "Name" <address>} (quoted, for APIs that take one string), or the bare address. */
    public String formatted() {
        if (name == null) {
            return address;
        }
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + address + ">";
    }
}
