package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The answer to buffering one frame: {@code {"status":"buffered","frame_count","buffer_size","timestamp"}}.
 *
 * @param status always {@code "buffered"}
 * @param frameCount the sender's {@code frame_count} (1 when it sent none)
 * @param bufferSize how many frames the source's long window holds now
 * @param timestamp when the frame was received
 */
@JsonPropertyOrder({"status", "frame_count", "buffer_size", "timestamp"})
public record BufferedView(String status, long frameCount, int bufferSize, Instant timestamp) {}
