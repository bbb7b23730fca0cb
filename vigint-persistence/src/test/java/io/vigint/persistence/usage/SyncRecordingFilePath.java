package io.vigint.persistence.usage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.List;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:syncrec:/path/db}) over the disk whose file channels record, in one
 * global order, every write (with its bytes) and every {@code force} (fsync), once the call has returned. A
 * test adds its own marks to the same record to check what happened before what. Public with a public
 * constructor because H2 makes instances reflectively.
 */
public final class SyncRecordingFilePath extends FilePathWrapper {
    static final String SCHEME = "syncrec";

    /** One recorded call: {@code write} (with the bytes written), {@code force}, or a test's mark. */
    record Event(String kind, String file, byte[] data) {}

    private static final List<Event> EVENTS = new ArrayList<>();

    /** Registers the file system (idempotent). */
    static void register() {
        FilePath.register(new SyncRecordingFilePath());
    }

    /** Adds a test's mark to the record. */
    static void mark(String kind) {
        add(new Event(kind, null, null));
    }

    static List<Event> events() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    static void clear() {
        synchronized (EVENTS) {
            EVENTS.clear();
        }
    }

    private static void add(Event event) {
        synchronized (EVENTS) {
            EVENTS.add(event);
        }
    }

    public SyncRecordingFilePath() {}

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new RecordingChannel(super.open(mode), name);
    }

    private static final class RecordingChannel extends FileBase {
        private final FileChannel channel;
        private final String file;

        RecordingChannel(FileChannel channel, String file) {
            this.channel = channel;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            byte[] bytes = bytes(src);
            int written = channel.write(src);
            add(new Event("write", file, bytes));
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            byte[] bytes = bytes(src);
            int written = channel.write(src, position);
            add(new Event("write", file, bytes));
            return written;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
            add(new Event("force", file, null));
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }

        private static byte[] bytes(ByteBuffer src) {
            ByteBuffer copy = src.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return bytes;
        }
    }
}
