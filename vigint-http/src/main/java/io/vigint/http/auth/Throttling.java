package io.vigint.http.auth;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.RequestProperties;
import io.vigint.http.error.VigintExceptionMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import org.glassfish.grizzly.http.server.Request;

/** Helpers for checking credentials under an {@link AuthFailureListener}. */
public final class Throttling {
    /** The address used when the peer's is not known. */
    public static final String UNKNOWN_ADDRESS = "unknown";

    private Throttling() {}

    /**
     * The peer's address: from the Grizzly request the server put on the request ({@link
     * RequestProperties#GRIZZLY_REQUEST}), else the one the request-id filter recorded, else {@value
     * #UNKNOWN_ADDRESS}.
     */
    public static String remoteAddress(ContainerRequestContext request) {
        if (request.getProperty(RequestProperties.GRIZZLY_REQUEST) instanceof Request grizzly) {
            String address = grizzly.getRemoteAddr();
            return address == null ? UNKNOWN_ADDRESS : address;
        }
        return request.getProperty(RequestProperties.REMOTE_ADDRESS) instanceof String address
                ? address
                : UNKNOWN_ADDRESS;
    }

    /**
     * Throws 429 {@code RATE_LIMITED} (with {@code Retry-After}) while {@code failures} blocks
     * {@code remoteAddress}. Call it only once the presented credential has turned out unknown: a valid
     * credential is never refused for other requests' failures.
     */
    public static void refuseIfBlocked(AuthFailureListener failures, String remoteAddress) {
        if (failures.isBlocked(remoteAddress)) {
            throw new VigintException(
                    CoreErrorCode.RATE_LIMITED,
                    "Too many failed authentication attempts from this address; retry later",
                    Map.of(VigintExceptionMapper.RETRY_AFTER_DETAIL, failures.retryAfterSeconds(remoteAddress)));
        }
    }

    /**
     * Throws 429 {@code RATE_LIMITED} (with {@code Retry-After}) while {@code failures} blocks logins for
     * {@code username} from {@code remoteAddress}.
     */
    public static void refuseIfLoginBlocked(AuthFailureListener failures, String username, String remoteAddress) {
        if (failures.isLoginBlocked(username, remoteAddress)) {
            throw new VigintException(
                    CoreErrorCode.RATE_LIMITED,
                    "Too many failed logins for this username; retry later",
                    Map.of(
                            VigintExceptionMapper.RETRY_AFTER_DETAIL,
                            failures.loginRetryAfterSeconds(username, remoteAddress)));
        }
    }
}
