package io.vigint.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The raw request path read as Jersey routes it, for the body limit chosen before Jersey matched. */
class BodySizeLimitFilterTest {
    @ParameterizedTest
    @CsvSource({
        "/api/video/buffer, /api/video/buffer",
        "/api/video/buffer;x, /api/video/buffer",
        "/api;x/video/buffer, /api/video/buffer",
        "/api;x=1;y=2/video;z/buffer/, /api/video/buffer/",
        "/api/vid%65o/buffer, /api/video/buffer",
        "/api/video/buffer%3Bx, /api/video/buffer;x",
        "/api//video/buffer, /api//video/buffer",
        "/api/%zz/buffer, /api/%zz/buffer",
    })
    void matrixParametersAreDroppedAndEscapesDecodedSegmentBySegment(String raw, String canonical) {
        assertThat(BodySizeLimitFilter.withoutMatrixParameters(raw)).isEqualTo(canonical);
    }
}
