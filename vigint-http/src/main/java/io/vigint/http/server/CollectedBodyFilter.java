package io.vigint.http.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Gives Jersey the request body that {@link BodyFirstHandler} collected before the request ran, as an
 * in-memory stream ({@link CollectedBody}), in place of Grizzly's input stream: the request runs on a worker while Grizzly's input
 * buffer belongs to the connection's I/O (it is not thread-safe, and it is recycled for the next request on
 * the connection as soon as the response is committed). Runs before every other filter.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public final class CollectedBodyFilter implements ContainerRequestFilter {
    /** The Grizzly request attribute (a Jersey request property) holding the collected body, a {@code byte[]}. */
    public static final String BODY_ATTRIBUTE = "io.vigint.http.server.collected-body";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(BODY_ATTRIBUTE) instanceof byte[] body) {
            request.removeProperty(BODY_ATTRIBUTE);
            request.setEntityStream(new CollectedBody(body));
        }
    }
}
