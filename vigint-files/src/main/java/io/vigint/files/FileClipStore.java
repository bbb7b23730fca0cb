package io.vigint.files;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.port.ClientDataOwner;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * interrupted save.
 */
public final class FileClipStore implements ClipStore, ClientDataOwner {
    private static final String CLIP = ".avi";
    private static final String META = ".meta";
    private static final String TEMP = ".tmp";

    private final Path directory;

    /** A store in {@code directory}, which is created when the first clip is saved. */
    public FileClipStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The directory the clips are in. */
    public Path directory() {
        return directory;
    }

    @Override
    public StoredClip save(ClipId id, ClientId clientId, Instant createdAt, byte[] content) {
        Objects.requireNonNull(content, "content");
        StoredClip clip = new StoredClip(id, clientId, createdAt, content.length);
        Path clipFile = clipFile(id);
        Path metaFile = metaFile(id);
        if (Files.exists(metaFile) || Files.exists(clipFile)) {
            throw new IllegalStateException("clip " + id + " exists already");
        }
        Path clipTemp = directory.resolve(id.value() + CLIP + TEMP);
        Path metaTemp = directory.resolve(id.value() + META + TEMP);
        try {
            OwnerOnlyFiles.createDirectories(directory);
            OwnerOnlyFiles.write(clipTemp, content);
            OwnerOnlyFiles.createFile(metaTemp);
            Properties meta = new Properties();
            meta.setProperty("client", Long.toString(clientId.value()));
            meta.setProperty("created", createdAt.toString());
            try (Writer writer = Files.newBufferedWriter(metaTemp, StandardCharsets.UTF_8)) {
                meta.store(writer, null);
            }
            Files.move(clipTemp, clipFile, StandardCopyOption.ATOMIC_MOVE);
            Files.move(metaTemp, metaFile, StandardCopyOption.ATOMIC_MOVE);
            return clip;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("clip " + id + " exists already", e);
        } catch (IOException e) {
            deleteQuietly(clipTemp);
            deleteQuietly(metaTemp);
            deleteQuietly(clipFile);
            throw new UncheckedIOException("cannot store clip in " + directory, e);
        }
    }

    @Override
    public Optional<StoredClip> find(ClipId id) {
        return readMeta(id).filter(clip -> Files.isRegularFile(clipFile(id)));
    }

    @Override
    public Optional<InputStream> open(ClipId id) {
        if (readMeta(id).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(clipFile(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clip " + id, e);
        }
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        int deleted = deleteWhere(clip -> clip.createdAt().isBefore(cutoff));
        deleteLeftovers(cutoff);
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
            if (which.test(clip) && delete(clip.id())) {
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
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(directory, "*" + META)) {
            for (Path meta : metas) {
                String name = meta.getFileName().toString();
                String id = name.substring(0, name.length() - META.length());
                if (ClipId.isWellFormed(id)) {
                    readMeta(new ClipId(id)).ifPresent(clips::add);
                }
            }
        } catch (NoSuchFileException e) {
            return clips;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list clips in " + directory, e);
        }
        return clips;
    }

    private boolean delete(ClipId id) {
        try {
            boolean existed = Files.deleteIfExists(metaFile(id));
            Files.deleteIfExists(clipFile(id));
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete clip " + id, e);
        }
    }

    /** Clip and temporary files with no {@code .meta} beside them, last written before {@code cutoff}. */
    private void deleteLeftovers(Instant cutoff) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean orphan = name.endsWith(TEMP)
                        || (name.endsWith(CLIP)
                                && !Files.exists(
                                        directory.resolve(name.substring(0, name.length() - CLIP.length()) + META)));
                if (orphan && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    deleteQuietly(file);
                }
            }
        } catch (NoSuchFileException e) {
            // no clip was ever saved
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list clips in " + directory, e);
        }
    }

    private Optional<StoredClip> readMeta(ClipId id) {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile(id), StandardCharsets.UTF_8)) {
            meta.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clip " + id, e);
        }
        try {
            ClientId client = new ClientId(Long.parseLong(meta.getProperty("client", "")));
            Instant created = Instant.parse(meta.getProperty("created", ""));
            long size = Files.size(clipFile(id));
            return Optional.of(new StoredClip(id, client, created, size));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clip " + id, e);
        }
    }

    private Path clipFile(ClipId id) {
        return directory.resolve(id.value() + CLIP);
    }

    private Path metaFile(ClipId id) {
        return directory.resolve(id.value() + META);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: a later purge removes leftovers
        }
    }
}
