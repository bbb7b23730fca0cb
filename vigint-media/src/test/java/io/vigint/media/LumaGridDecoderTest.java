package io.vigint.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LumaGridDecoderTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final LumaGridDecoder decoder = new LumaGridDecoder(32, 24);

    @Test
    void rawJpegLumaMatchesTheLumaOfTheColourImage() throws IOException {
        Frame frame = SyntheticScenes.moving(1, 30, 0, FrameFormat.JPEG, T0, 1).get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(frame.data()));

        LumaGrid grid = decoder.decode(frame.data());

        assertThat(grid.usable()).isTrue();
        assertThat(grid.pixelWidth).isEqualTo(320);
        assertThat(grid.pixelHeight).isEqualTo(240);
        for (int row = 0; row < 24; row++) {
            for (int column = 0; column < 32; column++) {
                double sum = 0;
                for (int y = row * 10; y < row * 10 + 10; y++) {
                    for (int x = column * 10; x < column * 10 + 10; x++) {
                        int rgb = image.getRGB(x, y);
                        sum += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                    }
                }
                assertThat((double) grid.at(row * 32 + column))
                        .isCloseTo(sum / 100, org.assertj.core.data.Offset.offset(3.0));
            }
        }
    }

    @Test
    void aGreyJpegIsReadAsItsOnlyBand() throws IOException {
        BufferedImage grey = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(new java.awt.Color(60, 60, 60));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new java.awt.Color(200, 200, 200));
        g.fillRect(160, 0, 160, 240);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(grey, "jpeg", out);

        LumaGrid grid = decoder.decode(out.toByteArray());

        assertThat(grid.at(0)).isCloseTo(60, org.assertj.core.data.Offset.offset(3));
        assertThat(grid.at(31)).isCloseTo(200, org.assertj.core.data.Offset.offset(3));
    }

    @Test
    void pngGivesTheSameGridAsJpegWithinJpegLoss() {
        Frame png = SyntheticScenes.still(1, 0, FrameFormat.PNG, T0, 2).get(0);
        Frame jpeg = SyntheticScenes.still(1, 0, FrameFormat.JPEG, T0, 2).get(0);

        LumaGrid a = decoder.decode(png.data());
        LumaGrid b = decoder.decode(jpeg.data());

        for (int cell = 0; cell < 32 * 24; cell++) {
            assertThat(Math.abs(a.at(cell) - b.at(cell))).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void hostileBytesAreUndecodableQuicklyAndNeverThrow() {
        byte[] valid =
                SyntheticScenes.moving(1, 30, 0, FrameFormat.JPEG, T0, 3).get(0).data();
        byte[] png = SyntheticScenes.still(1, 4, FrameFormat.PNG, T0, 3).get(0).data();
        byte[] before = decoder.decode(valid).cells;
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThat(decoder.decode(new byte[0])).isSameAs(LumaGrid.UNDECODABLE);
            assertThat(decoder.decode("not an image".getBytes())).isSameAs(LumaGrid.UNDECODABLE);
            assertThat(decoder.decode(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}))
                    .isSameAs(LumaGrid.UNDECODABLE);
            assertThat(decoder.decode(hugeJpeg(valid))).isSameAs(LumaGrid.UNDECODABLE);
            assertThat(decoder.decode(hugePng(png))).isSameAs(LumaGrid.UNDECODABLE);
            // truncated anywhere: a partial image or undecodable, never an exception
            for (int length = 1; length < valid.length; length += 97) {
                decoder.decode(Arrays.copyOf(valid, length));
            }
            Random random = new Random(42);
            for (int round = 0; round < 300; round++) {
                byte[] mutated = (round % 2 == 0 ? valid : png).clone();
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                LumaGrid grid = decoder.decode(mutated);
                assertThat(grid.usable() ? grid.cells.length : 0).isIn(0, 32 * 24);
            }
        });
        // the thread's reused JPEG reader still decodes a good frame exactly as before
        assertThat(decoder.decode(valid).cells).isEqualTo(before);
    }

    /** The JPEG with its frame header claiming 65,000 x 65,000 pixels. */
    private static byte[] hugeJpeg(byte[] jpeg) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i + 8 < copy.length; i++) {
            if ((copy[i] & 0xff) == 0xff && ((copy[i + 1] & 0xff) == 0xc0 || (copy[i + 1] & 0xff) == 0xc2)) {
                ByteBuffer.wrap(copy, i + 5, 4).putShort((short) 65000).putShort((short) 65000);
                return copy;
            }
        }
        throw new IllegalStateException("no SOF marker");
    }

    /** The PNG with its header claiming 100,000 x 100,000 pixels (the CRC no longer matches). */
    private static byte[] hugePng(byte[] png) {
        byte[] copy = png.clone();
        ByteBuffer.wrap(copy, 16, 8).putInt(100_000).putInt(100_000);
        return copy;
    }
}
