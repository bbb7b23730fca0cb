package io.vigint.gemini;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import java.util.Objects;

/**
 * The Gemini adapter's Guice module: binds {@link IncidentAnalyzer} to a {@link GeminiAnalyzer} with the
 * given settings, sending clips made by the {@link ClipEncoder} bound elsewhere (the one that makes alert
 * clips), so the clip format Gemini gets follows that binding. Install it instead of a local analyzer's
 * binding, not beside one.
 */
public final class GeminiModule extends AbstractModule {
    private final GeminiSettings settings;

    public GeminiModule(GeminiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(GeminiSettings.class).toInstance(settings);
    }

    @Provides
    @Singleton
    IncidentAnalyzer geminiAnalyzer(ClipEncoder clips) {
        return new GeminiAnalyzer(settings, clips);
    }
}
