package io.vigint.http.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.StoredClip;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The part of a clip is read by skipping to it, not by reading (or holding) what comes before it. */
class VideoClipResourceTest {
    private static final int LENGTH = 4 * 1024 * 1024;

    private final byte[] video = new byte[LENGTH];
    private final AtomicLong read = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private VideoClipResource resource() {
        new Random(5).nextBytes(video);
        StoredClip stored = new StoredClip(new ClipId("A".repeat(22)), new ClientId(1), Instant.EPOCH, LENGTH);
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(video)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                read.addAndGet(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read.addAndGet(Math.max(n, 0));
                return n;
            }

            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        return new VideoClipResource((id, token) -> new ClipContent(stored, ClipFormat.MP4, counting));
    }

    @Test
    void aPartNearTheEndReadsOnlyThatPart() throws IOException {
        Response response = resource().clip("id", "token", "bytes=4194000-4194099", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(out.toByteArray()).isEqualTo(Arrays.copyOfRange(video, 4_194_000, 4_194_100));
        assertThat(read.get()).as("bytes read from the store").isEqualTo(100);
        assertThat(closed).isTrue();
    }

    @Test
    void anUnsatisfiableRangeClosesTheClipWithoutReadingIt() {
        VideoClipResource resource = resource();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resource.clip("id", "token", "bytes=5000000-", null))
                .hasMessageContaining("not within");
        assertThat(read.get()).isZero();
        assertThat(closed).isTrue();
    }
}
