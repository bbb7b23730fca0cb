package io.vigint.core.clip;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A clip being read: what is known about it and its bytes. Close it (or the stream) when done.
 *
 * @param clip the stored clip
 * @param content its bytes, an AVI file ({@link ClipEncoder#MEDIA_TYPE})
 */
public record ClipContent(StoredClip clip, InputStream content) implements AutoCloseable {
    public ClipContent {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
