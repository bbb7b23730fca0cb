package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.videofile.VideoFile;
import io.vigint.core.videofile.VideoFileKind;
import io.vigint.core.videofile.VideoFileStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link VideoFileStore} promises. */
public interface VideoFileStoreContract {
    Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    ClientId ACME = new ClientId(1);
    ClientId OTHER = new ClientId(2);

    /** A new, empty store. */
    VideoFileStore videoFileStore();

    private static ClipId id(char c) {
        return new ClipId(String.valueOf(c).repeat(22));
    }

    private static VideoFile file(char c, ClientId owner, VideoFileKind kind, String name, long expiresIn, int size) {
        return new VideoFile(id(c), owner, kind, name, T0, T0.plusSeconds(expiresIn), size);
    }

    private static byte[] read(VideoFileStore store, ClipId id) {
        try (InputStream in = store.open(id).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    default void aSavedFileIsFoundWithEverythingItWasSavedWithAndItsBytes() {
        VideoFileStore store = videoFileStore();
        VideoFile file = file('a', ACME, VideoFileKind.HOSTED, "../../etc/passwd \u00e9=:#!", 60, 3);

        assertThat(store.save(file, new byte[] {1, 2, 3})).isEqualTo(file);

        assertThat(store.find(id('a'))).contains(file);
        assertThat(read(store, id('a'))).containsExactly(1, 2, 3);
        assertThat(store.find(id('z'))).isEmpty();
        assertThat(store.open(id('z'))).isEmpty();
    }

    @Test
    default void aFileMustBeAsLongAsItsRecordSaysAndAnIdIsSavedOnce() {
        VideoFileStore store = videoFileStore();
        assertThatThrownBy(() -> store.save(file('a', ACME, VideoFileKind.CREATED, "", 60, 2), new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(id('a'))).isEmpty();

        store.save(file('a', ACME, VideoFileKind.CREATED, "", 60, 1), new byte[] {1});
        assertThatThrownBy(() -> store.save(file('a', OTHER, VideoFileKind.HOSTED, "x", 60, 1), new byte[] {2}))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find(id('a')).orElseThrow().owner()).isEqualTo(ACME);
        assertThat(read(store, id('a'))).containsExactly(1);
    }

    @Test
    default void anOwnersFilesAreListedAndNoOneElses() {
        VideoFileStore store = videoFileStore();
        VideoFile a = store.save(file('a', ACME, VideoFileKind.CREATED, "", 60, 1), new byte[] {1});
        store.save(file('b', OTHER, VideoFileKind.HOSTED, "b", 60, 1), new byte[] {2});
        VideoFile c = store.save(file('c', ACME, VideoFileKind.HOSTED, "c", 60, 2), new byte[] {3, 3});

        assertThat(store.listOwnedBy(ACME)).containsExactlyInAnyOrder(a, c);
        assertThat(store.listOwnedBy(new ClientId(3))).isEmpty();
    }

    @Test
    default void oneFileIsDeletedByItsIdOnce() {
        VideoFileStore store = videoFileStore();
        store.save(file('a', ACME, VideoFileKind.CREATED, "", 60, 1), new byte[] {1});
        store.save(file('b', ACME, VideoFileKind.CREATED, "", 60, 1), new byte[] {2});

        assertThat(store.delete(id('a'))).isTrue();
        assertThat(store.delete(id('a'))).isFalse();

        assertThat(store.find(id('a'))).isEmpty();
        assertThat(store.open(id('a'))).isEmpty();
        assertThat(store.find(id('b'))).isPresent();
    }

    @Test
    default void filesExpiredAtTheTimeGivenAreDeletedAndTheOthersKept() {
        VideoFileStore store = videoFileStore();
        store.save(file('a', ACME, VideoFileKind.CREATED, "", 10, 1), new byte[] {1});
        store.save(file('b', OTHER, VideoFileKind.HOSTED, "b", 20, 1), new byte[] {2});
        store.save(file('c', ACME, VideoFileKind.HOSTED, "c", 30, 1), new byte[] {3});

        assertThat(store.deleteExpired(T0.plusSeconds(20))).isEqualTo(2);

        assertThat(store.find(id('a'))).isEmpty();
        assertThat(store.open(id('b'))).isEmpty();
        assertThat(store.find(id('c'))).isPresent();
        assertThat(store.deleteExpired(T0.plusSeconds(20))).isZero();
    }

    @Test
    default void deletingAClientDeletesOnlyItsFiles() {
        VideoFileStore store = videoFileStore();
        store.save(file('a', ACME, VideoFileKind.CREATED, "", 60, 1), new byte[] {1});
        store.save(file('b', OTHER, VideoFileKind.HOSTED, "b", 60, 1), new byte[] {2});
        store.save(file('c', ACME, VideoFileKind.HOSTED, "c", 60, 1), new byte[] {3});

        assertThat(store.deleteClient(ACME)).isEqualTo(2);

        assertThat(store.listOwnedBy(ACME)).isEmpty();
        assertThat(store.find(id('b')).orElseThrow().owner()).isEqualTo(OTHER);
    }
}
