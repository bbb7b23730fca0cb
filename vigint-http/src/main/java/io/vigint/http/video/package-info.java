/**
 * The frame-ingest endpoints ({@code /api/video/buffer}, {@code /api/video/buffer/batch},
 * {@code /api/video/multi-source/buffer}), the frame buffers' metrics, and {@link
 * io.vigint.http.video.VideoHttpModule}, which binds the server's {@link io.vigint.core.video.FrameBuffers}.
 */
package io.vigint.http.video;
