package io.vigint.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.TestFrames;
import io.vigint.media.ImageIoProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FrameValidatorTest {
    private static final ImageProbe PROBE = new ImageIoProbe();

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(FrameValidator.Level.class)
    void acceptsJpegAndPngAndRecognisesTheFormat(FrameValidator.Level level) {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20, level);

        Frame jpeg = validator.frame(TestFrames.jpeg(), T);
        Frame png = validator.frame(TestFrames.png(), T);

        assertThat(jpeg.format()).isEqualTo(FrameFormat.JPEG);
        assertThat(jpeg.timestamp()).isEqualTo(T);
        assertThat(png.format()).isEqualTo(FrameFormat.PNG);
    }

    @ParameterizedTest
    @EnumSource(FrameValidator.Level.class)
    void refusesBytesThatAreNoImage(FrameValidator.Level level) {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20, level);

        assertInvalid(validator, "hello, this is not an image".getBytes(StandardCharsets.UTF_8));
        assertInvalid(validator, new byte[0]);
        assertInvalid(validator, TestFrames.gif());
    }

    @ParameterizedTest
    @EnumSource(FrameValidator.Level.class)
    void refusesTruncatedImages(FrameValidator.Level level) {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20, level);
        byte[] jpeg = TestFrames.jpeg();
        byte[] png = TestFrames.png();

        assertInvalid(validator, Arrays.copyOf(jpeg, jpeg.length / 2));
        assertInvalid(validator, Arrays.copyOf(png, png.length - 5));
    }

    @ParameterizedTest
    @EnumSource(FrameValidator.Level.class)
    void refusesAJpegWhoseHeaderIsGarbageEvenWithTheRightMarkers(FrameValidator.Level level) {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20, level);
        byte[] fake = new byte[200];
        Arrays.fill(fake, (byte) 0x42);
        fake[0] = (byte) 0xff;
        fake[1] = (byte) 0xd8;
        fake[2] = (byte) 0xff;
        fake[198] = (byte) 0xff;
        fake[199] = (byte) 0xd9;

        assertInvalid(validator, fake);
    }

    @Test
    void refusesAPngWithAGarbageHeaderChunk() {
        byte[] png = TestFrames.png();
        byte[] broken = png.clone();
        for (int i = 16; i < 29; i++) {
            broken[i] = (byte) 0xee; // IHDR's width, height, depth... and CRC no longer agree
        }

        assertInvalid(new FrameValidator(PROBE, 1 << 20), broken);
    }

    @Test
    void refusesAJpegWithoutAScanOrWhoseSegmentsRunPastTheData() {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20);
        byte[] jpeg = TestFrames.jpeg();
        int scan = indexOf(jpeg, (byte) 0xff, (byte) 0xda);
        byte[] noScan = Arrays.copyOf(Arrays.copyOf(jpeg, scan), scan + 2);
        noScan[scan] = (byte) 0xff;
        noScan[scan + 1] = (byte) 0xd9;
        byte[] longSegment = jpeg.clone();
        longSegment[4] = (byte) 0x7f; // the APP0 segment's length now points far past the end

        assertInvalid(validator, noScan);
        assertInvalid(validator, longSegment);
    }

    @Test
    void refusesAPngWithADamagedChunkOrDataAfterItsEnd() {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20);
        byte[] png = TestFrames.png();
        byte[] damaged = png.clone();
        damaged[png.length / 2] ^= 0x55; // inside IDAT: its CRC no longer matches
        byte[] trailing = Arrays.copyOf(png, png.length + 12);
        System.arraycopy(png, png.length - 12, trailing, png.length, 12); // a second IEND after the first

        assertInvalid(validator, damaged);
        assertInvalid(validator, trailing);
    }

    @Test
    void refusesImagesOverTheMaximumNumberOfPixels() {
        byte[] png = TestFrames.png();
        byte[] huge = png.clone();
        huge[16] = 0x00;
        huge[17] = 0x01;
        huge[18] = 0x00;
        huge[19] = 0x00; // width 65536
        huge[20] = 0x00;
        huge[21] = 0x01;
        huge[22] = 0x00;
        huge[23] = 0x00; // height 65536
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(huge, 12, 17);
        long value = crc.getValue();
        for (int i = 0; i < 4; i++) {
            huge[29 + i] = (byte) (value >>> (24 - 8 * i));
        }

        assertThatThrownBy(() -> new FrameValidator(PROBE, 1 << 20).frame(huge, T))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.FRAME_TOO_LARGE_PIXELS);
                    assertThat(e.details()).containsEntry("width", 65536).containsEntry("height", 65536);
                });
    }

    @ParameterizedTest
    @EnumSource(FrameValidator.Level.class)
    void refusesASmallImageClaimingTooManyPixelsFromItsHeaderBeforeDecoding(FrameValidator.Level level) {
        FrameValidator validator = new FrameValidator(PROBE, 1 << 20, 4096L * 4096, level);
        for (byte[] bomb : List.of(TestFrames.jpegClaiming(6300, 6300), TestFrames.pngClaiming(6300, 6300))) {
            long started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(() -> validator.frame(bomb, T)).isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.FRAME_TOO_LARGE_PIXELS);
                    assertThat(e.details()).containsEntry("max_pixels", 4096L * 4096);
                });
            }
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                    .as("100 refusals without decoding (one decode of 6300 x 6300 takes over 100 ms)")
                    .isLessThan(java.time.Duration.ofSeconds(2));
        }
        assertThat(validator.frame(TestFrames.jpeg(4096, 4096, 40), T).format()).isEqualTo(FrameFormat.JPEG);
    }

    private static int indexOf(byte[] data, byte first, byte second) {
        for (int i = 2; i < data.length - 1; i++) {
            if (data[i] == first && data[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("marker not found");
    }

    @Test
    void refusesFramesOverTheSizeLimitWith413() {
        byte[] jpeg = TestFrames.jpeg();
        FrameValidator validator = new FrameValidator(PROBE, jpeg.length - 1);

        assertThatThrownBy(() -> validator.frame(jpeg, T)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE);
            assertThat(e.details()).containsEntry("max_frame_bytes", (long) jpeg.length - 1);
        });
        assertThat(new FrameValidator(PROBE, jpeg.length).frame(jpeg, T).size()).isEqualTo(jpeg.length);
    }

    @Test
    void acceptsAJpegPaddedWithZeroBytesAfterTheEndMarker() {
        byte[] jpeg = TestFrames.jpeg();
        byte[] padded = Arrays.copyOf(jpeg, jpeg.length + 16);

        assertThat(new FrameValidator(PROBE, 1 << 20).frame(padded, T).format()).isEqualTo(FrameFormat.JPEG);
    }

    private static void assertInvalid(FrameValidator validator, byte[] data) {
        assertThatThrownBy(() -> validator.frame(data, T))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_FRAME));
    }
}
