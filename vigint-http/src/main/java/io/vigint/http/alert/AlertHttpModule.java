package io.vigint.http.alert;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.vigint.http.HttpModule;
import java.util.List;

/**
 * The alert endpoints: {@code POST /api/alert}, {@code POST /api/video/alert} and {@code GET /video/{id}}.
 * The use cases they call ({@code SendAlertUseCase}, {@code FetchClipUseCase}) are bound by the wiring.
 */
public final class AlertHttpModule extends AbstractModule {
    @Override
    protected void configure() {
        for (Class<?> resource : List.of(AlertResource.class, VideoAlertResource.class, VideoClipResource.class)) {
            bind(resource).in(Singleton.class);
            HttpModule.jerseyComponents(binder()).addBinding().to(resource);
        }
    }
}
