package io.vigint.app;

import com.google.inject.AbstractModule;
import io.vigint.http.video.VideoConfig;
import io.vigint.http.video.VideoHttpModule;
import java.util.Objects;

/**
 * What {@code vigint serve} adds for frames: the frame buffers (bound as {@code FrameBuffers} and
 * {@code FrameWindows}) and the ingest endpoints, configured from the {@link VideoConfig}.
 */
public final class VideoModule extends AbstractModule {
    private final VideoConfig config;

    public VideoModule(VideoConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new VideoHttpModule(config.buffers(), config.validation(), config.maxBatchBytes()));
    }
}
