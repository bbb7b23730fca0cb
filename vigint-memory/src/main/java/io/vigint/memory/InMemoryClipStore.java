package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.port.ClientDataOwner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** A {@link ClipStore} in memory, for embedding and tests; clips are lost when the process ends. */
public final class InMemoryClipStore implements ClipStore, ClientDataOwner {
    private record Entry(StoredClip clip, byte[] content) {}

    private final ConcurrentMap<ClipId, Entry> clips = new ConcurrentHashMap<>();

    @Override
    public StoredClip save(ClipId id, ClientId clientId, Instant createdAt, byte[] content) {
        Objects.requireNonNull(content, "content");
        StoredClip clip = new StoredClip(id, clientId, createdAt, content.length);
        if (clips.putIfAbsent(id, new Entry(clip, content.clone())) != null) {
            throw new IllegalStateException("clip " + id + " exists already");
        }
        return clip;
    }

    @Override
    public Optional<StoredClip> find(ClipId id) {
        return Optional.ofNullable(clips.get(id)).map(Entry::clip);
    }

    @Override
    public Optional<InputStream> open(ClipId id) {
        return Optional.ofNullable(clips.get(id)).map(entry -> new ByteArrayInputStream(entry.content()));
    }

    @Override
    public List<StoredClip> listClient(ClientId clientId) {
        return clips.values().stream()
                .map(Entry::clip)
                .filter(clip -> clip.clientId().equals(clientId))
                .toList();
    }

    @Override
    public boolean delete(ClipId id) {
        return clips.remove(id) != null;
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return deleteWhere(clip -> clip.createdAt().isBefore(cutoff));
    }

    @Override
    public int deleteClient(ClientId clientId) {
        return deleteWhere(clip -> clip.clientId().equals(clientId));
    }

    /** Deletes the clips that match {@code condition}; how many there were. */
    private int deleteWhere(Predicate<StoredClip> condition) {
        int[] deleted = {0};
        clips.values().removeIf(entry -> {
            boolean match = condition.test(entry.clip());
            if (match) {
                deleted[0]++;
            }
            return match;
        });
        return deleted[0];
    }

    /** How many clips are stored. */
    public int size() {
        return clips.size();
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        deleteClient(clientId);
    }
}
