package io.vigint.files;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.videofile.VideoFile;
import io.vigint.core.videofile.VideoFileKind;
import io.vigint.core.videofile.VideoFileStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A {@link VideoFileStore} in a directory (the server uses {@code <data dir>/videos}), owner-only like the clips:
 * file {@code ID} is {@code ID.mp4}, and {@code ID.meta} (Java properties) records its owner, kind, the client's
 * name for it, and when it was stored and expires ({@link MetaFiles}). The client's name is only ever a
 * property's value, so no name a client chooses reaches the file system.
 */
public final class FileVideoFileStore implements VideoFileStore, ClientDataOwner {
    private final MetaFiles files;

    /** A store in {@code directory}, which is created when the first file is saved. */
    public FileVideoFileStore(Path directory) {
        this.files = new MetaFiles(directory, ".mp4");
    }

    /** The directory the files are in. */
    public Path directory() {
        return files.directory();
    }

    @Override
    public VideoFile save(VideoFile file, byte[] content) {
        if (file.size() != content.length) {
            throw new IllegalArgumentException("the file is " + content.length + " bytes, not " + file.size());
        }
        Properties meta = new Properties();
        meta.setProperty("client", Long.toString(file.owner().value()));
        meta.setProperty("kind", file.kind().name());
        meta.setProperty("name", file.name());
        meta.setProperty("created", file.createdAt().toString());
        meta.setProperty("expires", file.expiresAt().toString());
        files.save(file.id(), content, meta);
        return file;
    }

    @Override
    public Optional<VideoFile> find(ClipId id) {
        return files.meta(id).flatMap(meta -> file(id, meta));
    }

    @Override
    public Optional<InputStream> open(ClipId id) {
        return files.open(id);
    }

    @Override
    public List<VideoFile> listOwnedBy(ClientId owner) {
        return list().stream().filter(file -> file.owner().equals(owner)).toList();
    }

    @Override
    public boolean delete(ClipId id) {
        return files.delete(id);
    }

    @Override
    public int deleteExpired(Instant now) {
        int deleted = deleteWhere(file -> file.expiredAt(now));
        // what an interrupted save left, once no save can still be writing it
        files.deleteLeftovers(now.minusSeconds(3600));
        return deleted;
    }

    @Override
    public int deleteClient(ClientId owner) {
        return deleteWhere(file -> file.owner().equals(owner));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        deleteClient(clientId);
    }

    private int deleteWhere(Predicate<VideoFile> which) {
        int deleted = 0;
        for (VideoFile file : list()) {
            if (which.test(file) && files.delete(file.id())) {
                deleted++;
            }
        }
        return deleted;
    }

    private List<VideoFile> list() {
        List<VideoFile> found = new ArrayList<>();
        for (ClipId id : files.ids()) {
            find(id).ifPresent(found::add);
        }
        return found;
    }

    private Optional<VideoFile> file(ClipId id, Properties meta) {
        try {
            ClientId owner = new ClientId(Long.parseLong(meta.getProperty("client", "")));
            VideoFileKind kind = VideoFileKind.valueOf(meta.getProperty("kind", ""));
            String name = meta.getProperty("name", "");
            Instant created = Instant.parse(meta.getProperty("created", ""));
            Instant expires = Instant.parse(meta.getProperty("expires", ""));
            return files.size(id).map(size -> new VideoFile(id, owner, kind, name, created, expires, size));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
