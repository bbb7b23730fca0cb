package io.vigint.http.video;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameIngestService;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.ImageProbe;
import io.vigint.core.video.IngestFrameUseCase;
import io.vigint.http.HttpModule;
import io.vigint.http.gate.Metering;
import io.vigint.http.metrics.VigintMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The frame buffers and the ingest endpoints. Binds one {@link FrameBuffers} (also as {@link FrameWindows},
 * which analysis and alerts read, and as a {@link ClientDataOwner}, so deleting a client drops its buffers),
 * the {@link FrameValidator}, the {@link VideoResource}, the buffers' metrics, a sweeper of idle buffers,
 * and body-size limits for the ingest routes that are larger than the server's default: one frame in
 * base64 JSON for the single-frame routes, {@code maxBatchBodyBytes} for the batch route.
 *
 * <p>Needs {@link HttpModule} (installed next to it) and a {@link Clock}.
 */
public final class VideoHttpModule extends AbstractModule {
    /** The default body limit of {@code /api/video/buffer/batch}: 32 MiB. */
    public static final long DEFAULT_MAX_BATCH_BODY_BYTES = 32L * 1024 * 1024;

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final FrameBufferSettings settings;
    private final FrameValidator.Level validation;
    private final long maxBatchBodyBytes;

    /** The default settings, structure validation and the default batch limit. */
    public VideoHttpModule() {
        this(FrameBufferSettings.defaults(), FrameValidator.Level.STRUCTURE, DEFAULT_MAX_BATCH_BODY_BYTES);
    }

    /** The module configured by the {@code video.*} settings. */
    public VideoHttpModule(VideoConfig config) {
        this(config.buffers(), config.validation(), config.maxBatchBytes());
    }

    public VideoHttpModule(FrameBufferSettings settings, FrameValidator.Level validation, long maxBatchBodyBytes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.validation = Objects.requireNonNull(validation, "validation");
        if (maxBatchBodyBytes < singleFrameBodyBytes(settings)) {
            throw new IllegalArgumentException(
                    "the batch body limit must hold at least one frame: " + maxBatchBodyBytes);
        }
        this.maxBatchBodyBytes = maxBatchBodyBytes;
    }

    /** The body limit of the single-frame routes: a largest frame in base64, plus room for the JSON around it. */
    public static long singleFrameBodyBytes(FrameBufferSettings settings) {
        return 4L * ((settings.maxFrameBytes() + 2L) / 3) + 64 * 1024;
    }

    @Override
    protected void configure() {
        bind(FrameBufferSettings.class).toInstance(settings);
        bind(FrameWindows.class).to(FrameBuffers.class);
        Multibinder.newSetBinder(binder(), ClientDataOwner.class).addBinding().to(FrameBuffers.class);
        bind(VideoResource.class).in(Singleton.class);
        HttpModule.jerseyComponents(binder()).addBinding().to(VideoResource.class);
        // POST /api/video/buffer in its canonical form without Jersey (everything else: VideoResource).
        OptionalBinder.newOptionalBinder(binder(), Metering.class);
        bind(FrameIngestHandler.class).in(Singleton.class);
        HttpModule.frontHandlers(binder()).addBinding().to(FrameIngestHandler.class);
        long single = singleFrameBodyBytes(settings);
        HttpModule.routeBodyLimits(binder()).addBinding("api/video/buffer").toInstance(single);
        HttpModule.routeBodyLimits(binder())
                .addBinding("api/video/multi-source/buffer")
                .toInstance(single);
        // The original client's analyze_frame sends a frame (not used) with its analysis request.
        HttpModule.routeBodyLimits(binder()).addBinding("api/video/analyze").toInstance(single);
        HttpModule.routeBodyLimits(binder())
                .addBinding("api/video/buffer/batch")
                .toInstance(maxBatchBodyBytes);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                .addBinding()
                .to(IdleBufferSweeper.class);
    }

    @Provides
    @Singleton
    FrameBuffers frameBuffers(FrameBufferSettings bufferSettings, Clock clock, VigintMetrics metrics) {
        FrameBuffers buffers = new FrameBuffers(bufferSettings, clock);
        FrameBufferMetrics.bind(buffers, metrics.registry());
        return buffers;
    }

    @Provides
    @Singleton
    FrameValidator frameValidator(FrameBufferSettings bufferSettings, ImageProbe probe) {
        return new FrameValidator(probe, bufferSettings.maxFrameBytes(), bufferSettings.maxFramePixels(), validation);
    }

    @Provides
    @Singleton
    IngestFrameUseCase ingest(FrameBuffers buffers, FrameValidator validator) {
        return new FrameIngestService(buffers, validator);
    }

    @Provides
    @Singleton
    IdleBufferSweeper sweeper(FrameBuffers buffers) {
        return new IdleBufferSweeper(buffers, SWEEP_INTERVAL);
    }
}
