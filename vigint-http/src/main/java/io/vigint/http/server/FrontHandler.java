package io.vigint.http.server;

import java.io.IOException;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A handler that may answer a request before Jersey does (frame ingest), once {@link BodyFirstHandler} has its
 * whole body, on a worker thread. It takes only the exact requests it knows (canonical path, method, headers)
 * and leaves every other one, and any it is unsure of, to Jersey: it must decide before it changes anything
 * (no budget taken, no answer started) and then return false.
 */
public interface FrontHandler {
    /**
     * Answers {@code request} and returns true, or returns false having done nothing, for Jersey to answer it.
     *
     * @param body the whole request body (the handler may keep the array: nothing else uses it once answered)
     */
    boolean serve(Request request, Response response, byte[] body) throws IOException;
}
