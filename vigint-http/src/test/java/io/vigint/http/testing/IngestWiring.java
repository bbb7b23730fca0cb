package io.vigint.http.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.ClientStore;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageSink;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.ImageProbe;
import io.vigint.core.video.analysis.AnalyzeIncidentUseCase;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.metering.MeteringHttpModule;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.video.AnalyzeResource;
import io.vigint.http.video.VideoHttpModule;
import io.vigint.media.ImageIoProbe;
import io.vigint.media.MotionAnalyzer;
import io.vigint.memory.InMemoryUsageStore;
import java.time.Clock;

/**
 * A {@link TestServer} with what frame ingest touches, wired as {@code serve} wires it: the frame buffers
 * (real image probe), metering over an {@link InMemoryUsageStore} (the default price list) and analysis by the
 * local motion analyzer.
 */
public final class IngestWiring {
    private IngestWiring() {}

    /** A server with {@code limits} (use {@link TestServer#TEST_RATE_LIMITS} when limits are not the point). */
    public static TestServer start(RateLimitSettings limits) {
        Module wiring = new AbstractModule() {
            @Override
            protected void configure() {
                HttpModule.jerseyComponents(binder()).addBinding().to(AnalyzeResource.class);
                bind(PriceList.class).toInstance(PriceList.defaults());
                bind(ImageProbe.class).toInstance(new ImageIoProbe());
            }

            @Provides
            @Singleton
            InMemoryUsageStore usageStore(IdempotencyStore storage) {
                // TestServer binds its InMemoryStorage as the IdempotencyStore; it is the ClientStore too.
                return new InMemoryUsageStore((ClientStore) storage);
            }

            @Provides
            UsageSink sink(InMemoryUsageStore store) {
                return store;
            }

            @Provides
            UsageReportUseCase report(InMemoryUsageStore store) {
                return new UsageReportService(store);
            }

            @Provides
            AnalyzeIncidentUseCase analysis(FrameWindows windows, Clock clock) {
                return new IncidentAnalysisService(windows, new MotionAnalyzer(), clock);
            }
        };
        return TestServer.start(
                HttpSettings.defaults(), limits, new VideoHttpModule(), new MeteringHttpModule(), wiring);
    }

    /** The usage store of a server {@link #start}ed here. */
    public static InMemoryUsageStore usage(TestServer server) {
        return server.injector.getInstance(InMemoryUsageStore.class);
    }
}
