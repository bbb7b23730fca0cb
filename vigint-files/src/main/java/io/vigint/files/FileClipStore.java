package io.vigint.files;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.port.ClientDataOwner;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A {@link ClipStore} in a directory (the server uses {@code <data dir>/clips}). Clip {@code ID} is the
 * file {@code ID.avi}; beside it {@code ID.meta} (Java properties) records the owning client and when the
 * clip was stored. Both are written to temporary files and moved into place, the clip first, so a clip
 * counts as stored exactly when its {@code .meta} file exists; a purge also removes leftovers of an
 * interrupted save ({@link MetaFiles}).
 */
public final class FileClipStore implements ClipStore, ClientDataOwner {
    private final MetaFiles files;

    /** A store in {@code directory}, which is created when the first clip is saved. */
    public FileClipStore(Path directory) {
        this.files = new MetaFiles(directory, ".avi");
    }

    /** The directory the clips are in. */
    public Path directory() {
        return files.directory();
    }

    @Override
    public StoredClip save(ClipId id, ClientId clientId, Instant createdAt, byte[] content) {
        Objects.requireNonNull(content, "content");
        StoredClip clip = new StoredClip(id, clientId, createdAt, content.length);
        Properties meta = new Properties();
        meta.setProperty("client", Long.toString(clientId.value()));
        meta.setProperty("created", createdAt.toString());
        try {
            files.save(id, content, meta);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("clip " + id + " exists already", e);
        }
        return clip;
    }

    @Override
    public Optional<StoredClip> find(ClipId id) {
        return files.meta(id).flatMap(meta -> clip(id, meta));
    }

    @Override
    public Optional<InputStream> open(ClipId id) {
        return files.open(id);
    }

    @Override
    public List<StoredClip> listClient(ClientId clientId) {
        return list().stream().filter(clip -> clip.clientId().equals(clientId)).toList();
    }

    @Override
    public boolean delete(ClipId id) {
        return files.delete(id);
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        int deleted = deleteWhere(clip -> clip.createdAt().isBefore(cutoff));
        files.deleteLeftovers(cutoff);
        return deleted;
    }

    @Override
    public int deleteClient(ClientId clientId) {
        return deleteWhere(clip -> clip.clientId().equals(clientId));
    }

    /** Deletes the listed clips that {@code which} accepts; returns how many were deleted. */
    private int deleteWhere(Predicate<StoredClip> which) {
        int deleted = 0;
        for (StoredClip clip : list()) {
            if (which.test(clip) && files.delete(clip.id())) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        deleteClient(clientId);
    }

    /** Every stored clip, in no particular order. */
    List<StoredClip> list() {
        List<StoredClip> clips = new ArrayList<>();
        for (ClipId id : files.ids()) {
            find(id).ifPresent(clips::add);
        }
        return clips;
    }

    private Optional<StoredClip> clip(ClipId id, Properties meta) {
        try {
            ClientId client = new ClientId(Long.parseLong(meta.getProperty("client", "")));
            Instant created = Instant.parse(meta.getProperty("created", ""));
            return files.size(id).map(size -> new StoredClip(id, client, created, size));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
