/**
 * Incident clips: the long window of a source written as H.264 in MP4 or MJPEG in AVI (the {@link
 * io.vigint.core.clip.ClipEncoder} port, implemented in vigint-ffmpeg and vigint-media; {@code alerts.clip_format} picks),
 * kept for a retention period in a {@link io.vigint.core.clip.ClipStore} and fetched through signed,
 * expiring links ({@link io.vigint.core.clip.VideoLinkSigner}, {@link io.vigint.core.clip.FetchClipUseCase}).
 */
package io.vigint.core.clip;
