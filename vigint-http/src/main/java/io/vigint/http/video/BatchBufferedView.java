package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to buffering a batch: {@code {"status":"buffered","frames_added","buffer_size"}}.
 *
 * @param status always {@code "buffered"}
 * @param framesAdded how many frames were added
 * @param bufferSize how many frames the source's long window holds now
 */
@JsonPropertyOrder({"status", "frames_added", "buffer_size"})
public record BatchBufferedView(String status, int framesAdded, int bufferSize) {}
