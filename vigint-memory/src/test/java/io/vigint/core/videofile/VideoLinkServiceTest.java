package io.vigint.core.videofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestLinkSigners;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.memory.InMemoryClipStore;
import io.vigint.memory.InMemoryVideoFileStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VideoLinkServiceTest {
    private static final ClientId ACME = new ClientId(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryVideoFileStore files = new InMemoryVideoFileStore();
    private final ClipService clips = new ClipService(
            new InMemoryClipStore(),
            TestLinkSigners.zeroKey(),
            clock,
            RandomSource.secure(),
            Duration.ofHours(48),
            Duration.ofHours(24),
            "http://vigint.example.com");
    private final VideoLinkService links = new VideoLinkService(clips, files, clock);

    private VideoFile save(char c, VideoFileKind kind, Duration lifetime) {
        VideoFile file = new VideoFile(
                new ClipId(String.valueOf(c).repeat(22)),
                ACME,
                kind,
                "label",
                clock.instant(),
                clock.instant().plus(lifetime),
                3);
        return files.save(file, new byte[] {1, 2, 3});
    }

    private static String token(String url) {
        return URI.create(url).getQuery().substring("token=".length());
    }

    @Test
    void aHostedClipIsServedThroughItsLinkUntilItExpiresAndAnAlertClipStillIs() throws Exception {
        VideoFile hosted = save('h', VideoFileKind.HOSTED, Duration.ofHours(2));
        String token = token(clips.link(hosted.id(), hosted.expiresAt()).url());

        try (ClipContent content = links.fetch(hosted.id().value(), token)) {
            assertThat(content.format()).isEqualTo(ClipFormat.MP4);
            assertThat(content.clip().clientId()).isEqualTo(ACME);
            assertThat(content.content().readAllBytes()).containsExactly(1, 2, 3);
        }
        StoredClip alert = clips.store(ACME, new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});
        try (ClipContent content =
                links.fetch(alert.id().value(), token(clips.link(alert).url()))) {
            assertThat(content.clip()).isEqualTo(alert);
        }

        clock.advance(Duration.ofHours(2));
        assertThat(Refusals.codeOf(() -> links.fetch(hosted.id().value(), token)))
                .isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN);
    }

    @Test
    void aForgedTokenIsTheSameRefusalWhetherTheClipExistsOrNot() {
        VideoFile hosted = save('h', VideoFileKind.HOSTED, Duration.ofHours(2));
        String forged = clock.instant().plusSeconds(60).getEpochSecond() + ".AAAA";

        assertThat(Refusals.codeOf(() -> links.fetch(hosted.id().value(), forged)))
                .isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN);
        assertThat(Refusals.codeOf(() -> links.fetch("z".repeat(22), forged)))
                .isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN);
        assertThat(Refusals.codeOf(() -> links.fetch(hosted.id().value(), null)))
                .isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN);
    }

    @Test
    void aCreatedVideoIsNotServedByALinkEvenWithAValidToken() {
        VideoFile created = save('c', VideoFileKind.CREATED, Duration.ofHours(2));
        String token = token(clips.link(created.id(), created.expiresAt()).url());

        assertThatThrownBy(() -> links.fetch(created.id().value(), token))
                .isInstanceOf(VigintException.class)
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.CLIP_NOT_FOUND);
        assertThat(Refusals.codeOf(() -> links.fetch("../../etc/passwd", token)))
                .isEqualTo(CoreErrorCode.CLIP_NOT_FOUND);
    }
}
