package io.vigint.http.files;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.client.ClientStore;
import io.vigint.core.clip.ClipPurger;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.PeriodicTask;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoEncoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.videofile.ClientStorageService;
import io.vigint.core.videofile.ClientStorageUseCase;
import io.vigint.core.videofile.CompressVideoUseCase;
import io.vigint.core.videofile.CreateVideoUseCase;
import io.vigint.core.videofile.HostVideoUseCase;
import io.vigint.core.videofile.StorageQuota;
import io.vigint.core.videofile.VideoCompressionService;
import io.vigint.core.videofile.VideoCreationService;
import io.vigint.core.videofile.VideoFileSettings;
import io.vigint.core.videofile.VideoFileStore;
import io.vigint.core.videofile.VideoHostingService;
import io.vigint.http.HttpModule;
import io.vigint.http.video.VideoUploadHttpModule;
import java.time.Clock;
import java.util.Objects;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's video files over HTTP: {@link CreateVideoResource}, {@link DownloadVideoResource}, {@link
 * CompressVideoResource}, {@link StorageResource} and {@link HostedVideoResource}, the use cases behind them, the
 * purge of expired files (every {@link ClipPurger#DEFAULT_INTERVAL}, while the server runs), Jersey's multipart
 * reader (parts kept in memory, never in a temporary file, at most {@value #MAX_PARTS} parts: the body was
 * collected and bounded before), and the body limits: the upload route's ({@link VideoUploadHttpModule#bodyBytes})
 * for the create, compress and hosting routes.
 *
 * <p>Needs what the server's other modules bind: the {@link VideoFileStore} and {@link ClipStore} (the
 * application's clip module), the {@link ClipService} (alerts, for links), the frame buffers ({@link
 * FrameWindows}, {@link FrameValidator}), the codec ({@link VideoDecoder}, {@link VideoEncoder}), the upload
 * {@link VideoLimits}, the {@link ClientStore}, a {@link Clock} and a {@link RandomSource}.
 */
public final class VideoFilesHttpModule extends AbstractModule {
    /** The most parts a multipart body may have. */
    public static final int MAX_PARTS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(VideoFilesHttpModule.class);
    private static final String PURGER = "video-file-purger";

    private final VideoFileSettings settings;
    private final long bodyBytes;

    public VideoFilesHttpModule(VideoFileSettings settings, VideoLimits uploadLimits) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bodyBytes = VideoUploadHttpModule.bodyBytes(Objects.requireNonNull(uploadLimits, "uploadLimits"));
    }

    @Override
    protected void configure() {
        HttpModule.addRecordResources(
                binder(),
                CreateVideoResource.class,
                DownloadVideoResource.class,
                CompressVideoResource.class,
                StorageResource.class,
                HostedVideoResource.class);
        Multibinder<Object> components = HttpModule.jerseyComponents(binder());
        components.addBinding().toInstance(new MultiPartFeature());
        components
                .addBinding()
                .toInstance(new MultiPartProperties()
                        .bufferThreshold(MultiPartProperties.BUFFER_THRESHOLD_MEMORY_ONLY)
                        .maxParts(MAX_PARTS)
                        .resolver());
        for (String route : new String[] {"api/video/create", "api/video/compress", "api/v1/videos/upload"}) {
            HttpModule.routeBodyLimits(binder()).addBinding(route).toInstance(bodyBytes);
        }
        Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                .addBinding()
                .to(com.google.inject.Key.get(AutoCloseable.class, Names.named(PURGER)));
    }

    @Provides
    @Singleton
    StorageQuota quota(ClipStore clips, VideoFileStore files) {
        return new StorageQuota(clips, files, settings.quotaBytes());
    }

    @Provides
    @Singleton
    ClientStorageService storage(ClipStore clips, VideoFileStore files, StorageQuota quota, Clock clock) {
        return new ClientStorageService(clips, files, quota, clock);
    }

    @Provides
    @Singleton
    ClientStorageUseCase storageUseCase(ClientStorageService storage) {
        return storage;
    }

    @Provides
    @Singleton
    CreateVideoUseCase create(
            FrameValidator validator,
            FrameWindows windows,
            VideoEncoder encoder,
            VideoFileStore store,
            StorageQuota quota,
            Clock clock,
            RandomSource random,
            VideoLimits limits) {
        return new VideoCreationService(
                validator, windows, encoder, store, quota, clock, random, limits, settings.downloadLifetime());
    }

    @Provides
    @Singleton
    CompressVideoUseCase compress(VideoDecoder decoder, VideoEncoder encoder, VideoLimits limits) {
        return new VideoCompressionService(decoder, encoder, limits);
    }

    @Provides
    @Singleton
    HostVideoUseCase host(
            VideoDecoder decoder,
            VideoLimits limits,
            VideoFileStore store,
            StorageQuota quota,
            ClipService links,
            ClientStore clients,
            Clock clock,
            RandomSource random) {
        return new VideoHostingService(
                decoder, limits, store, quota, links, clients, clock, random, settings.maxLinkLifetime());
    }

    @Provides
    @Singleton
    @Named(PURGER)
    AutoCloseable purger(ClientStorageService storage) {
        return PeriodicTask.start(
                "vigint-video-file-purge",
                ClipPurger.DEFAULT_INTERVAL,
                storage::purgeExpired,
                e -> LOG.warn("Deleting expired video files failed: {}", e.toString()));
    }
}
