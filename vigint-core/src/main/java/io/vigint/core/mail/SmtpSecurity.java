package io.vigint.core.mail;

import java.util.Locale;

/** How an SMTP connection is protected: not at all, upgraded with STARTTLS, or TLS from the start. */
public enum SmtpSecurity {
    NONE(25),
    STARTTLS(587),
    SSL(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The usual port for this kind of connection. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The name in JSON and configuration: {@code none}, {@code starttls}, {@code ssl}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
