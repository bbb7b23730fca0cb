package io.vigint.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.contract.AviFile;
import io.vigint.core.contract.ClipFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MjpegAviWriterTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void jpegFramesAreStoredByteForByteInAWellFormedAvi() {
        List<Frame> frames = ClipFrames.moving(10, FrameFormat.JPEG, 64, 48, T0, Duration.ofMillis(200));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.streams).isEqualTo(1);
        assertThat(avi.flags & 0x10).as("AVIF_HASINDEX").isEqualTo(0x10);
        assertThat(avi.totalFrames).isEqualTo(10);
        assertThat(avi.length).isEqualTo(10);
        assertThat(avi.streamType).isEqualTo("vids");
        assertThat(avi.handler).isEqualTo("MJPG");
        assertThat(avi.compression).isEqualTo("MJPG");
        assertThat(List.of(avi.width, avi.height, avi.formatWidth, avi.formatHeight))
                .containsExactly(64, 48, 64, 48);
        assertThat(avi.frames).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(avi.frames.get(i)).isEqualTo(frames.get(i).data());
        }
    }

    @Test
    void theIndexPointsAtEveryFrameAsAKeyFrame() {
        List<Frame> frames = ClipFrames.moving(7, FrameFormat.JPEG, 33, 21, T0, Duration.ofMillis(100));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.indexIds).hasSize(7).containsOnly("00dc");
        for (int i = 0; i < 7; i++) {
            assertThat(avi.index.get(i)[1] & 0x10).as("AVIIF_KEYFRAME").isEqualTo(0x10);
            assertThat(avi.indexedFrame(i)).isEqualTo(frames.get(i).data());
        }
    }

    @Test
    void theFrameRateComesFromTheTimestamps() {
        List<Frame> frames = ClipFrames.moving(11, FrameFormat.JPEG, 32, 24, T0, Duration.ofMillis(200));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.microsPerFrame).isEqualTo(200_000);
        assertThat((double) avi.rate / avi.scale).as("frames per second").isEqualTo(5.0);
    }

    @Test
    void aSingleFrameIsAOneSecondClip() {
        List<Frame> frames = ClipFrames.moving(1, FrameFormat.JPEG, 32, 24, T0, Duration.ofMillis(200));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.microsPerFrame).isEqualTo(1_000_000);
        assertThat(avi.frames).hasSize(1);
    }

    @Test
    void framesAreWrittenInTimestampOrder() {
        List<Frame> frames = ClipFrames.moving(4, FrameFormat.JPEG, 32, 24, T0, Duration.ofMillis(250));
        List<Frame> shuffled = new ArrayList<>(frames);
        Collections.reverse(shuffled);

        AviFile avi = AviFile.parse(MjpegAviWriter.write(shuffled).orElseThrow());

        assertThat(avi.frames.get(0)).isEqualTo(frames.get(0).data());
        assertThat(avi.frames.get(3)).isEqualTo(frames.get(3).data());
    }

    @Test
    void pngFramesAreReencodedAsJpegOfTheSameSize() throws IOException {
        List<Frame> frames = ClipFrames.moving(3, FrameFormat.PNG, 40, 30, T0, Duration.ofMillis(500));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.frames).hasSize(3);
        for (byte[] frame : avi.frames) {
            assertThat(frame).startsWith(0xFF, 0xD8);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(frame));
            assertThat(decoded.getWidth()).isEqualTo(40);
            assertThat(decoded.getHeight()).isEqualTo(30);
        }
    }

    @Test
    void aFrameOfAnotherSizeIsScaledToTheFirstFramesSize() throws IOException {
        List<Frame> frames = new ArrayList<>(ClipFrames.moving(2, FrameFormat.JPEG, 40, 30, T0, Duration.ofSeconds(1)));
        frames.add(new Frame(ClipFrames.image(FrameFormat.JPEG, 80, 60, 5), FrameFormat.JPEG, T0.plusSeconds(2)));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        BufferedImage last = ImageIO.read(new ByteArrayInputStream(avi.frames.get(2)));
        assertThat(List.of(last.getWidth(), last.getHeight())).containsExactly(40, 30);
    }

    @Test
    void framesThatDoNotDecodeAreLeftOut() {
        List<Frame> frames = new ArrayList<>(ClipFrames.moving(2, FrameFormat.JPEG, 32, 24, T0, Duration.ofSeconds(1)));
        frames.add(new Frame(new byte[] {1, 2, 3}, FrameFormat.JPEG, T0.plusSeconds(2)));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(frames).orElseThrow());

        assertThat(avi.frames).hasSize(2);
        assertThat(avi.totalFrames).isEqualTo(2);
    }

    @Test
    void noDecodableFrameMeansNoClip() {
        assertThat(MjpegAviWriter.write(List.of())).isEmpty();
        assertThat(MjpegAviWriter.write(List.of(new Frame(new byte[] {9, 9}, FrameFormat.PNG, T0))))
                .isEmpty();
    }

    @Test
    void aClipDecodesAtMostItsPixelBudgetKeepingTheNewestFrames() {
        List<Frame> pngs = ClipFrames.moving(10, FrameFormat.PNG, 40, 30, T0, Duration.ofMillis(100));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(pngs, 10_000).orElseThrow());

        assertThat(avi.frames)
                .as("each PNG costs 2 x 1,200 pixels: decoded and drawn")
                .hasSize(4);
        assertThat(avi.totalFrames).isEqualTo(4);
        assertThat(MjpegAviWriter.write(pngs, 1).map(AviFile::parse).orElseThrow().frames)
                .as("the newest frame is always kept")
                .hasSize(1);
    }

    @Test
    void jpegFramesCopiedByteForByteCostNothingAgainstTheBudget() {
        List<Frame> jpegs = ClipFrames.moving(10, FrameFormat.JPEG, 40, 30, T0, Duration.ofMillis(100));

        AviFile avi = AviFile.parse(MjpegAviWriter.write(jpegs, 1).orElseThrow());

        assertThat(avi.frames).hasSize(10);
        assertThat(avi.frames.get(9)).isEqualTo(jpegs.get(9).data());
    }
}
