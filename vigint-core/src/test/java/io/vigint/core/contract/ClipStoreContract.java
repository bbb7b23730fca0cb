package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link ClipStore} promises. */
public interface ClipStoreContract {
    Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    ClientId ACME = new ClientId(1);
    ClientId OTHER = new ClientId(2);

    /** A new, empty store. */
    ClipStore clipStore();

    private static ClipId id(char c) {
        return new ClipId(String.valueOf(c).repeat(22));
    }

    private static byte[] read(ClipStore store, ClipId id) {
        try (InputStream in = store.open(id).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    default void aSavedClipIsFoundWithItsOwnerTimeSizeAndBytes() {
        ClipStore store = clipStore();
        byte[] content = {1, 2, 3, 4, 5};

        StoredClip saved = store.save(id('a'), ACME, T0, content);

        assertThat(saved).isEqualTo(new StoredClip(id('a'), ACME, T0, 5));
        assertThat(store.find(id('a'))).contains(saved);
        assertThat(read(store, id('a'))).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    default void anUnknownClipIsNotFound() {
        ClipStore store = clipStore();
        store.save(id('a'), ACME, T0, new byte[] {1});

        assertThat(store.find(id('z'))).isEmpty();
        assertThat(store.open(id('z'))).isEmpty();
    }

    @Test
    default void anIdCannotBeSavedTwice() {
        ClipStore store = clipStore();
        store.save(id('a'), ACME, T0, new byte[] {1});

        assertThatThrownBy(() -> store.save(id('a'), OTHER, T0, new byte[] {2}))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find(id('a')).orElseThrow().clientId()).isEqualTo(ACME);
        assertThat(read(store, id('a'))).containsExactly(1);
    }

    @Test
    default void clipsStoredBeforeTheCutoffAreDeletedAndTheOthersKept() {
        ClipStore store = clipStore();
        store.save(id('a'), ACME, T0, new byte[] {1});
        store.save(id('b'), OTHER, T0.plusSeconds(10), new byte[] {2});
        store.save(id('c'), ACME, T0.plusSeconds(20), new byte[] {3});

        assertThat(store.deleteCreatedBefore(T0.plusSeconds(20))).isEqualTo(2);

        assertThat(store.find(id('a'))).isEmpty();
        assertThat(store.open(id('b'))).isEmpty();
        assertThat(store.find(id('c'))).isPresent();
        assertThat(store.deleteCreatedBefore(T0.plusSeconds(20))).isZero();
    }

    @Test
    default void deletingAClientDeletesOnlyItsClips() {
        ClipStore store = clipStore();
        store.save(id('a'), ACME, T0, new byte[] {1});
        store.save(id('b'), OTHER, T0, new byte[] {2});
        store.save(id('c'), ACME, T0, new byte[] {3});

        assertThat(store.deleteClient(ACME)).isEqualTo(2);

        assertThat(store.find(id('a'))).isEmpty();
        assertThat(store.find(id('c'))).isEmpty();
        assertThat(store.find(id('b')).orElseThrow().clientId()).isEqualTo(OTHER);
    }

    @Test
    default void aClientsClipsAreListedAndNoOneElses() {
        ClipStore store = clipStore();
        StoredClip a = store.save(id('a'), ACME, T0, new byte[] {1});
        store.save(id('b'), OTHER, T0, new byte[] {2, 2});
        StoredClip c = store.save(id('c'), ACME, T0.plusSeconds(5), new byte[] {3, 3, 3});

        assertThat(store.listClient(ACME)).containsExactlyInAnyOrder(a, c);
        assertThat(store.listClient(new ClientId(3))).isEmpty();
    }

    @Test
    default void oneClipIsDeletedByItsIdAndOnlyOnce() {
        ClipStore store = clipStore();
        store.save(id('a'), ACME, T0, new byte[] {1});
        store.save(id('b'), ACME, T0, new byte[] {2});

        assertThat(store.delete(id('a'))).isTrue();
        assertThat(store.delete(id('a'))).isFalse();

        assertThat(store.find(id('a'))).isEmpty();
        assertThat(store.open(id('a'))).isEmpty();
        assertThat(store.find(id('b'))).isPresent();
    }
}
