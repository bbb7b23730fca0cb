/** Camera frames, per-client frame buffers and their validation ({@link io.vigint.core.video.ImageProbe} is the port to the image formats, implemented in vigint-media). */
package io.vigint.core.video;
