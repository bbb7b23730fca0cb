package io.vigint.core.video;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Video upload: the size check, the {@link VideoDecoder} within the {@link VideoLimits}, then the frames the
 * source keeps into the {@link FrameBuffers} in one all-or-none write.
 *
 * <p>Frames are timed back from now: the video's last frame gets the server's clock, an earlier frame that
 * time minus its distance from the last ({@code now - (lastOffset - offset)}), so the buffer holds the
 * recording as if it had just been filmed. Of those, only the frames the source would keep anyway are
 * written: those inside its long window, at most its frame cap and within its client's byte budget, newest
 * first (a write of more would be refused as a whole, and the buffer would drop them at once).
 */
public final class VideoUploadService implements UploadVideoUseCase {
    private final VideoDecoder decoder;
    private final VideoLimits limits;
    private final FrameBuffers buffers;
    private final Clock clock;

    public VideoUploadService(VideoDecoder decoder, VideoLimits limits, FrameBuffers buffers, Clock clock) {
        Checks.nonNull("decoder limits buffers clock", decoder, limits, buffers, clock);
        this.decoder = decoder;
        this.limits = limits;
        this.buffers = buffers;
        this.clock = clock;
    }

    @Override
    public long maxBytes() {
        return limits.maxBytes();
    }

    @Override
    public UploadedVideo upload(UploadVideoCommand command) {
        byte[] video = command.video();
        if (video.length > limits.maxBytes()) {
            throw tooLarge(limits.maxBytes());
        }
        if (video.length == 0) {
            throw invalid("the video is empty");
        }
        DecodedVideo decoded = decoder.decode(video, limits);
        if (decoded.frames().size() > limits.maxFrames()) {
            throw invalid("the video has more than " + limits.maxFrames() + " frames");
        }
        Instant now = clock.instant();
        List<Frame> kept = keptFrames(decoded.frames(), now, command);
        BufferedFrames result = buffers.addAll(command.clientId(), command.sourceId(), kept);
        return new UploadedVideo(
                command.sourceId(),
                video.length,
                decoded.frames().size(),
                decoded.duration(),
                decoded.width(),
                decoded.height(),
                decoded.codec(),
                result.framesAdded(),
                result.bufferSize(),
                now);
    }

    /** The newest frames of {@code frames}, timed back from {@code now}, that the command's source keeps. */
    private List<Frame> keptFrames(List<DecodedVideo.DecodedFrame> frames, Instant now, UploadVideoCommand command) {
        Duration window =
                buffers.windowsOf(command.clientId(), command.sourceId()).longWindow();
        FrameBufferSettings settings = buffers.settings();
        Duration last = frames.get(frames.size() - 1).offset();
        Instant cutoff = now.minus(window);
        List<Frame> newestFirst = new ArrayList<>();
        long bytes = 0;
        for (int i = frames.size() - 1; i >= 0; i--) {
            DecodedVideo.DecodedFrame frame = frames.get(i);
            Duration before = last.minus(frame.offset());
            Instant at = before.isNegative() ? now : now.minus(before);
            boolean first = newestFirst.isEmpty();
            if (!first
                    && (!at.isAfter(cutoff)
                            || newestFirst.size() >= settings.maxFramesPerSource()
                            || bytes + frame.jpeg().length > settings.clientBudgetBytes())) {
                break;
            }
            newestFirst.add(new Frame(frame.jpeg(), FrameFormat.JPEG, at));
            bytes += frame.jpeg().length;
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The {@code INVALID_VIDEO} error with {@code reason}. */
    public static VigintException invalid(String reason) {
        return new VigintException(
                CoreErrorCode.INVALID_VIDEO, CoreErrorCode.INVALID_VIDEO.defaultMessage(), Map.of("reason", reason));
    }

    /** The 413 {@code PAYLOAD_TOO_LARGE} error for a video over {@code maxBytes}. */
    public static VigintException tooLarge(long maxBytes) {
        return new VigintException(
                CoreErrorCode.PAYLOAD_TOO_LARGE,
                "The video is larger than " + maxBytes + " bytes",
                Map.of("max_bytes", maxBytes));
    }
}
