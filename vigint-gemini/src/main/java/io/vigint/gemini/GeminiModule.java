package io.vigint.gemini;

import com.google.inject.AbstractModule;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import java.util.Objects;

/**
 * The Gemini adapter's Guice module: binds {@link IncidentAnalyzer} to a {@link GeminiAnalyzer} with the
 * given settings. Install it instead of a local analyzer's binding, not beside one.
 */
public final class GeminiModule extends AbstractModule {
    private final GeminiSettings settings;

    public GeminiModule(GeminiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(GeminiSettings.class).toInstance(settings);
        bind(IncidentAnalyzer.class).toInstance(new GeminiAnalyzer(settings));
    }
}
