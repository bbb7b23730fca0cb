package io.vigint.http.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body through and throws {@link BodyTooLargeException} as soon as more than
 * {@code maxBytes} have been read: the limit for bodies whose length is not announced (chunked) or
 * announced wrongly.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long count;
    private long mark;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    private void add(long n) throws BodyTooLargeException {
        count += n;
        if (count > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
    }
}
