package io.vigint.core.alert;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientStore;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.clip.VideoLink;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends alerts: looks up the client's address, suppresses an alert within the cooldown of its incident
 * ({@link AlertCooldownStore}: per client, source and incident type, broken through by a higher risk level),
 * makes the clip from the
 * source's long window (decoding at most {@link AlertSettings#maxClipDecodePixels()} pixels), attaches it
 * when it is at most {@link AlertSettings#maxAttachmentBytes()} bytes and otherwise stores it and puts a
 * signed link in the email, then puts the email in the durable {@link MailQueue} and returns: the caller
 * never waits for a mail provider. Sending, and retrying with back-off, is the queue's drainer's. When
 * queuing fails, the cooldown the alert claimed is released, so the client's retry is not taken for a
 * duplicate.
 *
 * <p>An alert may bring its own recording ({@link AlertCommand.ClipSource#RECORDING}, the original client's
 * {@code video_data}): it is decoded with the {@link VideoDecoder} within the {@link VideoLimits} before
 * anything else happens, and its frames make the clip instead of the buffer. A recording that does not
 * decode is {@code INVALID_VIDEO} and nothing is sent; without a decoder, every recording is refused so.
 */
public final class AlertService implements SendAlertUseCase {
    private final ClientStore clients;
    private final FrameWindows frames;
    private final ClipService clips;
    private static final System.Logger LOG = System.getLogger(AlertService.class.getName());

    private final ClipEncoder encoder;
    private final MailQueue queue;
    private final AlertSettings settings;
    private final AlertCooldownStore cooldowns;
    private final Clock clock;
    private final VideoDecoder decoder;
    private final VideoLimits recordingLimits;

    /** A service that refuses alerts carrying a recording ({@code INVALID_VIDEO}): it has no decoder. */
    public AlertService(
            ClientStore clients,
            FrameWindows frames,
            ClipService clips,
            ClipEncoder encoder,
            MailQueue queue,
            AlertCooldownStore cooldowns,
            AlertSettings settings,
            Clock clock) {
        this(clients, frames, clips, encoder, queue, cooldowns, settings, clock, null, null);
    }

    /**
     * A service that decodes an alert's recording with {@code decoder} within {@code recordingLimits} (both
     * {@code null}: recordings are refused).
     */
    public AlertService(
            ClientStore clients,
            FrameWindows frames,
            ClipService clips,
            ClipEncoder encoder,
            MailQueue queue,
            AlertCooldownStore cooldowns,
            AlertSettings settings,
            Clock clock,
            VideoDecoder decoder,
            VideoLimits recordingLimits) {
        if ((decoder == null) != (recordingLimits == null)) {
            throw new IllegalArgumentException("a recording decoder needs its limits, and limits a decoder");
        }
        this.decoder = decoder;
        this.recordingLimits = recordingLimits;
        this.clients = Objects.requireNonNull(clients, "clients");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.clips = Objects.requireNonNull(clips, "clips");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AlertResult sendAlert(AlertCommand command) {
        Client client = clients.findById(command.clientId())
                .filter(Client::active)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND,
                        "No client with id " + command.clientId().value(),
                        Map.of("client_id", command.clientId().value())));
        Instant now = clock.instant();
        List<Frame> recording =
                command.clip() == AlertCommand.ClipSource.RECORDING ? recordingFrames(command.recording(), now) : null;
        IncidentKey key = IncidentKey.of(command);
        AlertCooldown wanted = settings.cooldown().isZero()
                ? null
                : new AlertCooldown(now, now.plus(settings.cooldown()), risk(command));
        if (wanted != null) {
            Optional<AlertCooldown> held = cooldowns.claim(key, wanted);
            if (held.isPresent()) {
                Instant until = held.get().endsAt();
                return new AlertResult(
                        true,
                        client.email(),
                        false,
                        null,
                        true,
                        AlertResult.Delivery.DEDUPLICATED,
                        until,
                        Duration.between(wanted.startedAt(), until));
            }
        }
        try {
            return send(client, command, recording, now, wanted);
        } catch (RuntimeException e) {
            if (wanted != null) {
                try {
                    cooldowns.release(key, wanted);
                } catch (RuntimeException releaseFailure) {
                    e.addSuppressed(releaseFailure);
                }
            }
            throw e;
        }
    }

    /** The alert's risk level for the cooldown: a level it does not know counts as MEDIUM, the original's default. */
    private static RiskLevel risk(AlertCommand command) {
        return RiskLevel.parse(command.riskLevel()).orElse(RiskLevel.MEDIUM);
    }

    /**
     * The frames of the client's recording, timed back from {@code now} as if just filmed (its last frame at
     * {@code now}), after the size checks and the decoding; {@code INVALID_VIDEO} or {@code
     * PAYLOAD_TOO_LARGE} when it cannot be the clip.
     */
    private List<Frame> recordingFrames(byte[] video, Instant now) {
        if (decoder == null) {
            throw VideoUploadService.invalid("this server does not decode recordings");
        }
        if (video.length > recordingLimits.maxBytes()) {
            throw VideoUploadService.tooLarge(recordingLimits.maxBytes());
        }
        if (video.length == 0) {
            throw VideoUploadService.invalid("the video is empty");
        }
        DecodedVideo decoded = decoder.decode(video, recordingLimits);
        if (decoded.frames().size() > recordingLimits.maxFrames()) {
            throw VideoUploadService.invalid("the video has more than " + recordingLimits.maxFrames() + " frames");
        }
        Duration last = decoded.frames().get(decoded.frames().size() - 1).offset();
        List<Frame> result = new ArrayList<>(decoded.frames().size());
        for (DecodedVideo.DecodedFrame frame : decoded.frames()) {
            Duration before = last.minus(frame.offset());
            result.add(new Frame(frame.jpeg(), FrameFormat.JPEG, before.isNegative() ? now : now.minus(before)));
        }
        return result;
    }

    private AlertResult send(
            Client client, AlertCommand command, List<Frame> recording, Instant now, AlertCooldown cooldown) {
        List<Frame> window =
                switch (command.clip()) {
                    case RECORDING -> recording;
                    case NONE -> List.of();
                    case SERVER_BUFFER -> frames.longWindow(client.id(), command.sourceId());
                };
        if (command.clip() == AlertCommand.ClipSource.SERVER_BUFFER
                && command.frameCount() != null
                && window.size() > command.frameCount()) {
            window = window.subList(window.size() - command.frameCount(), window.size());
        }
        Optional<byte[]> clip = Optional.empty();
        boolean clipFailed = false;
        if (!window.isEmpty()) {
            try {
                clip = encoder.encode(window, settings.maxClipDecodePixels());
            } catch (RuntimeException e) {
                // The alert matters more than its clip: it goes out without video, saying so.
                LOG.log(
                        System.Logger.Level.WARNING,
                        "clip encoding failed for client " + client.id().value() + " (" + window.size()
                                + " frames); the alert is sent without video: " + e);
                clipFailed = true;
            }
        }
        AlertEmail.Video video;
        MailAttachment attachment = null;
        VideoLink link = null;
        if (clipFailed) {
            video = AlertEmail.Video.failed(window.size());
        } else if (clip.isEmpty()) {
            video = AlertEmail.Video.none();
        } else if (clip.get().length <= settings.maxAttachmentBytes()) {
            attachment = new MailAttachment(
                    AlertEmail.clipFileName(now, encoder.format()),
                    encoder.format().mediaType(),
                    clip.get());
            video = AlertEmail.Video.attached(attachment.filename(), encoder.format(), window.size());
        } else {
            StoredClip stored = clips.store(client.id(), clip.get());
            link = clips.link(stored);
            video = AlertEmail.Video.linked(link, window.size(), clip.get().length);
        }
        MailMessage message = AlertEmail.message(client.email(), command, now, video, attachment);
        queue.enqueue(client.id(), message, now);
        return new AlertResult(
                true,
                client.email(),
                attachment != null,
                link == null ? null : link.url(),
                false,
                AlertResult.Delivery.QUEUED,
                cooldown == null ? null : cooldown.endsAt(),
                cooldown == null ? null : Duration.between(cooldown.startedAt(), cooldown.endsAt()));
    }
}
