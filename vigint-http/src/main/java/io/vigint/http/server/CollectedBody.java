package io.vigint.http.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * The request body {@link BodyFirstHandler} collected, as the entity stream Jersey hands to resources. A resource
 * that wants the bytes themselves (frame ingest) takes the array with {@link #takeAll(InputStream)} instead of
 * copying it out of the stream.
 */
public final class CollectedBody extends ByteArrayInputStream {
    CollectedBody(byte[] body) {
        super(body);
    }

    /**
     * The whole body if {@code stream} is a collected body nothing has read yet (the array itself, not a copy;
     * the stream is then at its end), else null.
     */
    public static byte[] takeAll(InputStream stream) {
        if (stream instanceof CollectedBody body) {
            synchronized (body) {
                if (body.pos == 0 && body.mark == 0 && body.count == body.buf.length) {
                    body.pos = body.count;
                    return body.buf;
                }
            }
        }
        return null;
    }
}
