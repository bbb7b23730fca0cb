package io.vigint.core.video;

import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One camera frame as it was received: the encoded image bytes (not copied: treat them as
 * immutable), their format and when the frame was taken (or received, if the sender gave no time), with
 * the {@link FrameNotes} analysis keeps of it.
 *
 * @param data the encoded JPEG or PNG bytes
 * @param format which of the two {@code data} is
 * @param timestamp when the frame was taken or received
 * @param notes what analysis learned of the frame, filled on first analysis (not part of equality)
 */
public record Frame(byte[] data, FrameFormat format, Instant timestamp, FrameNotes notes) {
    public Frame {
        Checks.nonNull("data format timestamp notes", data, format, timestamp, notes);
    }

    /** A frame nothing has been learned of yet. */
    public Frame(byte[] data, FrameFormat format, Instant timestamp) {
        this(data, format, timestamp, new FrameNotes());
    }

    /** The encoded size in bytes. */
    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame f
                && format == f.format
                && timestamp.equals(f.timestamp)
                && java.util.Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, timestamp, java.util.Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Frame[" + format + ", " + data.length + " bytes, " + timestamp + "]";
    }
}
