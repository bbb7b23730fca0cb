package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.alert.AlertService;
import io.vigint.core.alert.AlertSettings;
import io.vigint.core.alert.SendAlertUseCase;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipPurger;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.FetchClipUseCase;
import io.vigint.core.clip.VideoLinkSigner;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.PeriodicTask;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.videofile.VideoFileStore;
import io.vigint.core.videofile.VideoLinkService;
import io.vigint.http.HttpModule;
import io.vigint.http.ServerConfig;
import io.vigint.http.alert.AlertConfig;
import io.vigint.http.alert.AlertHttpModule;
import io.vigint.http.metrics.MailQueueMetrics;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.mail.MailModule;
import io.vigint.mail.MailQueueDrainer;
import io.vigint.mail.MailQueueSettings;
import io.vigint.security.HmacSha256;
import io.vigint.security.ServerSecrets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code vigint serve} adds for alerts: {@code POST /api/alert}, {@code POST /api/video/alert} and
 * {@code GET /video/{id}}, the {@link AlertService} over the client's frames ({@link FrameWindows}) and
 * the durable {@link MailQueue} (the alert only queues its email), the {@link MailQueueDrainer} that
 * sends queued mail in the background through the mail adapter's single-try {@link ClientMailer} (named
 * {@value MailModule#SINGLE_TRY}; the queue retries) with its meters, the {@link ClipService} with links
 * signed by a key derived from the server's master key ({@code GET /video/{id}} serves clients' hosted clips
 * too, through {@link VideoLinkService}), a {@link ClipPurger}, and a purger of ended alert cooldowns ({@link
 * AlertCooldownStore}, from the persistence adapter); the drainer and the purgers run while the server does.
 * The clip store comes from {@link ClipModule}; clips are encoded by the
 * {@link ClipEncoder} that {@code alerts.clip_format} names ({@link FfmpegClipEncoder}, MP4, by default, or
 * {@link MjpegAviWriter}, AVI).
 *
 * <p>{@link FrameWindows} and the single-try {@link ClientMailer} are optional bindings (set them with
 * {@code bind(...)} or {@code OptionalBinder.newOptionalBinder(...).setBinding()}): without frame buffers
 * every window is empty, so alerts go out without video; without a mailer, queued alerts are logged and
 * not delivered. So are the {@link VideoDecoder} and the {@link VideoLimits} an alert's own recording
 * ({@code video_data}) is decoded with (bound by {@code MediaModule} and {@code VideoUploadHttpModule}):
 * without both, alerts carrying a recording are refused ({@code INVALID_VIDEO}).
 */
public final class AlertModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(AlertModule.class);
    private static final String CLIP_PURGER = "clip-purger";
    private static final String MAIL_QUEUE_DRAINER = "mail-queue-drainer";
    private static final String COOLDOWN_PURGER = "alert-cooldown-purger";
    /** How often cooldowns that ended are deleted (they decide nothing once ended; this only bounds the table). */
    private static final Duration COOLDOWN_PURGE_INTERVAL = Duration.ofMinutes(10);

    private final AlertConfig config;
    private final ServerConfig server;

    public AlertModule(AlertConfig config, ServerConfig server) {
        this.config = Objects.requireNonNull(config, "config");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), FrameWindows.class);
        OptionalBinder.newOptionalBinder(binder(), VideoDecoder.class);
        OptionalBinder.newOptionalBinder(binder(), VideoLimits.class);
        OptionalBinder.newOptionalBinder(binder(), Key.get(ClientMailer.class, Names.named(MailModule.SINGLE_TRY)));

        install(new AlertHttpModule());
        Multibinder<AutoCloseable> resources =
                Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES));
        resources.addBinding().to(Key.get(AutoCloseable.class, Names.named(CLIP_PURGER)));
        resources.addBinding().to(Key.get(AutoCloseable.class, Names.named(MAIL_QUEUE_DRAINER)));
        resources.addBinding().to(Key.get(AutoCloseable.class, Names.named(COOLDOWN_PURGER)));
    }

    @Provides
    @Singleton
    VideoLinkSigner videoLinkSigner(ServerSecrets secrets) {
        byte[] master = secrets.masterKey();
        try {
            return new VideoLinkSigner(HmacSha256.derived(master, VideoLinkSigner.KEY_PURPOSE));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    @Provides
    @Singleton
    ClipService clipService(ClipStore store, VideoLinkSigner signer, Clock clock, RandomSource random) {
        return new ClipService(
                store,
                signer,
                clock,
                random,
                config.clipRetention(),
                config.linkLifetime(),
                config.publicBaseUrl(server));
    }

    /** The signed links of alert clips and of the clips clients host ({@link VideoLinkService}). */
    @Provides
    @Singleton
    FetchClipUseCase links(ClipService clips, VideoFileStore files, Clock clock) {
        return new VideoLinkService(clips, files, clock);
    }

    @Provides
    @Singleton
    SendAlertUseCase alerts(
            ClientStore clients,
            Optional<FrameWindows> frames,
            ClipService clips,
            ClipEncoder encoder,
            MailQueue queue,
            AlertCooldownStore cooldowns,
            Clock clock,
            Optional<VideoDecoder> decoder,
            Optional<VideoLimits> recordingLimits) {
        boolean recordings = decoder.isPresent() && recordingLimits.isPresent();
        return new AlertService(
                clients,
                frames.orElse(NoFrames.INSTANCE),
                clips,
                encoder,
                queue,
                cooldowns,
                new AlertSettings(config.maxAttachmentBytes(), config.cooldown(), config.maxClipDecodePixels()),
                clock,
                recordings ? decoder.get() : null,
                recordings ? recordingLimits.get() : null);
    }

    @Provides
    @Singleton
    MailQueueDrainer mailQueueDrainer(
            MailQueue queue,
            @Named(MailModule.SINGLE_TRY) Optional<ClientMailer> mailer,
            MailQueueSettings settings,
            Clock clock,
            VigintMetrics metrics) {
        MailQueueDrainer drainer =
                MailQueueDrainer.start(queue, mailer.orElseGet(AlertModule::undeliveredMail), settings, clock);
        MailQueueMetrics.bind(metrics.registry(), queue, clock, drainer::sentCount, drainer::retriedCount);
        return drainer;
    }

    @Provides
    @Singleton
    @Named(MAIL_QUEUE_DRAINER)
    AutoCloseable mailQueueDrainerResource(MailQueueDrainer drainer) {
        return drainer;
    }

    @Provides
    @Singleton
    @Named(CLIP_PURGER)
    AutoCloseable clipPurger(ClipService clips) {
        return ClipPurger.start(
                clips, ClipPurger.DEFAULT_INTERVAL, e -> LOG.warn("Deleting expired clips failed: {}", e.toString()));
    }

    @Provides
    @Singleton
    @Named(COOLDOWN_PURGER)
    AutoCloseable cooldownPurger(AlertCooldownStore cooldowns, Clock clock) {
        return PeriodicTask.start(
                "vigint-alert-cooldown-purge",
                COOLDOWN_PURGE_INTERVAL,
                () -> cooldowns.purgeEndedBy(clock.instant()),
                e -> LOG.warn("Deleting ended alert cooldowns failed: {}", e.toString()));
    }

    /** A mailer for when none is wired: says so in the log (no address, no content) and delivers nothing. */
    private static ClientMailer undeliveredMail() {
        LOG.warn("No mail provider is wired: alert emails are not delivered");
        return (ClientId clientId, MailMessage message) -> LOG.warn(
                "Queued email for client {} not delivered (no mail provider is wired): {} attachment byte(s)",
                clientId.value(),
                message.attachmentBytes());
    }
}
