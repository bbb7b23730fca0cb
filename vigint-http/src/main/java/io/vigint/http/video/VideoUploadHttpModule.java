package io.vigint.http.video;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.UploadVideoUseCase;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import io.vigint.http.HttpModule;
import java.time.Clock;
import java.util.Objects;

/**
 * {@code POST /api/video/upload}: the {@link VideoUploadResource}, the {@link UploadVideoUseCase} over the
 * frame buffers of {@link VideoHttpModule} (installed next to it), and the route's body limit: the largest
 * video in base64 plus room for the JSON around it ({@link #bodyBytes}).
 *
 * <p>Needs a {@link VideoDecoder} (the codec adapter's, bound by the application) and a {@link Clock}.
 */
public final class VideoUploadHttpModule extends AbstractModule {
    private final VideoLimits limits;

    /** The default limits ({@link VideoLimits#DEFAULTS}). */
    public VideoUploadHttpModule() {
        this(VideoLimits.DEFAULTS);
    }

    /** The module configured by the {@code video.upload.*} settings. */
    public VideoUploadHttpModule(VideoConfig config) {
        this(config.upload());
    }

    public VideoUploadHttpModule(VideoLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The body limit of the upload route: a video of {@code limits.maxBytes()} in base64, plus 64 KiB. */
    public static long bodyBytes(VideoLimits limits) {
        return 4L * ((limits.maxBytes() + 2L) / 3) + 64 * 1024;
    }

    @Override
    protected void configure() {
        bind(VideoUploadResource.class).in(Singleton.class);
        HttpModule.jerseyComponents(binder()).addBinding().to(VideoUploadResource.class);
        HttpModule.routeBodyLimits(binder()).addBinding("api/video/upload").toInstance(bodyBytes(limits));
        // An alert may carry the client's recording (video_data) under the same limits as an upload.
        bind(VideoLimits.class).toInstance(limits);
        HttpModule.routeBodyLimits(binder()).addBinding("api/alert").toInstance(bodyBytes(limits));
        HttpModule.routeBodyLimits(binder()).addBinding("api/video/alert").toInstance(bodyBytes(limits));
    }

    @Provides
    @Singleton
    UploadVideoUseCase upload(VideoDecoder decoder, FrameBuffers buffers, Clock clock) {
        return new VideoUploadService(decoder, limits, buffers, clock);
    }
}
