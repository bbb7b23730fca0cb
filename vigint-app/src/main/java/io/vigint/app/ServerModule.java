package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.vigint.app.config.Settings;
import io.vigint.http.ServerConfig;
import io.vigint.http.files.VideoFilesHttpModule;
import io.vigint.http.video.VideoHttpModule;
import io.vigint.http.video.VideoUploadHttpModule;
import java.util.List;
import java.util.Objects;

/**
 * What the HTTP server adds to {@link AppModule}, each part configured from the {@link Settings}; it only
 * installs: the server ({@link ServeModule}, from {@code config}, which may carry {@code --host} and
 * {@code --port}), the frame buffers ({@link VideoHttpModule}, whose {@code FrameWindows} analysis and
 * alerts read), video upload into them ({@link VideoUploadHttpModule}, with the decoder {@link MediaModule} binds), clients'
 * video files ({@link VideoFilesHttpModule}: create, download, compress, storage, clip hosting), incident analysis, alerts (sent through the mail adapter's {@code ClientMailer}), confirmed
 * email changes, metering, the invoice scheduler and the accounting export worker.
 */
public final class ServerModule extends AbstractModule {
    private final List<Module> modules;

    /**
     * Reads every setting at once, so that a bad value stops the server before anything starts.
     *
     * @throws io.vigint.core.config.ConfigurationException naming the bad value and where it came from
     */
    public ServerModule(Settings settings, ServerConfig config) {
        Objects.requireNonNull(config, "config");
        modules = List.of(
                new ServeModule(config),
                new VideoHttpModule(settings.video()),
                new VideoUploadHttpModule(settings.video()),
                new VideoFilesHttpModule(settings.storage(), settings.video().upload()),
                new MediaModule(),
                AnalysisModule.of(settings.analysis()),
                new AlertModule(settings.alerts(), config),
                new EmailChangeModule(settings.alerts().publicBaseUrl(config)),
                new MeteringModule(settings.metering()),
                new InvoiceScheduleModule(settings.schedule()),
                new AccountingExportWorkerModule(settings.qonto()),
                new FollowUpScheduleModule(
                        settings.schedule().schedule().enabled(),
                        settings.followUp().checkEvery()));
    }

    @Override
    protected void configure() {
        modules.forEach(this::install);
    }
}
