/**
 * The client's video files over HTTP: {@code POST /api/video/create} and {@code GET /api/video/download/{id}},
 * {@code POST /api/video/compress}, {@code GET /api/storage/status} and {@code POST /api/storage/cleanup}, and
 * {@code POST /api/v1/videos/upload} (multipart clip hosting), with the original system's request and answer
 * fields; {@link io.vigint.http.files.VideoFilesHttpModule} wires them.
 */
package io.vigint.http.files;
