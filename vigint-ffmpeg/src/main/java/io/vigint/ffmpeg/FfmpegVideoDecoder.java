package io.vigint.ffmpeg;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.DecodedVideo.DecodedFrame;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes an MP4 (H.264 of any profile, or MPEG-4 Part 2 as OpenCV's {@code mp4v} writes it) held in memory into
 * JPEG frames with their presentation times, with FFmpeg through JavaCV. Only the MP4 demuxer and the {@code h264}
 * and {@code mpeg4} decoders are ever opened, whatever the bytes claim to be. Thread-safe: every call has its
 * own demuxer, decoder and JPEG encoder, on one thread.
 *
 * <p>The limits are checked as early as each can be: bytes before anything is opened; the picture size and the
 * duration and frame count the container announces after its header is read, before any frame is decoded; the
 * frames decoded and their times while decoding. A file that decodes to fewer frames than its container
 * announces, or ends earlier than announced, is truncated (FFmpeg decodes a cut file with {@code moov} first up
 * to the cut without an error) and refused. Every refusal is a {@link VigintException} {@code INVALID_VIDEO}
 * with a {@code reason} detail in plain words; FFmpeg's own failures never escape as anything else.
 */
public final class FfmpegVideoDecoder implements VideoDecoder {
    /** The decoders this adapter opens, by FFmpeg's names. */
    static final Set<String> DECODERS = Set.of("h264", "mpeg4");

    /** How much earlier than announced the last frame may end before the video counts as truncated. */
    private static final Duration END_TOLERANCE = Duration.ofMillis(250);

    @Override
    public DecodedVideo decode(byte[] video, VideoLimits limits) {
        if (video.length > limits.maxBytes()) {
            throw invalid(
                    "the file is " + video.length + " bytes, more than the limit of " + limits.maxBytes() + " bytes");
        }
        if (video.length < 8) {
            throw invalid("the file is not an MP4 video");
        }
        Natives.init();
        try {
            return decodeChecked(video, limits);
        } catch (VigintException e) {
            throw e;
        } catch (FrameGrabber.Exception | CodecException e) {
            throw invalid("the file is not an MP4 video in H.264 or MPEG-4 Part 2 that decodes");
        } catch (RuntimeException e) {
            // JavaCPP's and JavaCV's own checks (a null pointer from a broken header, say) are the input's fault too.
            throw invalid("the file is not an MP4 video in H.264 or MPEG-4 Part 2 that decodes");
        }
    }

    private static DecodedVideo decodeChecked(byte[] video, VideoLimits limits)
            throws FrameGrabber.Exception, CodecException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(video), video.length);
        JpegEncoder jpeg = null;
        try {
            grabber.setFormat("mp4");
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.setOption("codec_whitelist", String.join(",", DECODERS));
            grabber.setVideoOption("codec_whitelist", String.join(",", DECODERS));
            grabber.setVideoOption("threads", "1");
            // The MP4 header gives sizes, durations and frame counts; no frame is decoded before they are checked.
            grabber.start(false);
            AVStream stream = videoStream(grabber);
            String codec = grabber.getVideoCodecName();
            if (stream == null || codec == null || !DECODERS.contains(codec)) {
                throw invalid("the file holds no H.264 or MPEG-4 Part 2 video");
            }
            int[] size = {grabber.getImageWidth(), grabber.getImageHeight()};
            if (size[0] < 1 || size[1] < 1) {
                // MPEG-4 Part 2: FFmpeg learns the size from the stream's first frame; the track header says it.
                size = Mp4Header.videoTrackSize(video)
                        .orElseThrow(() -> invalid("the video's header gives no picture size"));
            }
            checkSize(size[0], size[1], limits);
            long announcedFrames = Math.max(0, stream.nb_frames());
            if (announcedFrames > limits.maxFrames()) {
                throw invalid(
                        "the video has " + announcedFrames + " frames, more than the limit of " + limits.maxFrames());
            }
            Duration announced = announcedDuration(grabber.getFormatContext(), stream);
            if (announced.compareTo(limits.maxDuration()) > 0) {
                throw tooLong(announced, limits);
            }
            List<DecodedFrame> frames = new ArrayList<>();
            long firstMicros = Long.MIN_VALUE;
            long lastMicros = 0;
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                if (frames.size() == limits.maxFrames()) {
                    throw invalid("the video has more than " + limits.maxFrames() + " frames, the limit");
                }
                if (firstMicros == Long.MIN_VALUE) {
                    firstMicros = frame.timestamp;
                }
                long micros = Math.max(lastMicros, frame.timestamp - firstMicros);
                Duration offset = Duration.ofNanos(micros * 1_000);
                if (offset.compareTo(limits.maxDuration()) > 0) {
                    throw tooLong(offset, limits);
                }
                AVFrame picture = (AVFrame) frame.opaque;
                if (jpeg == null) {
                    // What the decoder really produces, checked again before a second frame is decoded.
                    checkSize(picture.width(), picture.height(), limits);
                    jpeg = new JpegEncoder(picture.width(), picture.height());
                }
                frames.add(new DecodedFrame(jpeg.encode(picture), offset));
                lastMicros = micros;
            }
            if (frames.isEmpty()) {
                throw invalid("no frame of the video decodes");
            }
            if (announcedFrames > 0 && frames.size() < announcedFrames) {
                throw invalid("the video is truncated: " + frames.size() + " of the " + announcedFrames
                        + " frames it announces decode");
            }
            Duration frameTime = frameTime(grabber, frames);
            Duration decoded = frames.get(frames.size() - 1).offset().plus(frameTime);
            if (!announced.isZero() && decoded.plus(END_TOLERANCE).compareTo(announced) < 0) {
                throw invalid("the video is truncated: its frames end at " + seconds(decoded) + " of the "
                        + seconds(announced) + " it announces");
            }
            if (decoded.compareTo(limits.maxDuration()) > 0 && announced.isZero()) {
                throw tooLong(decoded, limits);
            }
            Duration duration = announced.isZero() ? decoded : announced;
            return new DecodedVideo(frames, duration, jpeg.width(), jpeg.height(), codec);
        } finally {
            if (jpeg != null) {
                jpeg.close();
            }
            try {
                grabber.release();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                // Releasing frees native memory; a failure here says nothing about the video already judged.
            }
        }
    }

    private static void checkSize(int width, int height, VideoLimits limits) {
        if (width < 1 || height < 1) {
            throw invalid("the video has no picture size");
        }
        if (width > limits.maxWidth() || height > limits.maxHeight()) {
            throw invalid("the picture is " + width + "x" + height + ", larger than the limit of " + limits.maxWidth()
                    + "x" + limits.maxHeight());
        }
    }

    /** The stream the grabber decodes, or null. */
    private static AVStream videoStream(FFmpegFrameGrabber grabber) {
        if (!grabber.hasVideo()) {
            return null;
        }
        AVFormatContext context = grabber.getFormatContext();
        int index = grabber.getVideoStream();
        if (context == null || index < 0 || index >= context.nb_streams()) {
            return null;
        }
        return context.streams(index);
    }

    /** The video stream's duration as its container announces it, or the file's, or zero if neither says. */
    private static Duration announcedDuration(AVFormatContext context, AVStream stream) {
        long duration = stream.duration();
        if (duration > 0
                && duration != avutil.AV_NOPTS_VALUE
                && stream.time_base().den() > 0) {
            return nanos(duration * avutil.av_q2d(stream.time_base()));
        }
        long total = context.duration();
        if (total > 0 && total != avutil.AV_NOPTS_VALUE) {
            return nanos((double) total / avutil.AV_TIME_BASE);
        }
        return Duration.ZERO;
    }

    /** {@code seconds} as a duration, capped at about 292 years. */
    private static Duration nanos(double seconds) {
        return Duration.ofNanos(Math.round(Math.min(seconds * 1e9, (double) Long.MAX_VALUE)));
    }

    /** How long one frame shows: the stream's frame rate, else the mean gap between the decoded frames. */
    private static Duration frameTime(FFmpegFrameGrabber grabber, List<DecodedFrame> frames) {
        double rate = grabber.getVideoFrameRate();
        if (rate > 0 && rate < 1000) {
            return Duration.ofNanos(Math.round(1e9 / rate));
        }
        if (frames.size() > 1) {
            return frames.get(frames.size() - 1).offset().dividedBy(frames.size() - 1);
        }
        return Duration.ZERO;
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    private static VigintException tooLong(Duration duration, VideoLimits limits) {
        return invalid(
                "the video lasts " + seconds(duration) + ", longer than the limit of " + seconds(limits.maxDuration()));
    }

    static VigintException invalid(String reason) {
        return new VigintException(
                CoreErrorCode.INVALID_VIDEO,
                CoreErrorCode.INVALID_VIDEO.defaultMessage() + ": " + reason,
                Map.of("reason", reason));
    }
}
