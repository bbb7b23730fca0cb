package io.vigint.app;

import com.google.inject.AbstractModule;
import io.vigint.core.video.ImageProbe;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoEncoder;
import io.vigint.ffmpeg.FfmpegVideoDecoder;
import io.vigint.ffmpeg.FfmpegVideoEncoder;
import io.vigint.media.ImageIoProbe;

/**
 * The media adapters' part of the server: frames are probed and decoded with {@link ImageIoProbe}; uploaded
 * videos are decoded with {@link FfmpegVideoDecoder} and the videos clients ask for encoded with {@link
 * FfmpegVideoEncoder} (vigint-ffmpeg).
 */
final class MediaModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ImageProbe.class).toInstance(new ImageIoProbe());
        bind(VideoDecoder.class).toInstance(new FfmpegVideoDecoder());
        bind(VideoEncoder.class).toInstance(new FfmpegVideoEncoder());
    }
}
