package io.vigint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfprobeTest {
    @TempDir
    Path dir;

    @Test
    void ffmpegMadeFilesAreReadBackByFfprobe() throws Exception {
        Path mpeg4 = Ffmpeg.testPattern(dir.resolve("a.mp4"), Ffmpeg.Codec.MPEG4, 320, 240, 10, 2);
        Path high = Ffmpeg.testPattern(dir.resolve("b.mp4"), Ffmpeg.Codec.H264_HIGH, 320, 240, 10, 2);

        Ffprobe.Probe a = Ffprobe.probe(mpeg4);
        Ffprobe.Probe b = Ffprobe.probe(Files.readAllBytes(high));

        assertThat(a.codec()).isEqualTo("mpeg4");
        assertThat(a.frames()).isEqualTo(20);
        assertThat(a.width()).isEqualTo(320);
        assertThat(b.codec()).isEqualTo("h264");
        assertThat(b.profile()).isEqualTo("High");
        assertThat(b.pixelFormat()).isEqualTo("yuv420p");
        assertThat(b.duration()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2100));
        // ffmpeg writes moov at the end unless asked for +faststart
        assertThat(Mp4Boxes.topLevel(Files.readAllBytes(high))).contains("ftyp", "moov", "mdat");
        assertThat(Mp4Boxes.fastStart(Files.readAllBytes(high))).isFalse();
    }

    @Test
    void aCutBoxIsReported() throws Exception {
        Path high = Ffmpeg.testPattern(dir.resolve("c.mp4"), Ffmpeg.Codec.H264_BASELINE, 160, 120, 5, 1);
        byte[] bytes = Files.readAllBytes(high);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mp4Boxes.topLevel(cut))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has size");
    }
}
