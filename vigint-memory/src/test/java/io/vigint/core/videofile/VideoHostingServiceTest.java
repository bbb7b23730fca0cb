package io.vigint.core.videofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.clip.ClipService;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestLinkSigners;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import io.vigint.memory.InMemoryClipStore;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.InMemoryVideoFileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VideoHostingServiceTest {
    private static final VideoLimits LIMITS = new VideoLimits(1000, Duration.ofSeconds(60), 1920, 1080, 100);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00.250Z"));
    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryVideoFileStore files = new InMemoryVideoFileStore();
    private final InMemoryClipStore clips = new InMemoryClipStore();
    private final ClipService links = new ClipService(
            clips,
            TestLinkSigners.zeroKey(),
            clock,
            RandomSource.secure(),
            Duration.ofHours(48),
            Duration.ofHours(24),
            "https://vigint.example.com/");
    private ClientId acme;

    /** Decodes a file whose first byte is 1; refuses anything else. */
    private final VideoDecoder decoder = (video, limits) -> {
        if (video[0] != 1) {
            throw VideoUploadService.invalid("not a video");
        }
        return new DecodedVideo(
                List.of(new DecodedVideo.DecodedFrame(new byte[] {1}, Duration.ZERO)),
                Duration.ofSeconds(2),
                320,
                240,
                "h264");
    };

    private VideoHostingService hosting(long quota) {
        return new VideoHostingService(
                decoder,
                LIMITS,
                files,
                new StorageQuota(clips, files, quota),
                links,
                storage,
                clock,
                RandomSource.secure(),
                Duration.ofDays(30));
    }

    @BeforeEach
    void client() {
        acme = storage.inTransaction(
                        () -> storage.insert(new NewClient("Acme", "a@example.com", null, clock.instant())))
                .id();
    }

    @Test
    void aClipIsStoredUnderARandomIdWithALinkThatExpiresWithItRoundedUpToTheSecond() {
        HostedVideo hosted = hosting(10_000)
                .host(new HostVideoCommand(acme, " ../../evil ", new byte[] {1, 2, 3}, Duration.ofHours(1)));

        assertThat(hosted.file().name()).isEqualTo("../../evil");
        assertThat(hosted.file().id().value()).matches("[A-Za-z0-9_-]{22}");
        assertThat(hosted.file().expiresAt()).isEqualTo(Instant.parse("2026-01-01T01:00:01Z"));
        assertThat(hosted.link().expiresAt()).isEqualTo(hosted.file().expiresAt());
        assertThat(hosted.link().url())
                .startsWith("https://vigint.example.com/video/" + hosted.file().id() + "?token=");
        assertThat(files.listOwnedBy(acme)).containsExactly(hosted.file());
    }

    @Test
    void theLifetimeIsAtMostTheLongestAllowedAndTheDefault() {
        VideoHostingService service = hosting(10_000);
        Instant longest = Instant.parse("2026-01-31T00:00:01Z");

        assertThat(service.host(new HostVideoCommand(acme, "a", new byte[] {1}, Duration.ofDays(365)))
                        .file()
                        .expiresAt())
                .isEqualTo(longest);
        assertThat(service.host(new HostVideoCommand(acme, "b", new byte[] {1}, null))
                        .file()
                        .expiresAt())
                .isEqualTo(longest);
    }

    @Test
    void theSameVideoIdReplacesTheOwnersEarlierClipOnly() {
        VideoHostingService service = hosting(10_000);
        HostedVideo first = service.host(new HostVideoCommand(acme, "cam", new byte[] {1}, null));
        HostedVideo other = service.host(new HostVideoCommand(acme, "other", new byte[] {1}, null));

        HostedVideo second = service.host(new HostVideoCommand(acme, "cam", new byte[] {1, 1}, null));

        assertThat(files.listOwnedBy(acme)).containsExactlyInAnyOrder(second.file(), other.file());
        assertThat(files.find(first.file().id())).isEmpty();
    }

    @Test
    void whatDoesNotDecodeIsOverALimitOrBelongsToNoClientIsRefusedAndNothingIsStored() {
        VideoHostingService service = hosting(10);

        assertThat(Refusals.codeOf(() -> service.host(new HostVideoCommand(acme, "a", new byte[] {2}, null))))
                .isEqualTo(CoreErrorCode.INVALID_VIDEO);
        assertThat(Refusals.codeOf(() -> service.host(new HostVideoCommand(acme, "a", new byte[1001], null))))
                .isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(Refusals.codeOf(() -> service.host(
                        new HostVideoCommand(acme, "a", new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, null))))
                .isEqualTo(CoreErrorCode.STORAGE_QUOTA_EXCEEDED);
        assertThat(Refusals.codeOf(
                        () -> service.host(new HostVideoCommand(new ClientId(99), "a", new byte[] {1}, null))))
                .isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND);
        assertThat(files.listOwnedBy(acme)).isEmpty();
        assertThatThrownBy(() -> new HostVideoCommand(acme, "a\nb", new byte[] {1}, null))
                .isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> new HostVideoCommand(acme, "x".repeat(129), new byte[] {1}, null))
                .isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> new HostVideoCommand(acme, "a", new byte[] {1}, Duration.ZERO))
                .isInstanceOf(VigintException.class);
    }
}
