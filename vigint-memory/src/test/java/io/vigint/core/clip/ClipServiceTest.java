package io.vigint.core.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestLinkSigners;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.memory.InMemoryClipStore;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClipServiceTest {
    private static final ClientId ACME = new ClientId(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryClipStore store = new InMemoryClipStore();
    private final ClipService clips = new ClipService(
            store,
            TestLinkSigners.zeroKey(),
            clock,
            RandomSource.secure(),
            Duration.ofHours(48),
            Duration.ofHours(24),
            "http://vigint.example.com/");

    @Test
    void aStoredClipIsFetchedThroughItsLink() throws IOException {
        StoredClip clip = clips.store(ACME, new byte[] {1, 2, 3});
        VideoLink link = clips.link(clip);

        assertThat(link.url()).startsWith("http://vigint.example.com/video/" + clip.id() + "?token=");
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        try (ClipContent content = clips.fetch(clip.id().value(), token(link))) {
            assertThat(content.clip().clientId()).isEqualTo(ACME);
            assertThat(content.content().readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void clipIdsAreRandomAndUnguessable() {
        Set<ClipId> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(clips.store(ACME, new byte[] {1}).id());
        }
        assertThat(ids).hasSize(200);
    }

    @Test
    void anExpiredLinkIsRefused() {
        StoredClip clip = clips.store(ACME, new byte[] {1});
        VideoLink link = clips.link(clip);

        clock.advance(Duration.ofHours(24));

        assertThatThrownBy(() -> clips.fetch(clip.id().value(), token(link)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN));
    }

    @Test
    void aMissingOrForgedTokenIsRefused() {
        StoredClip clip = clips.store(ACME, new byte[] {1});
        StoredClip other = clips.store(ACME, new byte[] {2});
        String otherToken = token(clips.link(other));

        for (String bad : Arrays.asList(null, "", "garbage", otherToken)) {
            assertThatThrownBy(() -> clips.fetch(clip.id().value(), bad))
                    .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                            .isEqualTo(CoreErrorCode.INVALID_VIDEO_TOKEN));
        }
    }

    @Test
    void anUnknownOrMalformedClipIsNotFound() {
        ClipId unknown = ClipId.random(RandomSource.secure());
        String validToken =
                TestLinkSigners.zeroKey().token(unknown, clock.instant().plusSeconds(60));

        assertThatThrownBy(() -> clips.fetch(unknown.value(), validToken))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIP_NOT_FOUND));
        assertThatThrownBy(() -> clips.fetch("../../etc/passwd", validToken))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIP_NOT_FOUND));
    }

    @Test
    void clipsAreDeletedWhenTheirRetentionIsOver() {
        StoredClip old = clips.store(ACME, new byte[] {1});
        clock.advance(Duration.ofHours(47));
        StoredClip recent = clips.store(ACME, new byte[] {2});

        assertThat(clips.purgeExpired()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(clips.purgeExpired()).isEqualTo(1);

        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
    }

    @Test
    void aClipPastItsRetentionIsGoneBeforeThePurgeRuns() {
        ClipService longLinks = new ClipService(
                store,
                TestLinkSigners.zeroKey(),
                clock,
                RandomSource.secure(),
                Duration.ofHours(1),
                Duration.ofHours(48),
                "http://x");
        StoredClip clip = longLinks.store(ACME, new byte[] {1});
        VideoLink link = longLinks.link(clip);

        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> longLinks.fetch(clip.id().value(), token(link)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIP_NOT_FOUND));
    }

    @Test
    void thePurgerPurgesAtOnceAndThenPeriodically() throws InterruptedException {
        clips.store(ACME, new byte[] {1});
        clock.advance(Duration.ofHours(49));

        try (ClipPurger purger = ClipPurger.start(clips, Duration.ofMillis(50), e -> {})) {
            awaitEmpty();
            clips.store(ACME, new byte[] {2});
            clock.advance(Duration.ofHours(49));
            awaitEmpty();
        }
    }

    private void awaitEmpty() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (store.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(store.size()).as("clips left after purging").isZero();
    }

    private static String token(VideoLink link) {
        String query = URI.create(link.url()).getQuery();
        return query.substring("token=".length());
    }
}
