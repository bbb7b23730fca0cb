package io.vigint.core.videofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.EncodedVideo;
import io.vigint.core.video.VideoEncoding;
import io.vigint.core.video.VideoLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compression loop over a fake codec: what is tried, what is answered. */
class VideoCompressionServiceTest {
    private static final VideoLimits LIMITS = new VideoLimits(10_000_000, Duration.ofSeconds(60), 1920, 1080, 1000);
    private static final double MIB = 1024 * 1024;

    private final List<VideoEncoding> tried = new ArrayList<>();
    private int decodes;

    /** A 10 s recording of 100 frames, 640 x 480, in MPEG-4. */
    private DecodedVideo decode(byte[] video, VideoLimits limits) {
        decodes++;
        List<DecodedVideo.DecodedFrame> frames = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            frames.add(
                    new DecodedVideo.DecodedFrame(new byte[] {(byte) 0xff, (byte) 0xd8}, Duration.ofMillis(100L * i)));
        }
        return new DecodedVideo(frames, Duration.ofSeconds(10), 640, 480, "mpeg4");
    }

    /** An encoder whose output size is {@code bytesAtFullScale} times the scale squared. */
    private VideoCompressionService service(long bytesAtFullScale) {
        return new VideoCompressionService(
                this::decode,
                (frames, encoding) -> {
                    tried.add(encoding);
                    int size = (int) (bytesAtFullScale * encoding.scale() * encoding.scale());
                    return Optional.of(new EncodedVideo(
                            new byte[size],
                            (int) (640 * encoding.scale()),
                            480,
                            frames.size(),
                            10,
                            Duration.ofSeconds(10)));
                },
                LIMITS);
    }

    @Test
    void aRecordingWithinTheLimitIsAnsweredUnchangedButStillChecked() {
        byte[] recording = new byte[1000];

        CompressedVideo answer = service(10).compress(new CompressVideoCommand(recording, 20.0, null));

        assertThat(answer.video()).isSameAs(recording);
        assertThat(answer.compressed()).isFalse();
        assertThat(answer.withinLimit()).isTrue();
        assertThat(answer.ratio()).isEqualTo(1.0);
        assertThat(answer.codec()).isEqualTo("mpeg4");
        assertThat(decodes).isOne();
        assertThat(tried).isEmpty();
    }

    @Test
    void theBitrateAimsAtTheLimitAndThePictureShrinksByTheQualityReductionUntilItFits() {
        byte[] recording = new byte[2_000_000];

        CompressedVideo answer = service(1_000_000).compress(new CompressVideoCommand(recording, 0.5, 0.5));

        // 0.5 MiB over 10 s, 90% of it: 377,487 bits/s at every attempt; 1 MB, then 250 kB (fits 524,288 B)
        assertThat(tried).extracting(VideoEncoding::scale).containsExactly(1.0, 0.5);
        assertThat(tried).extracting(VideoEncoding::bitrate).containsOnly((int) (0.5 * MIB * 8 * 0.9 / 10));
        assertThat(answer.compressed()).isTrue();
        assertThat(answer.withinLimit()).isTrue();
        assertThat(answer.compressedSize()).isEqualTo(250_000);
        assertThat(answer.originalSize()).isEqualTo(2_000_000);
        assertThat(answer.ratio()).isEqualTo(0.125);
        assertThat(answer.codec()).isEqualTo("h264");
    }

    @Test
    void afterThreeAttemptsTheSmallestIsAnsweredAndSaysItIsOverTheLimit() {
        CompressedVideo answer = service(1_000_000).compress(new CompressVideoCommand(new byte[2_000_000], 0.01, 0.9));

        assertThat(tried).extracting(VideoEncoding::scale).containsExactly(1.0, 0.9, 0.9 * 0.9);
        assertThat(answer.compressed()).isTrue();
        assertThat(answer.withinLimit()).isFalse();
        assertThat(answer.compressedSize()).isEqualTo((long) (1_000_000 * 0.81 * 0.81));
    }

    @Test
    void whatCannotBeMadeSmallerIsAnsweredUnchangedAndAFullQualityTriesOnce() {
        byte[] recording = new byte[500_000];

        CompressedVideo answer = service(900_000).compress(new CompressVideoCommand(recording, 0.1, 1.5));

        assertThat(tried).extracting(VideoEncoding::scale).containsExactly(1.0);
        assertThat(answer.video()).isSameAs(recording);
        assertThat(answer.compressed()).isFalse();
        assertThat(answer.withinLimit()).isFalse();
    }

    @Test
    void aRecordingOverTheUploadLimitIsRefusedBeforeItIsDecoded() {
        assertThatThrownBy(() -> service(1).compress(new CompressVideoCommand(new byte[10_000_001], 1.0, 0.85)))
                .isInstanceOf(VigintException.class)
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(decodes).isZero();
        assertThatThrownBy(() -> new CompressVideoCommand(new byte[1], 0.0, null))
                .isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> new CompressVideoCommand(new byte[0], 1.0, null))
                .isInstanceOf(VigintException.class);
    }
}
