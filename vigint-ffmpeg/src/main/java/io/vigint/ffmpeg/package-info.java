/**
 * The video codec adapter, FFmpeg through JavaCV (natives for linux-x86_64 inside the jars, unpacked to
 * {@code ~/.javacpp/cache} on first use): {@link io.vigint.ffmpeg.FfmpegVideoDecoder} (the core's {@code
 * VideoDecoder}: uploaded MP4s to JPEG frames) and {@link io.vigint.ffmpeg.FfmpegClipEncoder} (the core's {@code
 * ClipEncoder}: alert clips as H.264 Constrained Baseline in MP4, {@code moov} first). Depends on vigint-core, the
 * JDK and JavaCV/JavaCPP/FFmpeg only.
 */
package io.vigint.ffmpeg;
