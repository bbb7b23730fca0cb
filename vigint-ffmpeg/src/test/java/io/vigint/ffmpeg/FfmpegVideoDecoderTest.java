package io.vigint.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.VideoLimits;
import io.vigint.testsupport.Ffmpeg;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real recordings made by Debian's ffmpeg, decoded by the adapter; skipped without ffmpeg, failing under CI. */
class FfmpegVideoDecoderTest {
    private final FfmpegVideoDecoder decoder = new FfmpegVideoDecoder();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Ffmpeg.Codec.class)
    void decodesEveryFrameOfTheOriginalClientsCodecsWithTheirTimes(Ffmpeg.Codec codec) throws IOException {
        Path file = Ffmpeg.testPattern(dir.resolve("in.mp4"), codec, 320, 240, 10, 3);

        DecodedVideo video = decoder.decode(Files.readAllBytes(file), VideoLimits.DEFAULTS);

        assertThat(video.codec()).isEqualTo(codec == Ffmpeg.Codec.MPEG4 ? "mpeg4" : "h264");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(240);
        assertThat(video.frames()).hasSize(30);
        assertThat(video.duration()).isEqualTo(Duration.ofSeconds(3));
        for (int i = 0; i < 30; i++) {
            assertThat(video.frames().get(i).offset()).isEqualTo(Duration.ofMillis(100L * i));
        }
        BufferedImage first =
                ImageIO.read(new ByteArrayInputStream(video.frames().get(0).jpeg()));
        assertThat(first.getWidth()).isEqualTo(320);
        assertThat(first.getHeight()).isEqualTo(240);
    }

    @ParameterizedTest
    @EnumSource(Ffmpeg.Codec.class)
    void framesLookLikeDebianFfmpegsDecodeOfTheSameFrame(Ffmpeg.Codec codec) throws IOException {
        Path file = Ffmpeg.testPattern(dir.resolve("in.mp4"), codec, 320, 240, 10, 2);
        Path png = dir.resolve("frame7.png");
        Ffmpeg.run(List.of("-i", file.toString(), "-vf", "select=eq(n\\,7)", "-frames:v", "1", png.toString()));

        DecodedVideo video = decoder.decode(Files.readAllBytes(file), VideoLimits.DEFAULTS);

        BufferedImage ours =
                ImageIO.read(new ByteArrayInputStream(video.frames().get(7).jpeg()));
        BufferedImage reference = ImageIO.read(png.toFile());
        // JPEG is lossy and chroma is subsampled: a mean difference of a few levels per channel, not a different
        // picture (a wrong frame, swapped colours or limited range shown as full range differ by tens of levels).
        assertThat(meanAbsoluteDifference(ours, reference)).isLessThan(6.0);
    }

    @Test
    void aMoovFirstFileCutInHalfIsTruncatedNotHalfReturned() throws IOException {
        Path file = Ffmpeg.testPattern(dir.resolve("faststart.mp4"), Ffmpeg.Codec.H264_HIGH, 320, 240, 10, 4, true);
        byte[] whole = Files.readAllBytes(file);

        VigintException refused = refused(Arrays.copyOf(whole, whole.length / 2), VideoLimits.DEFAULTS);

        assertThat(reason(refused)).contains("truncated");
    }

    @ParameterizedTest
    @EnumSource(Ffmpeg.Codec.class)
    void aFileCutShortIsRefused(Ffmpeg.Codec codec) throws IOException {
        byte[] whole = Files.readAllBytes(Ffmpeg.testPattern(dir.resolve("in.mp4"), codec, 320, 240, 10, 3));

        for (int cut : new int[] {whole.length / 3, whole.length * 2 / 3, whole.length - 100}) {
            refused(Arrays.copyOf(whole, cut), VideoLimits.DEFAULTS);
        }
    }

    @Test
    void garbageIsRefusedWithAReasonAndNoStackTrace() throws IOException {
        byte[] random = new byte[50_000];
        new Random(11).nextBytes(random);
        byte[] fakeHeader =
                Arrays.copyOf("\0\0\0\u0018ftypisom\0\0\0\0isomiso2".getBytes(StandardCharsets.ISO_8859_1), 4096);
        byte[] png = Files.readAllBytes(pngFrame());
        List<byte[]> inputs = List.of(
                new byte[0],
                "hello".getBytes(StandardCharsets.UTF_8),
                random,
                fakeHeader,
                png,
                "<html><body>not a video</body></html>".repeat(100).getBytes(StandardCharsets.UTF_8));
        for (byte[] input : inputs) {
            VigintException refused = refused(input, VideoLimits.DEFAULTS);
            assertThat(reason(refused))
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("error -");
        }
    }

    @Test
    void anMp4WithoutVideoIsRefused() throws IOException {
        Path audio = dir.resolve("audio.mp4");
        Ffmpeg.run(List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac", audio.toString()));

        assertThat(reason(refused(Files.readAllBytes(audio), VideoLimits.DEFAULTS)))
                .contains("no H.264");
    }

    @Test
    void aCodecOtherThanH264OrMpeg4IsRefused() throws IOException {
        Path mjpeg = dir.resolve("mjpeg.mp4");
        Ffmpeg.run(List.of(
                "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=5", "-t", "1", "-c:v", "mjpeg", mjpeg.toString()));

        refused(Files.readAllBytes(mjpeg), VideoLimits.DEFAULTS);
    }

    @Test
    void eachLimitIsItsOwnReason() throws IOException {
        byte[] video =
                Files.readAllBytes(Ffmpeg.testPattern(dir.resolve("in.mp4"), Ffmpeg.Codec.H264_HIGH, 320, 240, 10, 3));
        VideoLimits roomy = VideoLimits.DEFAULTS;

        assertThat(reason(refused(video, limits(video.length - 1, roomy.maxDuration(), 1920, 1080, 3600))))
                .contains("bytes");
        assertThat(reason(refused(video, limits(roomy.maxBytes(), roomy.maxDuration(), 319, 1080, 3600))))
                .contains("320x240");
        assertThat(reason(refused(video, limits(roomy.maxBytes(), roomy.maxDuration(), 1920, 239, 3600))))
                .contains("320x240");
        assertThat(reason(refused(video, limits(roomy.maxBytes(), roomy.maxDuration(), 1920, 1080, 29))))
                .contains("frames");
        assertThat(reason(refused(video, limits(roomy.maxBytes(), Duration.ofMillis(2900), 1920, 1080, 3600))))
                .contains("lasts");
        // exactly at every limit passes
        assertThat(decoder.decode(video, limits(video.length, Duration.ofSeconds(3), 320, 240, 30))
                        .frames())
                .hasSize(30);
    }

    @Test
    void aFragmentedMp4IsBoundedWhileDecoding() throws IOException {
        // Fragmented (as live recorders write): the header announces no frame count, so the limits bite per frame.
        Path file = dir.resolve("fragmented.mp4");
        Ffmpeg.run(List.of(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240:rate=10",
                "-t",
                "3",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "frag_keyframe+empty_moov",
                "-g",
                "10",
                file.toString()));
        byte[] video = Files.readAllBytes(file);
        VideoLimits roomy = VideoLimits.DEFAULTS;

        DecodedVideo decoded = decoder.decode(video, roomy);

        assertThat(decoded.frames()).hasSize(30);
        assertThat(decoded.frames().get(29).offset()).isEqualTo(Duration.ofMillis(2900));
        assertThat(reason(refused(video, limits(roomy.maxBytes(), roomy.maxDuration(), 1920, 1080, 29))))
                .contains("frames");
        assertThat(reason(refused(video, limits(roomy.maxBytes(), Duration.ofMillis(2500), 1920, 1080, 3600))))
                .contains("lasts");
    }

    @Test
    void decodesInParallelThreads() throws Exception {
        byte[] mpeg4 =
                Files.readAllBytes(Ffmpeg.testPattern(dir.resolve("a.mp4"), Ffmpeg.Codec.MPEG4, 320, 240, 10, 2));
        byte[] h264 =
                Files.readAllBytes(Ffmpeg.testPattern(dir.resolve("b.mp4"), Ffmpeg.Codec.H264_HIGH, 320, 240, 10, 2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DecodedVideo>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] input = i % 2 == 0 ? mpeg4 : h264;
                results.add(pool.submit(() -> decoder.decode(input, VideoLimits.DEFAULTS)));
            }
            for (Future<DecodedVideo> result : results) {
                assertThat(result.get().frames()).hasSize(20);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path pngFrame() {
        Path png = dir.resolve("still.png");
        Ffmpeg.run(List.of("-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1", png.toString()));
        return png;
    }

    private VigintException refused(byte[] video, VideoLimits limits) {
        VigintException refused = catchThrowableOfType(VigintException.class, () -> decoder.decode(video, limits));
        assertThat(refused).as("refused with INVALID_VIDEO").isNotNull();
        assertThat(refused.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO);
        return refused;
    }

    private static String reason(VigintException refused) {
        Object reason = refused.details().get("reason");
        assertThat(reason).isInstanceOf(String.class);
        return (String) reason;
    }

    private static VideoLimits limits(long bytes, Duration duration, int width, int height, int frames) {
        return new VideoLimits(bytes, duration, width, height, frames);
    }

    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
