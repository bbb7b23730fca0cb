package io.vigint.http.gate;

import io.vigint.core.operator.OperatorKey;
import io.vigint.http.ClientPrincipal;

/**
 * Who {@link Authentication} found is calling: a client, an operator, or nobody (a public route, or an optional
 * credential that was not sent).
 *
 * @param client the authenticated client, or {@code null}
 * @param operator the operator key, or {@code null}
 */
public record Caller(ClientPrincipal client, OperatorKey operator) {
    /** Nobody authenticated. */
    public static final Caller ANONYMOUS = new Caller(null, null);

    /** A client. */
    public static Caller client(ClientPrincipal principal) {
        return new Caller(principal, null);
    }

    /** An operator. */
    public static Caller operator(OperatorKey key) {
        return new Caller(null, key);
    }
}
