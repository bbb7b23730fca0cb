/**
 * The image, clip and motion code, over {@code java.awt} and {@code javax.imageio}: {@link
 * io.vigint.media.ImageIoProbe} (the core's {@code ImageProbe}: structure walk and decoding of JPEG and PNG
 * frames), {@link io.vigint.media.MjpegAviWriter} (the core's {@code ClipEncoder}: MJPEG clips in AVI) and
 * {@link io.vigint.media.MotionAnalyzer} (the local {@code IncidentAnalyzer}). Depends on vigint-core and the
 * JDK only.
 */
package io.vigint.media;
