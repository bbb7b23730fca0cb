package io.vigint.files;

import io.vigint.core.clip.ClipId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Files named by {@link ClipId} in one directory, each beside a {@code .meta} file (Java properties) that says
 * what it is: the mechanics {@link FileClipStore} and {@link FileVideoFileStore} share. File {@code ID} is {@code
 * ID<extension>}; both are written owner-only ({@link OwnerOnlyFiles}) to temporary files and moved into place,
 * the content first, so a file counts as stored exactly when its {@code .meta} exists. Only ids of the shape of
 * a {@link ClipId} ever become file names, so nothing a client sends names a path.
 */
final class MetaFiles {
    private static final String META = ".meta";
    private static final String TEMP = ".tmp";

    private final Path directory;
    private final String extension;

    /** Files {@code ID + extension} in {@code directory}, which is created by the first save. */
    MetaFiles(Path directory, String extension) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.extension = Objects.requireNonNull(extension, "extension");
    }

    Path directory() {
        return directory;
    }

    /**
     * Stores {@code content} and {@code meta} as file {@code id}.
     *
     * @throws IllegalStateException if {@code id} is stored already
     * @throws UncheckedIOException if it cannot be written (nothing is left behind)
     */
    void save(ClipId id, byte[] content, Properties meta) {
        Path file = file(id);
        Path metaFile = metaFile(id);
        if (Files.exists(metaFile) || Files.exists(file)) {
            throw new IllegalStateException("file " + id + " exists already");
        }
        Path fileTemp = directory.resolve(id.value() + extension + TEMP);
        Path metaTemp = directory.resolve(id.value() + META + TEMP);
        try {
            OwnerOnlyFiles.createDirectories(directory);
            OwnerOnlyFiles.write(fileTemp, content);
            OwnerOnlyFiles.createFile(metaTemp);
            try (Writer writer = Files.newBufferedWriter(metaTemp, StandardCharsets.UTF_8)) {
                meta.store(writer, null);
            }
            Files.move(fileTemp, file, StandardCopyOption.ATOMIC_MOVE);
            Files.move(metaTemp, metaFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("file " + id + " exists already", e);
        } catch (IOException e) {
            deleteQuietly(fileTemp);
            deleteQuietly(metaTemp);
            deleteQuietly(file);
            throw new UncheckedIOException("cannot store file in " + directory, e);
        }
    }

    /** The {@code .meta} properties of {@code id}, or empty if it is not stored. */
    Optional<Properties> meta(ClipId id) {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile(id), StandardCharsets.UTF_8)) {
            meta.load(reader);
            return Optional.of(meta);
        } catch (NoSuchFileException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed escape, so not a record this class wrote
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id, e);
        }
    }

    /** The length of file {@code id}, or empty if its content is gone. */
    Optional<Long> size(ClipId id) {
        try {
            return Optional.of(Files.size(file(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id, e);
        }
    }

    /** The content of {@code id}, or empty if it is not stored; the caller closes it. */
    Optional<InputStream> open(ClipId id) {
        if (!Files.exists(metaFile(id))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(file(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id, e);
        }
    }

    /** The ids that have a {@code .meta} file, in no particular order. */
    List<ClipId> ids() {
        List<ClipId> ids = new ArrayList<>();
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(directory, "*" + META)) {
            for (Path meta : metas) {
                String name = meta.getFileName().toString();
                String id = name.substring(0, name.length() - META.length());
                if (ClipId.isWellFormed(id)) {
                    ids.add(new ClipId(id));
                }
            }
        } catch (NoSuchFileException e) {
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return ids;
    }

    /** Deletes {@code id}; true if it was stored. */
    boolean delete(ClipId id) {
        try {
            boolean existed = Files.deleteIfExists(metaFile(id));
            Files.deleteIfExists(file(id));
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id, e);
        }
    }

    /** Content and temporary files with no {@code .meta} beside them, last written before {@code cutoff}. */
    void deleteLeftovers(Instant cutoff) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean orphan = name.endsWith(TEMP)
                        || (name.endsWith(extension)
                                && !Files.exists(directory.resolve(
                                        name.substring(0, name.length() - extension.length()) + META)));
                if (orphan && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    deleteQuietly(file);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing was ever saved
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private Path file(ClipId id) {
        return directory.resolve(id.value() + extension);
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
