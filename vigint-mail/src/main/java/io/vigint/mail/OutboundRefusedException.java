package io.vigint.mail;

import java.io.IOException;

/**
 * The {@link OutboundPolicy} refused a connection: the host is, or resolves to, an internal address
 * that the operator did not allow. Thrown from a socket's {@code connect} so that a mail library passes
 * it on; the same message and configuration meet it again on every try, so it is not retried.
 */
public final class OutboundRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    OutboundRefusedException(String host, String kind) {
        super("Refused to connect to " + host + ": an internal address (" + kind + ")");
        this.kind = kind;
    }

    /** What kind of internal address it was, such as {@code loopback}. */
    public String kind() {
        return kind;
    }

    /** The refusal in {@code failure} or its causes, if there is one. */
    static OutboundRefusedException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutboundRefusedException refused) {
                return refused;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
