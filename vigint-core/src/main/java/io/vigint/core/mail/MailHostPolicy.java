package io.vigint.core.mail;

import java.util.Optional;

/**
 * Whether the server may connect to a mail host that a client chose (the SMTP {@code host} of a
 * client's own configuration). A client that could name any host could make the server connect to its
 * own loopback, private network or cloud metadata service; the adapter behind this port decides which
 * hosts are outside the server and which the operator allowed. The server's own mail settings are the
 * operator's and are not checked.
 */
@FunctionalInterface
public interface MailHostPolicy {
    /**
     * Why the server must not connect to {@code host}, as a sentence for the client; empty when it may.
     * A host that cannot be resolved now is not refused here (it is checked again at each connection).
     *
     * @param host a host name or IPv4 address as the client gave it, already checked for syntax
     */
    Optional<String> refusal(String host);
}
