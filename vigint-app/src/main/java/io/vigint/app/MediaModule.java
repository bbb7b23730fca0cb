package io.vigint.app;

import com.google.inject.AbstractModule;
import io.vigint.core.video.ImageProbe;
import io.vigint.media.ImageIoProbe;

/** The media adapter's part of the server: frames are probed and decoded with {@link ImageIoProbe}. */
final class MediaModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ImageProbe.class).toInstance(new ImageIoProbe());
    }
}
