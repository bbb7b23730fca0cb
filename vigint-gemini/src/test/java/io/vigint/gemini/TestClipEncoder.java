package io.vigint.gemini;

import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.video.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link ClipEncoder} for the analyzer's tests: a clip whose first bytes are those of its format (an MP4
 * {@code ftyp} box, or {@code RIFF....AVI }) followed by {@code bytesPerFrame} bytes per frame, so its size
 * follows the frame count; or no clip, or a failure. It records the frames of every call.
 */
final class TestClipEncoder implements ClipEncoder {
    private final ClipFormat format;
    private final int bytesPerFrame;
    private final boolean fails;
    private final boolean empty;
    final List<List<Frame>> calls = new CopyOnWriteArrayList<>();

    private TestClipEncoder(ClipFormat format, int bytesPerFrame, boolean fails, boolean empty) {
        this.format = format;
        this.bytesPerFrame = bytesPerFrame;
        this.fails = fails;
        this.empty = empty;
    }

    static TestClipEncoder mp4(int bytesPerFrame) {
        return new TestClipEncoder(ClipFormat.MP4, bytesPerFrame, false, false);
    }

    static TestClipEncoder avi(int bytesPerFrame) {
        return new TestClipEncoder(ClipFormat.AVI, bytesPerFrame, false, false);
    }

    /** An encoder for which no frame decodes: it makes no clip. */
    static TestClipEncoder none() {
        return new TestClipEncoder(ClipFormat.MP4, 1, false, true);
    }

    /** An encoder that fails with an unchecked exception. */
    static TestClipEncoder failing() {
        return new TestClipEncoder(ClipFormat.MP4, 1, true, false);
    }

    @Override
    public ClipFormat format() {
        return format;
    }

    @Override
    public Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels) {
        calls.add(List.copyOf(frames));
        if (fails) {
            throw new IllegalStateException("the encoder broke");
        }
        if (empty) {
            return Optional.empty();
        }
        return Optional.of(clipOf(frames.size()));
    }

    /** The clip this encoder makes of {@code frameCount} frames. */
    byte[] clipOf(int frameCount) {
        byte[] head = format == ClipFormat.MP4
                ? new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}
                : "RIFF\0\0\0\0AVI ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] clip = Arrays.copyOf(head, head.length + frameCount * bytesPerFrame);
        for (int i = head.length; i < clip.length; i++) {
            clip[i] = (byte) (i * 31 + frameCount);
        }
        return clip;
    }
}
