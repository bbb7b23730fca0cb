package io.vigint.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipService;
import io.vigint.core.contract.AviFile;
import io.vigint.core.contract.ClipFrames;
import io.vigint.core.contract.ClipTestWindows;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.RecordingMailQueue;
import io.vigint.core.contract.TestLinkSigners;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.port.RandomSource;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import io.vigint.media.MjpegAviWriter;
import io.vigint.memory.InMemoryAlertCooldownStore;
import io.vigint.memory.InMemoryClipStore;
import io.vigint.memory.InMemoryMailQueue;
import io.vigint.memory.InMemoryStorage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AlertServiceTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Client acme = storage.insert(newClient("Acme", "alerts@acme.example"));
    private final Client other = storage.insert(newClient("Other", "ops@other.example"));
    private final ClipTestWindows windows = new ClipTestWindows();
    private final InMemoryClipStore clipStore = new InMemoryClipStore();
    private final ClipService clips = new ClipService(
            clipStore,
            TestLinkSigners.zeroKey(),
            clock,
            RandomSource.secure(),
            Duration.ofHours(48),
            Duration.ofHours(48),
            "http://127.0.0.1:5002");
    private final RecordingMailQueue queue = new RecordingMailQueue(new InMemoryMailQueue());
    private final InMemoryAlertCooldownStore cooldowns = new InMemoryAlertCooldownStore();
    /** The end of a cooldown started at T0 under the default of 60 seconds. */
    private static final Instant T0_COOLDOWN_END = T0.plusSeconds(60);

    private AlertService service(long maxAttachmentBytes) {
        return service(new AlertSettings(maxAttachmentBytes, AlertSettings.DEFAULT_COOLDOWN));
    }

    private AlertService service(AlertSettings settings) {
        return new AlertService(storage, windows, clips, new MjpegAviWriter(), queue, cooldowns, settings, clock);
    }

    /** The result of an alert to Acme queued at T0, starting the default cooldown. */
    private static AlertResult queuedAtT0(boolean videoAttached) {
        return new AlertResult(
                true,
                "alerts@acme.example",
                videoAttached,
                null,
                false,
                AlertResult.Delivery.QUEUED,
                T0_COOLDOWN_END,
                Duration.ofSeconds(60));
    }

    private List<ClaimedMail> queued() {
        return queue.queued();
    }

    private final AlertService alerts = service(AlertSettings.DEFAULT_MAX_ATTACHMENT_BYTES);

    private static NewClient newClient(String name, String email) {
        return new NewClient(name, email, null, T0);
    }

    private AlertCommand command(ClientId client, String source, String analysis) {
        return new AlertCommand(client, source, analysis, "high", "intrusion", null);
    }

    private List<Frame> frames(int count) {
        return ClipFrames.moving(count, FrameFormat.JPEG, 64, 48, T0, Duration.ofMillis(200));
    }

    @Test
    void aSmallClipIsAttachedToTheEmailToTheClientsAddress() {
        List<Frame> frames = frames(10);
        windows.put(acme.id(), "default", frames);

        AlertResult result = alerts.sendAlert(command(acme.id(), null, "Person climbing the fence"));

        assertThat(result).isEqualTo(queuedAtT0(true));
        assertThat(queued()).hasSize(1);
        MailMessage message = queued().get(0).message();
        assertThat(queued().get(0).clientId()).isEqualTo(acme.id());
        assertThat(message.to()).isEqualTo("alerts@acme.example");
        assertThat(message.subject()).isEqualTo("[Vigint] HIGH risk: intrusion (source default)");
        assertThat(message.text())
                .contains("Risk level:    HIGH")
                .contains("Incident type: intrusion")
                .contains("Time:          2026-01-01T00:00:00Z")
                .contains("Person climbing the fence")
                .contains("attached as incident-20260101-000000.avi (10 frames");
        MailAttachment attachment = message.attachments().get(0);
        assertThat(attachment.contentType()).isEqualTo("video/x-msvideo");
        AviFile avi = AviFile.parse(attachment.content());
        assertThat(avi.frames).hasSize(10);
        assertThat(avi.frames.get(9)).isEqualTo(frames.get(9).data());
        assertThat(clipStore.size()).as("attached clips are not stored").isZero();
    }

    @Test
    void aClipTooLargeToAttachIsStoredAndLinkedInTheEmailAndTheResult() throws IOException {
        windows.put(acme.id(), "gate", frames(10));

        AlertResult result = service(1_000).sendAlert(command(acme.id(), "gate", "Car at the gate"));

        assertThat(result.videoAttached()).isFalse();
        assertThat(result.videoLink()).startsWith("http://127.0.0.1:5002/video/");
        MailMessage message = queued().get(0).message();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.text()).contains(result.videoLink()).contains("too large to attach");
        URI link = URI.create(result.videoLink());
        String id = link.getPath().substring("/video/".length());
        try (ClipContent clip = clips.fetch(id, link.getQuery().substring("token=".length()))) {
            assertThat(clip.clip().clientId()).isEqualTo(acme.id());
            assertThat(AviFile.parse(clip.content().readAllBytes()).frames).hasSize(10);
        }
    }

    @Test
    void withNoFramesTheEmailIsSentWithoutVideo() {
        AlertResult result = alerts.sendAlert(command(acme.id(), null, "Smoke"));

        assertThat(result).isEqualTo(queuedAtT0(false));
        MailMessage message = queued().get(0).message();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.text()).contains("Video: none");
    }

    @Test
    void aClipThatCannotBeEncodedLeavesTheAlertWithoutVideoInsteadOfFailingIt() {
        windows.put(acme.id(), "default", frames(5));
        ClipEncoder broken = new ClipEncoder() {
            @Override
            public ClipFormat format() {
                return ClipFormat.MP4;
            }

            @Override
            public Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels) {
                throw new IllegalStateException("encoder exploded");
            }
        };
        AlertService service =
                new AlertService(storage, windows, clips, broken, queue, cooldowns, AlertSettings.defaults(), clock);

        AlertResult result = service.sendAlert(command(acme.id(), null, "Smoke"));

        assertThat(result).isEqualTo(queuedAtT0(false));
        MailMessage message = queued().get(0).message();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.text()).contains("clip of 5 frames could not be made");
        assertThat(clipStore.size()).isZero();
    }

    @Test
    void theClipShowsOnlyTheAlertingClientsFrames() {
        windows.put(other.id(), "default", frames(5));

        AlertResult result = alerts.sendAlert(command(acme.id(), null, "Smoke"));

        assertThat(result.videoAttached()).isFalse();
        assertThat(queued().get(0).message().attachments()).isEmpty();
    }

    @Test
    void frameCountKeepsTheMostRecentFrames() {
        List<Frame> frames = frames(10);
        windows.put(acme.id(), "default", frames);

        alerts.sendAlert(new AlertCommand(acme.id(), null, "x", "LOW", null, 3));

        AviFile avi =
                AviFile.parse(queued().get(0).message().attachments().get(0).content());
        assertThat(avi.frames).hasSize(3);
        assertThat(avi.frames.get(0)).isEqualTo(frames.get(7).data());
    }

    @Test
    void aContinuingIncidentIsSentOncePerCooldownWhateverItsTextSays() {
        AlertResult first = alerts.sendAlert(command(acme.id(), null, "Person at the back door."));
        clock.advance(Duration.ofSeconds(59));
        AlertResult second = alerts.sendAlert(command(acme.id(), null, "Motion in 12.7% of the frame"));

        assertThat(first.deduplicated()).isFalse();
        assertThat(second)
                .isEqualTo(new AlertResult(
                        true,
                        "alerts@acme.example",
                        false,
                        null,
                        true,
                        AlertResult.Delivery.DEDUPLICATED,
                        T0_COOLDOWN_END,
                        Duration.ofSeconds(1)));
        assertThat(queued()).hasSize(1);
    }

    @Test
    void theCooldownCountsFromTheSentAlertAndItsEndSendsAgain() {
        alerts.sendAlert(command(acme.id(), null, "Person at the back door"));
        clock.advance(Duration.ofSeconds(30));
        assertThat(alerts.sendAlert(command(acme.id(), null, "Still there")).deduplicated())
                .isTrue();
        clock.advance(Duration.ofSeconds(30));

        AlertResult again = alerts.sendAlert(command(acme.id(), null, "Still there"));

        assertThat(again.deduplicated())
                .as("suppressed alerts do not extend the cooldown")
                .isFalse();
        assertThat(again.cooldownUntil()).isEqualTo(T0.plusSeconds(120));
        assertThat(queued()).hasSize(2);
    }

    @Test
    void aHigherRiskLevelBreaksThroughAndStartsACooldownAtItsLevel() {
        alerts.sendAlert(new AlertCommand(acme.id(), null, "Someone at the door", "MEDIUM", "intrusion", null));
        clock.advance(Duration.ofSeconds(20));
        AlertResult high =
                alerts.sendAlert(new AlertCommand(acme.id(), null, "Door forced", "HIGH", "intrusion", null));
        clock.advance(Duration.ofSeconds(50));
        AlertResult mediumAgain =
                alerts.sendAlert(new AlertCommand(acme.id(), null, "Someone inside", "medium", "intrusion", null));
        AlertResult critical =
                alerts.sendAlert(new AlertCommand(acme.id(), null, "Fire", "CRITICAL", "intrusion", null));

        assertThat(high.deduplicated()).isFalse();
        assertThat(high.cooldownUntil()).isEqualTo(T0.plusSeconds(80));
        assertThat(mediumAgain.deduplicated())
                .as("past the MEDIUM cooldown, within the HIGH one")
                .isTrue();
        assertThat(mediumAgain.cooldownUntil()).isEqualTo(T0.plusSeconds(80));
        assertThat(mediumAgain.cooldownRemaining()).isEqualTo(Duration.ofSeconds(10));
        assertThat(critical.deduplicated()).as("CRITICAL ranks as HIGH").isTrue();
        assertThat(queued())
                .extracting(m -> m.message().subject())
                .containsExactly(
                        "[Vigint] MEDIUM risk: intrusion (source default)",
                        "[Vigint] HIGH risk: intrusion (source default)");
    }

    @Test
    void everyClientSourceAndIncidentTypeHasItsOwnCooldownAndTypesAreComparedByTheirWords() {
        alerts.sendAlert(command(acme.id(), null, "Person at the back door"));

        List<AlertCommand> others = List.of(
                command(other.id(), null, "Person at the back door"),
                command(acme.id(), "garage", "Person at the back door"),
                new AlertCommand(acme.id(), null, "Person at the back door", "HIGH", "loitering", null),
                new AlertCommand(acme.id(), null, "Person at the back door", "HIGH", null, null));
        for (AlertCommand command : others) {
            assertThat(alerts.sendAlert(command).deduplicated())
                    .as(command.toString())
                    .isFalse();
        }
        List<AlertCommand> same = List.of(
                new AlertCommand(acme.id(), null, "Another text", "HIGH", "  INTRUSION. ", null),
                new AlertCommand(acme.id(), "default", "Another text", "LOW", "Intrusion", null),
                new AlertCommand(acme.id(), null, "No type", "HIGH", IncidentKey.DEFAULT_TYPE, null));
        for (AlertCommand command : same) {
            assertThat(alerts.sendAlert(command).deduplicated())
                    .as(command.toString())
                    .isTrue();
        }
        assertThat(queued()).hasSize(5);
    }

    @Test
    void aZeroCooldownSendsEveryAlertAndAnswersNoCooldown() {
        AlertService noCooldown = service(new AlertSettings(AlertSettings.DEFAULT_MAX_ATTACHMENT_BYTES, Duration.ZERO));

        for (int i = 0; i < 3; i++) {
            AlertResult result = noCooldown.sendAlert(command(acme.id(), null, "Smoke"));
            assertThat(result.deduplicated()).isFalse();
            assertThat(result.cooldownUntil()).isNull();
            assertThat(result.cooldownRemaining()).isNull();
        }
        assertThat(queued()).hasSize(3);
    }

    @Test
    void theAlertOnlyQueuesTheEmailAndReturns() {
        AlertResult result = alerts.sendAlert(command(acme.id(), null, "Smoke"));

        assertThat(result.delivery()).isEqualTo(AlertResult.Delivery.QUEUED);
        assertThat(queue.depth(T0)).as("waiting for the drainer, not sent").isEqualTo(new MailQueueDepth(1, 0, 0));
    }

    @Test
    void aFailedEnqueueFailsTheAlertAndIsNotDeduplicatedLater() {
        queue.failNext(1);

        assertThatThrownBy(() -> alerts.sendAlert(command(acme.id(), null, "Smoke")))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));

        AlertResult retried = alerts.sendAlert(command(acme.id(), null, "Smoke"));
        assertThat(retried.deduplicated()).isFalse();
        assertThat(queue.enqueues()).isEqualTo(2);
        assertThat(queued()).hasSize(1);
    }

    @Test
    void anUnknownOrRevokedClientGetsNoAlert() {
        storage.update(other.withActive(false, T0));

        for (ClientId client : List.of(new ClientId(999), other.id())) {
            assertThatThrownBy(() -> alerts.sendAlert(command(client, null, "Smoke")))
                    .isInstanceOfSatisfying(
                            VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
        }
        assertThat(queue.enqueues()).isZero();
    }

    // The client's own recording (the original client's video_data), decoded by a stand-in decoder: the
    // FFmpeg decoder itself is covered in vigint-ffmpeg and end to end in OriginalClientAlertCompatIT.

    private static final VideoLimits RECORDING_LIMITS = new VideoLimits(1000, Duration.ofSeconds(10), 640, 480, 100);
    private final AtomicInteger decodes = new AtomicInteger();

    /** Decodes any recording starting with 'V' into the frames of {@code recorded}; anything else is invalid. */
    private VideoDecoder decoderOf(List<Frame> recorded) {
        return (video, limits) -> {
            decodes.incrementAndGet();
            assertThat(limits).isEqualTo(RECORDING_LIMITS);
            if (video[0] != 'V') {
                throw VideoUploadService.invalid("not a video");
            }
            return new DecodedVideo(
                    recorded.stream()
                            .map(f -> new DecodedVideo.DecodedFrame(f.data(), Duration.between(T0, f.timestamp())))
                            .toList(),
                    Duration.ofSeconds(1),
                    64,
                    48,
                    "mpeg4");
        };
    }

    private AlertService recordingService(VideoDecoder decoder) {
        return new AlertService(
                storage,
                windows,
                clips,
                new MjpegAviWriter(),
                queue,
                cooldowns,
                AlertSettings.defaults(),
                clock,
                decoder,
                RECORDING_LIMITS);
    }

    private AlertCommand withRecording(String analysis, byte[] recording) {
        return new AlertCommand(
                acme.id(), null, analysis, "high", "theft", 2, AlertCommand.ClipSource.RECORDING, recording);
    }

    @Test
    void aRecordingSentWithTheAlertIsTheClipInsteadOfTheBufferAndIsUsedWhole() {
        windows.put(acme.id(), "default", frames(10));
        List<Frame> recorded = ClipFrames.moving(4, FrameFormat.JPEG, 64, 48, T0, Duration.ofMillis(100));

        AlertResult result = recordingService(decoderOf(recorded))
                .sendAlert(withRecording("Theft at the till", "Vrecording".getBytes()));

        assertThat(result.videoAttached()).isTrue();
        MailMessage message = queued().get(0).message();
        assertThat(message.to()).isEqualTo("alerts@acme.example");
        assertThat(message.text()).contains("(4 frames");
        AviFile avi = AviFile.parse(message.attachments().get(0).content());
        assertThat(avi.frames)
                .as("the recording, whole (frame_count is for the buffer)")
                .hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(avi.frames.get(i)).isEqualTo(recorded.get(i).data());
        }
    }

    @Test
    void aRecordingThatDoesNotDecodeSendsNothingAndReservesNoDuplicate() {
        windows.put(acme.id(), "default", frames(10));
        AlertService service = recordingService(decoderOf(frames(2)));

        assertThatThrownBy(() -> service.sendAlert(withRecording("Smoke", "garbage".getBytes())))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO));
        assertThat(queue.enqueues()).isZero();

        AlertResult retried = service.sendAlert(command(acme.id(), null, "Smoke"));
        assertThat(retried.deduplicated()).isFalse();
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aRecordingOverTheByteLimitIsRefusedBeforeDecodingAndWithoutADecoderEveryRecordingIsInvalid() {
        AlertService service = recordingService(decoderOf(frames(2)));
        byte[] tooBig = new byte[1001];
        tooBig[0] = 'V';

        assertThatThrownBy(() -> service.sendAlert(withRecording("Smoke", tooBig)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE));
        assertThat(decodes.get()).isZero();
        assertThatThrownBy(() -> alerts.sendAlert(withRecording("Smoke", "Vrecording".getBytes())))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO));
        assertThat(queue.enqueues()).isZero();
    }

    @Test
    void noClipAskedForMeansNoVideoEvenWithFramesBuffered() {
        windows.put(acme.id(), "default", frames(10));

        AlertResult result = alerts.sendAlert(
                new AlertCommand(acme.id(), null, "Door open", "low", null, null, AlertCommand.ClipSource.NONE, null));

        assertThat(result.videoAttached()).isFalse();
        assertThat(queued().get(0).message().attachments()).isEmpty();
    }
}
