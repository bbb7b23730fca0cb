package io.vigint.core.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeadReplayingStreamTest {
    private static final byte[] CONTENT = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theReaderGetsTheWholeContentFromItsStart() throws IOException {
        HeadReplayingStream stream = new HeadReplayingStream(new ByteArrayInputStream(CONTENT), 12);

        assertThat(stream.head()).isEqualTo("0123456789ab".getBytes(StandardCharsets.US_ASCII));
        assertThat(stream.read()).isEqualTo('0');
        assertThat(stream.readAllBytes()).isEqualTo("123456789abcdefghij".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void skippingCrossesFromTheHeadIntoTheRest() throws IOException {
        HeadReplayingStream stream = new HeadReplayingStream(new ByteArrayInputStream(CONTENT), 12);

        stream.skipNBytes(15);

        assertThat(stream.readAllBytes()).isEqualTo("fghij".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void contentShorterThanTheHeadIsGivenWhole() throws IOException {
        HeadReplayingStream stream = new HeadReplayingStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 12);

        assertThat(stream.head()).containsExactly(1, 2, 3);
        assertThat(stream.readAllBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void anMp4IsToldFromAnAviByItsFirstBytes() {
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        byte[] avi = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'A', 'V', 'I', ' '};

        assertThat(ClipFormat.sniff(mp4)).isEqualTo(ClipFormat.MP4);
        assertThat(ClipFormat.sniff(avi)).isEqualTo(ClipFormat.AVI);
    }
}
