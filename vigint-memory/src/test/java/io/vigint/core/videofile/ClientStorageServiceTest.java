package io.vigint.core.videofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.memory.InMemoryClipStore;
import io.vigint.memory.InMemoryVideoFileStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientStorageServiceTest {
    private static final ClientId ACME = new ClientId(1);
    private static final ClientId OTHER = new ClientId(2);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryClipStore clips = new InMemoryClipStore();
    private final InMemoryVideoFileStore files = new InMemoryVideoFileStore();
    private final StorageQuota quota = new StorageQuota(clips, files, 1000);
    private final ClientStorageService storage = new ClientStorageService(clips, files, quota, clock);
    private int next;

    private void file(ClientId owner, VideoFileKind kind, int size, Duration lifetime) {
        String id = Integer.toString(next++);
        files.save(
                new VideoFile(
                        new ClipId("x".repeat(22 - id.length()) + id),
                        owner,
                        kind,
                        "",
                        clock.instant(),
                        clock.instant().plus(lifetime),
                        size),
                new byte[size]);
    }

    private void clip(ClientId owner, int size) {
        String id = Integer.toString(next++);
        clips.save(new ClipId("c".repeat(22 - id.length()) + id), owner, clock.instant(), new byte[size]);
    }

    @Test
    void usageCountsEachKindOfTheClientsOwnFilesOnly() {
        clip(ACME, 10);
        file(ACME, VideoFileKind.CREATED, 20, Duration.ofHours(1));
        file(ACME, VideoFileKind.HOSTED, 30, Duration.ofDays(1));
        file(ACME, VideoFileKind.HOSTED, 40, Duration.ofDays(1));
        file(OTHER, VideoFileKind.HOSTED, 500, Duration.ofDays(1));

        assertThat(storage.usage(ACME)).isEqualTo(new StorageUsage(1, 10, 1, 20, 2, 70));
        assertThat(storage.usage(ACME).bytes()).isEqualTo(100);
        assertThat(storage.usage(new ClientId(3))).isEqualTo(StorageUsage.NONE);
    }

    @Test
    void theQuotaCountsEverythingAndRefusesWhatWouldGoOver() {
        clip(ACME, 400);
        file(ACME, VideoFileKind.HOSTED, 500, Duration.ofDays(1));
        file(OTHER, VideoFileKind.HOSTED, 900, Duration.ofDays(1));

        quota.checkRoom(ACME, 100);
        assertThatThrownBy(() -> quota.checkRoom(ACME, 101))
                .isInstanceOf(VigintException.class)
                .satisfies(e -> {
                    VigintException v = (VigintException) e;
                    assertThat(v.code()).isEqualTo(CoreErrorCode.STORAGE_QUOTA_EXCEEDED);
                    assertThat(v.details()).containsEntry("used_bytes", 900L).containsEntry("quota_bytes", 1000L);
                });
    }

    @Test
    void anOldCleanupTakesFilesOfThatAgeAndExpiredVideosOfTheCallerOnly() {
        clip(ACME, 10);
        file(ACME, VideoFileKind.HOSTED, 20, Duration.ofDays(5));
        file(OTHER, VideoFileKind.HOSTED, 30, Duration.ofDays(5));
        clock.advance(Duration.ofHours(2));
        file(ACME, VideoFileKind.CREATED, 40, Duration.ofMinutes(30));
        file(ACME, VideoFileKind.HOSTED, 50, Duration.ofDays(5));
        clock.advance(Duration.ofHours(1));

        CleanupResult result = storage.cleanup(new CleanupCommand(ACME, CleanupCommand.Type.OLD, Duration.ofHours(3)));

        assertThat(result.cleaned()).isEqualTo(3); // the clip and hosted file 3 h old, the expired created video
        assertThat(result.bytesFreed()).isEqualTo(70);
        assertThat(result.after()).isEqualTo(new StorageUsage(0, 0, 0, 0, 1, 50));
        assertThat(storage.usage(OTHER).bytes()).isEqualTo(30);
    }

    @Test
    void aMonitorCleanupDoesNothingBelowNinetyPercentAndEmptiesTheClientAbove() {
        file(ACME, VideoFileKind.HOSTED, 300, Duration.ofDays(5));
        file(OTHER, VideoFileKind.HOSTED, 950, Duration.ofDays(5));
        CleanupResult calm = storage.cleanup(new CleanupCommand(ACME, CleanupCommand.Type.MONITOR, null));
        assertThat(calm.outcome()).isEqualTo("ok");
        assertThat(calm.cleaned()).isZero();

        file(ACME, VideoFileKind.HOSTED, 600, Duration.ofDays(5));
        clock.advance(Duration.ofHours(2));
        file(ACME, VideoFileKind.HOSTED, 50, Duration.ofDays(5));
        CleanupResult relieved = storage.cleanup(new CleanupCommand(ACME, CleanupCommand.Type.MONITOR, null));
        assertThat(relieved.outcome()).isEqualTo("cleanup_performed");
        assertThat(relieved.cleaned()).isEqualTo(2);
        assertThat(relieved.after().bytes()).isEqualTo(50);

        ClientId fresh = new ClientId(3);
        file(fresh, VideoFileKind.HOSTED, 920, Duration.ofDays(5));
        CleanupResult emergency = storage.cleanup(new CleanupCommand(fresh, CleanupCommand.Type.MONITOR, null));
        assertThat(emergency.outcome()).isEqualTo("emergency_cleanup");
        assertThat(emergency.cleaned()).isEqualTo(1);
        assertThat(emergency.after()).isEqualTo(StorageUsage.NONE);
        assertThat(storage.usage(ACME).bytes()).isEqualTo(50);
        assertThat(storage.usage(OTHER).bytes()).isEqualTo(950);
    }

    @Test
    void thePurgeDeletesExpiredFilesOfEveryClient() {
        file(ACME, VideoFileKind.CREATED, 10, Duration.ofHours(1));
        file(OTHER, VideoFileKind.HOSTED, 10, Duration.ofHours(1));
        file(OTHER, VideoFileKind.HOSTED, 10, Duration.ofHours(3));
        clock.advance(Duration.ofHours(1));

        assertThat(storage.purgeExpired()).isEqualTo(2);
        assertThat(storage.usage(OTHER).hosted()).isEqualTo(1);
    }

    @Test
    void aCleanupTypeIsOneOfThreeNamesAndAnAgeIsNotNegative() {
        assertThat(CleanupCommand.Type.of(null)).isEqualTo(CleanupCommand.Type.OLD);
        assertThat(CleanupCommand.Type.of(" ALL ")).isEqualTo(CleanupCommand.Type.ALL);
        assertThatThrownBy(() -> CleanupCommand.Type.of("everything")).isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> new CleanupCommand(ACME, CleanupCommand.Type.OLD, Duration.ofHours(-1)))
                .isInstanceOf(VigintException.class);
    }
}
