/**
 * Incident clips: the long window of a source written as MJPEG in AVI ({@link io.vigint.core.clip.MjpegAviWriter}),
 * kept for a retention period in a {@link io.vigint.core.clip.ClipStore} and fetched through signed,
 * expiring links ({@link io.vigint.core.clip.VideoLinkSigner}, {@link io.vigint.core.clip.FetchClipUseCase}).
 */
package io.vigint.core.clip;
