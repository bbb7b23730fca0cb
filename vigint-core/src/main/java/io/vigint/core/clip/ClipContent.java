package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import java.io.IOException;
import java.io.InputStream;

/**
 * A clip being read: what is known about it and its bytes. Close it (or the stream) when done.
 *
 * @param clip the stored clip
 * @param content its bytes, an AVI file ({@link ClipEncoder#MEDIA_TYPE})
 */
public record ClipContent(StoredClip clip, InputStream content) implements AutoCloseable {
    public ClipContent {
        Checks.nonNull("clip content", clip, content);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
