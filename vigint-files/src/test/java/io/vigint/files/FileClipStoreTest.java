package io.vigint.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.contract.ClipStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClipStoreTest implements ClipStoreContract {
    @TempDir
    Path dir;

    @Override
    public ClipStore clipStore() {
        return new FileClipStore(dir.resolve("clips"));
    }

    @Test
    void aClipIsAnAviFileWithItsOwnerRecordedBesideIt() throws IOException {
        FileClipStore store = new FileClipStore(dir.resolve("clips"));
        ClipId id = new ClipId("q".repeat(22));

        store.save(id, ACME, T0, new byte[] {1, 2});

        assertThat(Files.readAllBytes(dir.resolve("clips/" + id + ".avi"))).containsExactly(1, 2);
        assertThat(Files.readString(dir.resolve("clips/" + id + ".meta")))
                .contains("client=1")
                .contains("created=2026-01-01T00\\:00\\:00Z");
        try (Stream<Path> files = Files.list(dir.resolve("clips"))) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void theDirectoryIsCreatedByTheFirstSaveAndNotBefore() {
        FileClipStore store = new FileClipStore(dir.resolve("later/clips"));

        assertThat(store.deleteCreatedBefore(T0)).isZero();
        assertThat(store.deleteClient(ACME)).isZero();
        assertThat(store.find(new ClipId("t".repeat(22)))).isEmpty();
        assertThat(dir.resolve("later")).doesNotExist();

        store.save(new ClipId("t".repeat(22)), ACME, T0, new byte[] {1});
        assertThat(store.find(new ClipId("t".repeat(22)))).isPresent();
    }

    @Test
    void aStoreOpenedAgainFindsTheClips() {
        ClipId id = new ClipId("r".repeat(22));
        new FileClipStore(dir.resolve("clips")).save(id, OTHER, T0, new byte[] {7});

        assertThat(new FileClipStore(dir.resolve("clips"))
                        .find(id)
                        .orElseThrow()
                        .clientId())
                .isEqualTo(OTHER);
    }

    @Test
    void aClipWithoutItsOwnerRecordDoesNotExistAndAPurgeRemovesLeftovers() throws IOException {
        Path clips = Files.createDirectories(dir.resolve("clips"));
        FileClipStore store = new FileClipStore(clips);
        ClipId id = new ClipId("s".repeat(22));
        Files.write(clips.resolve(id + ".avi"), new byte[] {1});
        Files.write(clips.resolve(id + ".avi.tmp"), new byte[] {1});
        FileTime old = FileTime.from(T0.minusSeconds(3600));
        Files.setLastModifiedTime(clips.resolve(id + ".avi"), old);
        Files.setLastModifiedTime(clips.resolve(id + ".avi.tmp"), old);

        assertThat(store.find(id)).isEmpty();
        assertThat(store.open(id)).isEmpty();
        store.deleteCreatedBefore(T0);

        try (Stream<Path> files = Files.list(clips)) {
            assertThat(files).isEmpty();
        }
    }
}
