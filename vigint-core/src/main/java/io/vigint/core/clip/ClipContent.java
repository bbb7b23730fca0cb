package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import java.io.IOException;
import java.io.InputStream;

/**
 * A clip being read: what is known about it and its bytes. Close it (or the stream) when done.
 *
 * @param clip the stored clip
 * @param format its container, read from its first bytes
 * @param content its bytes
 */
public record ClipContent(StoredClip clip, ClipFormat format, InputStream content) implements AutoCloseable {
    public ClipContent {
        Checks.nonNull("clip format content", clip, format, content);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
