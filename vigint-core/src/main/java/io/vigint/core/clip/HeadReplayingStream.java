package io.vigint.core.clip;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A stream whose first bytes were read ahead (to tell a clip's format) and are given again before the rest:
 * the reader sees the whole content from its start. Skipping passes through to the underlying stream once
 * the head is consumed, so a range request does not read what it skips.
 */
final class HeadReplayingStream extends InputStream {
    private final byte[] head;
    private final InputStream rest;
    private int position;

    /** Reads up to {@code length} bytes of the start of {@code content}, to be given again with the rest. */
    HeadReplayingStream(InputStream content, int length) throws IOException {
        this.rest = Objects.requireNonNull(content, "content");
        this.head = content.readNBytes(length);
    }

    /** The bytes read ahead (fewer than asked when the content is shorter). */
    byte[] head() {
        return head.clone();
    }

    @Override
    public int read() throws IOException {
        if (position < head.length) {
            return head[position++] & 0xff;
        }
        return rest.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position < head.length) {
            int n = Math.min(length, head.length - position);
            System.arraycopy(head, position, buffer, offset, n);
            position += n;
            return n;
        }
        return rest.read(buffer, offset, length);
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        if (position < head.length) {
            int fromHead = (int) Math.min(n, head.length - position);
            position += fromHead;
            return fromHead;
        }
        return rest.skip(n);
    }

    @Override
    public int available() throws IOException {
        return head.length - position + rest.available();
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
