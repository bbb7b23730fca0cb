package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import io.vigint.app.config.AnalysisConfig;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.analysis.AnalyzeIncidentUseCase;
import io.vigint.core.video.analysis.AnalyzeSourcesUseCase;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.core.video.analysis.MultiSourceAnalysisService;
import io.vigint.gemini.GeminiModule;
import io.vigint.gemini.GeminiSettings;
import io.vigint.http.HttpModule;
import io.vigint.http.video.AnalyzeResource;
import io.vigint.http.video.MultiSourceAnalyzeResource;
import io.vigint.media.MotionAnalyzer;
import java.time.Clock;
import java.util.Optional;

/**
 * What {@code vigint serve} needs for incident analysis: {@link AnalyzeIncidentUseCase} over the bound
 * {@link FrameWindows} and {@link IncidentAnalyzer}, {@link AnalyzeSourcesUseCase} over it, and {@code POST
 * /api/video/analyze} and {@code POST /api/video/multi-source/analyze}. The analyzer
 * comes from a module chosen by {@link #of(AnalysisConfig)}: {@link LocalAnalyzerModule} (the default)
 * or {@link GeminiModule}, which sends Gemini clips made by the process's bound {@code ClipEncoder} (bound
 * in {@link ClipModule} by {@code alerts.clip_format}: H.264 MP4 by default, the same encoder as alert clips).
 *
 * <p>{@link FrameWindows} is optional here: the frame-buffer adapter binds it (plainly or through an
 * {@code OptionalBinder}); while none is bound, every source has no frames and analyze answers 422
 * {@code NO_FRAMES}.
 */
public final class AnalysisModule extends AbstractModule {
    /** The analysis module with the analyzer {@code config} chooses. */
    public static Module of(AnalysisConfig config) {
        return Modules.combine(new AnalysisModule(), analyzer(config));
    }

    /** The module binding the {@link IncidentAnalyzer} that {@code config} chooses. */
    static Module analyzer(AnalysisConfig config) {
        return config.usesGemini()
                ? new GeminiModule(new GeminiSettings(
                        config.geminiBaseUrl(),
                        config.geminiApiKey(),
                        config.geminiScreeningModel(),
                        config.geminiConfirmationModel(),
                        config.geminiTimeout(),
                        config.geminiMaxFrames()))
                : new LocalAnalyzerModule(new MotionAnalyzer(config.motion()));
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), FrameWindows.class);
        HttpModule.jerseyComponents(binder()).addBinding().to(AnalyzeResource.class);
        HttpModule.jerseyComponents(binder()).addBinding().to(MultiSourceAnalyzeResource.class);
    }

    @Provides
    @Singleton
    AnalyzeIncidentUseCase analysis(Optional<FrameWindows> windows, IncidentAnalyzer analyzer, Clock clock) {
        return new IncidentAnalysisService(windows.orElse(NoFrames.INSTANCE), analyzer, clock);
    }

    @Provides
    @Singleton
    AnalyzeSourcesUseCase sourcesAnalysis(
            Optional<FrameWindows> windows, AnalyzeIncidentUseCase analysis, Clock clock) {
        return new MultiSourceAnalysisService(windows.orElse(NoFrames.INSTANCE), analysis, clock);
    }

    /** Binds the local motion analyzer. */
    static final class LocalAnalyzerModule extends AbstractModule {
        private final MotionAnalyzer analyzer;

        LocalAnalyzerModule(MotionAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        @Override
        protected void configure() {
            bind(IncidentAnalyzer.class).toInstance(analyzer);
        }
    }
}
