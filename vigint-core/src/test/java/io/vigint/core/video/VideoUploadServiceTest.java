package io.vigint.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The upload use case over real frame buffers, with a decoder that returns what each test sets. */
class VideoUploadServiceTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final ClientId ALICE = new ClientId(1);
    private static final VideoLimits LIMITS = new VideoLimits(1000, Duration.ofSeconds(120), 1920, 1080, 3600);

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicReference<DecodedVideo> next = new AtomicReference<>();
    private final List<VideoLimits> limitsSeen = new ArrayList<>();
    private final VideoDecoder decoder = (video, limits) -> {
        limitsSeen.add(limits);
        DecodedVideo decoded = next.get();
        if (decoded == null) {
            throw VideoUploadService.invalid("the video is truncated");
        }
        return decoded;
    };

    /** {@code count} frames of {@code size} bytes each, {@code stepMillis} apart, the first at offset 0. */
    private static DecodedVideo video(int count, int size, long stepMillis) {
        List<DecodedVideo.DecodedFrame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] jpeg = new byte[size];
            jpeg[0] = (byte) i;
            frames.add(new DecodedVideo.DecodedFrame(jpeg, Duration.ofMillis(i * stepMillis)));
        }
        return new DecodedVideo(frames, Duration.ofMillis(count * stepMillis), 320, 240, "mpeg4");
    }

    private VideoUploadService service(FrameBuffers buffers) {
        return new VideoUploadService(decoder, LIMITS, buffers, clock);
    }

    @Test
    void theFramesAreTimedBackFromNowTheLastOneNow() {
        FrameBuffers buffers = new FrameBuffers(clock);
        next.set(video(5, 10, 200));

        UploadedVideo uploaded = service(buffers).upload(new UploadVideoCommand(ALICE, null, new byte[500]));

        List<Frame> frames = buffers.longWindow(ALICE, FrameWindows.DEFAULT_SOURCE);
        assertThat(frames)
                .extracting(Frame::timestamp)
                .containsExactly(
                        NOW.minusMillis(800), NOW.minusMillis(600), NOW.minusMillis(400), NOW.minusMillis(200), NOW);
        assertThat(frames).extracting(f -> f.data()[0]).containsExactly((byte) 0, (byte) 1, (byte) 2, (byte) 3, (byte)
                4);
        assertThat(frames).extracting(Frame::format).containsOnly(FrameFormat.JPEG);
        assertThat(uploaded)
                .isEqualTo(new UploadedVideo(
                        FrameWindows.DEFAULT_SOURCE, 500, 5, Duration.ofMillis(1000), 320, 240, "mpeg4", 5, 5, NOW));
        assertThat(limitsSeen).containsExactly(LIMITS);
    }

    @Test
    void onlyTheNewestFramesInsideTheSourcesLongWindowAreBuffered() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withWindows(Duration.ofSeconds(2), Duration.ofSeconds(1)), clock);
        next.set(video(50, 10, 100)); // 4.9 s of video

        UploadedVideo uploaded = service(buffers).upload(new UploadVideoCommand(ALICE, "gate", new byte[500]));

        List<Frame> frames = buffers.longWindow(ALICE, "gate");
        assertThat(frames).hasSize(20);
        assertThat(frames.get(0).timestamp()).isEqualTo(NOW.minusMillis(1900));
        assertThat(frames.get(0).data()[0]).isEqualTo((byte) 30);
        assertThat(uploaded.frameCount()).isEqualTo(50);
        assertThat(uploaded.framesBuffered()).isEqualTo(20);
        assertThat(uploaded.bufferSize()).isEqualTo(20);
        assertThat(buffers.stats().framesExpired())
                .as("nothing written only to be dropped")
                .isZero();
    }

    @Test
    void theFrameCapAndTheClientBudgetKeepTheNewestFrames() {
        FrameBuffers capped = new FrameBuffers(FrameBufferSettings.defaults().withFrameCaps(1L << 24, 8), clock);
        next.set(video(30, 10, 40));

        assertThat(service(capped)
                        .upload(new UploadVideoCommand(ALICE, null, new byte[1]))
                        .framesBuffered())
                .isEqualTo(8);
        assertThat(capped.longWindow(ALICE, FrameWindows.DEFAULT_SOURCE).get(0).data()[0])
                .isEqualTo((byte) 22);

        FrameBuffers small = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(1024).withBudgets(3000, 3000), clock);
        next.set(video(30, 1000, 40));

        assertThat(service(small)
                        .upload(new UploadVideoCommand(ALICE, null, new byte[1]))
                        .framesBuffered())
                .isEqualTo(3);
        assertThat(small.stats().bytes()).isEqualTo(3000);
    }

    @Test
    void aVideoOverTheByteLimitIsRefusedBeforeItIsDecoded() {
        FrameBuffers buffers = new FrameBuffers(clock);
        next.set(video(5, 10, 200));

        assertThatThrownBy(() -> service(buffers).upload(new UploadVideoCommand(ALICE, null, new byte[1001])))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE);
                    assertThat(e.details()).containsEntry("max_bytes", 1000L);
                });
        assertThat(limitsSeen).isEmpty();
        assertThat(buffers.stats().frames()).isZero();
    }

    @Test
    void anEmptyOrUndecodableVideoIsInvalidVideoAndLeavesTheBufferAsItWas() {
        FrameBuffers buffers = new FrameBuffers(clock);
        next.set(video(3, 10, 200));
        service(buffers).upload(new UploadVideoCommand(ALICE, null, new byte[10]));
        List<Frame> before = buffers.longWindow(ALICE, FrameWindows.DEFAULT_SOURCE);
        next.set(null);
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> service(buffers).upload(new UploadVideoCommand(ALICE, null, new byte[0])))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO);
                    assertThat(e.details()).containsEntry("reason", "the video is empty");
                });
        assertThatThrownBy(() -> service(buffers).upload(new UploadVideoCommand(ALICE, null, new byte[10])))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO);
                    assertThat(e.details()).containsEntry("reason", "the video is truncated");
                });
        assertThat(buffers.longWindow(ALICE, FrameWindows.DEFAULT_SOURCE)).isEqualTo(before);
        assertThat(buffers.stats().framesAdded()).isEqualTo(3);
    }

    @Test
    void aBadSourceIdIsRefusedBeforeAnything() {
        assertThatThrownBy(() -> new UploadVideoCommand(ALICE, "../etc", new byte[1]))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
    }
}
