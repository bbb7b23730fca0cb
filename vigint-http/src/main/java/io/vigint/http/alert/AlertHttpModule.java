package io.vigint.http.alert;

import com.google.inject.AbstractModule;
import io.vigint.http.HttpModule;

/**
 * The alert endpoints: {@code POST /api/alert}, {@code POST /api/video/alert} and {@code GET /video/{id}}.
 * The use cases they call ({@code SendAlertUseCase}, {@code FetchClipUseCase}) are bound by the wiring.
 */
public final class AlertHttpModule extends AbstractModule {
    @Override
    protected void configure() {
        HttpModule.addRecordResources(binder(), AlertResource.class, VideoAlertResource.class, VideoClipResource.class);
    }
}
