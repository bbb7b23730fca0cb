/**
 * Incident clips: the long window of a source written as MJPEG in AVI (the {@link io.vigint.core.clip.ClipEncoder} port,
 * implemented in vigint-media),
 * kept for a retention period in a {@link io.vigint.core.clip.ClipStore} and fetched through signed,
 * expiring links ({@link io.vigint.core.clip.VideoLinkSigner}, {@link io.vigint.core.clip.FetchClipUseCase}).
 */
package io.vigint.core.clip;
