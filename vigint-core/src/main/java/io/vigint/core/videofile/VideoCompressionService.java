package io.vigint.core.videofile;

import io.vigint.core.util.Checks;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.EncodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoEncoder;
import io.vigint.core.video.VideoEncoding;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-encodes a recording as H.264 at the bitrate that fits the size asked for: the recording is decoded
 * ({@link VideoDecoder}, within the upload limits, so a file that is not a video is refused), and if it is larger
 * than the limit, encoded ({@link VideoEncoder}) at full size, then, while still too large, at the picture size
 * times the quality reduction, at most {@value #ATTEMPTS} times. The smallest result is answered, or the
 * recording itself if none is smaller. A recording within the limit is answered unchanged, as the original
 * server did.
 */
public record VideoCompressionService(VideoDecoder decoder, VideoEncoder encoder, VideoLimits limits)
        implements CompressVideoUseCase {
    /** How many encodings are tried at most. */
    public static final int ATTEMPTS = 3;
    /** The share of the size limit the video stream aims at, leaving room for the container. */
    private static final double TARGET_SHARE = 0.9;
    /** The lowest bitrate asked of the encoder. */
    private static final int MIN_BITRATE = 16_000;

    public VideoCompressionService {
        Checks.nonNull("decoder encoder limits", decoder, encoder, limits);
    }

    @Override
    public CompressedVideo compress(CompressVideoCommand command) {
        byte[] original = command.video();
        if (original.length > limits.maxBytes()) {
            throw VideoUploadService.tooLarge(limits.maxBytes());
        }
        DecodedVideo decoded = decoder.decode(original, limits);
        long max = command.maxBytes();
        if (original.length <= max) {
            return unchanged(original, decoded, true);
        }
        List<Frame> frames = new ArrayList<>(decoded.frames().size());
        for (DecodedVideo.DecodedFrame frame : decoded.frames()) {
            frames.add(new Frame(frame.jpeg(), FrameFormat.JPEG, Instant.EPOCH.plus(frame.offset())));
        }
        double seconds = Math.max(0.001, decoded.duration().toNanos() / 1e9);
        int bitrate = (int) Math.max(MIN_BITRATE, Math.min(Integer.MAX_VALUE, max * 8 * TARGET_SHARE / seconds));
        EncodedVideo best = null;
        double scale = 1;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EncodedVideo encoded =
                    encoder.encode(frames, new VideoEncoding(scale, bitrate)).orElse(null);
            if (encoded != null && (best == null || encoded.size() < best.size())) {
                best = encoded;
            }
            if ((best != null && best.size() <= max) || command.qualityReduction() >= 1) {
                break;
            }
            scale *= command.qualityReduction();
        }
        if (best == null || best.size() >= original.length) {
            return unchanged(original, decoded, false);
        }
        return new CompressedVideo(
                best.mp4(),
                original.length,
                true,
                best.size() <= max,
                best.width(),
                best.height(),
                best.frames(),
                best.duration(),
                "h264");
    }

    private static CompressedVideo unchanged(byte[] original, DecodedVideo decoded, boolean withinLimit) {
        return new CompressedVideo(
                original,
                original.length,
                false,
                withinLimit,
                decoded.width(),
                decoded.height(),
                decoded.frames().size(),
                decoded.duration(),
                decoded.codec());
    }
}
