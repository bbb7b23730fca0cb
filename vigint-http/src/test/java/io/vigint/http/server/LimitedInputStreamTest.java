package io.vigint.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {
    private static InputStream limited(int size, long max) {
        return new LimitedInputStream(new ByteArrayInputStream(new byte[size]), max);
    }

    @Test
    void aBodyUpToTheLimitReadsCompletely() throws IOException {
        assertThat(limited(10, 10).readAllBytes()).hasSize(10);
        assertThat(limited(0, 10).readAllBytes()).isEmpty();
    }

    @Test
    void oneByteMoreThanTheLimitFails() {
        assertThatThrownBy(() -> limited(11, 10).readAllBytes())
                .isInstanceOf(BodyTooLargeException.class)
                .satisfies(
                        e -> assertThat(((BodyTooLargeException) e).maxBytes()).isEqualTo(10));
    }

    @Test
    void singleByteReadsAndSkipsCountToo() throws IOException {
        InputStream in = limited(5, 3);
        in.skip(2);
        in.read();

        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
    }
}
