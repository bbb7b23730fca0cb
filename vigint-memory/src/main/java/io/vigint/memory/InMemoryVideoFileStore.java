package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.videofile.VideoFile;
import io.vigint.core.videofile.VideoFileStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** A {@link VideoFileStore} in memory, for embedding and tests; files are lost when the process ends. */
public final class InMemoryVideoFileStore implements VideoFileStore, ClientDataOwner {
    private record Entry(VideoFile file, byte[] content) {}

    private final ConcurrentMap<ClipId, Entry> files = new ConcurrentHashMap<>();

    @Override
    public VideoFile save(VideoFile file, byte[] content) {
        if (file.size() != content.length) {
            throw new IllegalArgumentException("the file is " + content.length + " bytes, not " + file.size());
        }
        if (files.putIfAbsent(file.id(), new Entry(file, content.clone())) != null) {
            throw new IllegalStateException("video file " + file.id() + " exists already");
        }
        return file;
    }

    @Override
    public Optional<VideoFile> find(ClipId id) {
        return Optional.ofNullable(files.get(id)).map(Entry::file);
    }

    @Override
    public Optional<InputStream> open(ClipId id) {
        return Optional.ofNullable(files.get(id)).map(entry -> new ByteArrayInputStream(entry.content()));
    }

    @Override
    public List<VideoFile> listOwnedBy(ClientId owner) {
        return files.values().stream()
                .map(Entry::file)
                .filter(file -> file.owner().equals(owner))
                .toList();
    }

    @Override
    public boolean delete(ClipId id) {
        return files.remove(id) != null;
    }

    @Override
    public int deleteExpired(Instant now) {
        return deleteWhere(file -> file.expiredAt(now));
    }

    @Override
    public int deleteClient(ClientId owner) {
        return deleteWhere(file -> file.owner().equals(owner));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        deleteClient(clientId);
    }

    private int deleteWhere(Predicate<VideoFile> condition) {
        int deleted = 0;
        for (Entry entry : files.values()) {
            if (condition.test(entry.file()) && files.remove(entry.file().id(), entry)) {
                deleted++;
            }
        }
        return deleted;
    }
}
