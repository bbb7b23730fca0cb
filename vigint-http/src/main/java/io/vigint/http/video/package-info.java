/**
 * The video endpoints of the compatibility API (SPEC §3.1): frame ingest ({@code /api/video/buffer},
 * {@code /api/video/buffer/batch}, {@code /api/video/multi-source/buffer}), incident analysis
 * ({@code /api/video/analyze}, {@code /api/video/multi-source/analyze}), the frame buffers' metrics, and {@link
 * io.vigint.http.video.VideoHttpModule}, which binds the server's {@link io.vigint.core.video.FrameBuffers}.
 */
package io.vigint.http.video;
