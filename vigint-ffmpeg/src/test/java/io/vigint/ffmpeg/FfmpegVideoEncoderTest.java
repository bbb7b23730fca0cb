package io.vigint.ffmpeg;

import static io.vigint.ffmpeg.FfmpegClipEncoderTest.jpeg;
import static io.vigint.ffmpeg.FfmpegClipEncoderTest.png;
import static io.vigint.ffmpeg.FfmpegClipEncoderTest.scene;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigint.core.video.EncodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.VideoEncoding;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain videos judged by Debian's ffprobe and ffmpeg (skipped without them, failing under CI). */
class FfmpegVideoEncoderTest {
    private static final Instant START = Instant.parse("2026-12-07T14:03:21.400Z");
    private final FfmpegVideoEncoder encoder = new FfmpegVideoEncoder();

    @TempDir
    Path dir;

    private static List<Frame> frames(int count, int width, int height, long intervalMillis) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(jpeg(scene(width, height, i), START.plusMillis(intervalMillis * i)));
        }
        return frames;
    }

    @Test
    void framesBecomeAFastStartConstrainedBaselineMp4AtTheirRateAndSize() {
        EncodedVideo video = encoder.encode(frames(20, 320, 240, 100), VideoEncoding.ORIGINAL)
                .orElseThrow();

        assertThat(video.frames()).isEqualTo(20);
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.framesPerSecond()).isCloseTo(10, within(1e-9));
        assertThat(video.duration().toMillis()).isEqualTo(2_000);
        assertThat(Mp4Boxes.fastStart(video.mp4())).isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(video.mp4());
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.profile()).isEqualTo("Constrained Baseline");
        assertThat(probe.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.width()).isEqualTo(320);
        assertThat(probe.height()).isEqualTo(240);
        assertThat(probe.frames()).isEqualTo(20);
        assertThat(probe.duration().toMillis()).isCloseTo(2_000L, within(50L));
    }

    @Test
    void nothingIsDrawnOnThePicture() throws IOException {
        List<Frame> frames = List.of(jpeg(scene(320, 240, 0), START), png(scene(320, 240, 1), START.plusMillis(100)));
        Path file = Files.write(
                dir.resolve("v.mp4"),
                encoder.encode(frames, VideoEncoding.ORIGINAL).orElseThrow().mp4());
        Ffmpeg.run(List.of("-i", file.toString(), dir.resolve("p%d.png").toString()));

        BufferedImage decoded = ImageIO.read(dir.resolve("p2.png").toFile());
        BufferedImage source = scene(320, 240, 1);
        long diff = 0;
        int count = 0;
        for (int y = 0; y < 40; y++) { // where a clip has its time box
            for (int x = 0; x < 320; x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    diff += Math.abs(
                            ((decoded.getRGB(x, y) >> shift) & 0xff) - ((source.getRGB(x, y) >> shift) & 0xff));
                    count++;
                }
            }
        }
        assertThat((double) diff / count).isLessThan(8.0);
    }

    @Test
    void aScaleAndALowBitrateMakeASmallerPictureAndFile() {
        List<Frame> frames = frames(50, 640, 480, 100);
        EncodedVideo full = encoder.encode(frames, VideoEncoding.ORIGINAL).orElseThrow();

        EncodedVideo small =
                encoder.encode(frames, new VideoEncoding(0.5, 40_000)).orElseThrow();

        Ffprobe.Probe probe = Ffprobe.probe(small.mp4());
        assertThat(probe.width()).isEqualTo(320);
        assertThat(probe.height()).isEqualTo(240);
        assertThat(probe.frames()).isEqualTo(50);
        assertThat(small.size()).as("%s against %s", small, full).isLessThan(full.size() * 2 / 3);
        // 40 kbit/s for 5 s is 25 kB; the rate control may overshoot a little, the container adds a little
        assertThat(small.size()).isLessThan(40_000);
    }

    @Test
    void framesThatDoNotDecodeAreLeftOutAndNoneGivesNoVideo() {
        Frame broken = new Frame(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3}, FrameFormat.JPEG, START);
        List<Frame> frames = new ArrayList<>(frames(3, 160, 120, 200));
        frames.add(0, broken);

        EncodedVideo video = encoder.encode(frames, VideoEncoding.ORIGINAL).orElseThrow();

        assertThat(video.frames()).isEqualTo(3);
        assertThat(Ffprobe.probe(video.mp4()).frames()).isEqualTo(3);
        assertThat(encoder.encode(List.of(broken), VideoEncoding.ORIGINAL)).isEmpty();
    }

    @Test
    void theSmallestPictureIsSixteenBySixteen() {
        EncodedVideo video = encoder.encode(frames(2, 40, 30, 100), new VideoEncoding(0.01, 0))
                .orElseThrow();

        assertThat(video.width()).isEqualTo(16);
        assertThat(video.height()).isEqualTo(16);
        assertThat(Ffprobe.probe(video.mp4()).width()).isEqualTo(16);
    }
}
