/**
 * The videos a client keeps on the server besides its alert clips: videos made from its frames ({@code
 * POST /api/video/create}, downloaded by their owner for a while), clips it hosts for a signed link ({@code
 * POST /api/v1/videos/upload}), recordings re-encoded smaller ({@code POST /api/video/compress}, kept nowhere),
 * and the client's view of its own storage (status, cleanup, a quota). The files are behind the {@link
 * io.vigint.core.videofile.VideoFileStore} port (on disk in vigint-files, in memory in vigint-memory); pictures
 * are encoded by the {@link io.vigint.core.video.VideoEncoder} port and recordings read by the {@link
 * io.vigint.core.video.VideoDecoder} port.
 */
package io.vigint.core.videofile;
