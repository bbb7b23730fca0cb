package io.vigint.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories of Vigint's data directory that only their owner may read: directories {@code 0700},
 * files {@code 0600}, whatever the process's umask, where the file system has POSIX permissions (elsewhere
 * the calls behave like their {@link Files} counterparts). Clips, the outbox, the embedded database and the
 * secrets hold client data and credentials.
 */
public final class OwnerOnlyFiles {
    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** Whether {@code path}'s file system has POSIX permissions. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code directory} and its missing parents, each one created here owner-only ({@code 0700});
     * directories that exist already are left as they are.
     */
    public static void createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute, directoryAttributes(absolute));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** Writes {@code content} to {@code file}, creating it owner-only ({@code 0600}) or restricting it if it exists. */
    public static void write(Path file, byte[] content) throws IOException {
        createFile(file);
        Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Creates {@code file} empty and owner-only ({@code 0600}), or restricts it to its owner if it exists. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, fileAttributes(file));
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
    }

    /** Restricts an existing file ({@code 0600}) or directory ({@code 0700}) to its owner; nothing if missing. */
    public static void restrict(Path path) throws IOException {
        if (posix(path) && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    private static FileAttribute<?>[] directoryAttributes(Path path) {
        return posix(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY)}
                : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] fileAttributes(Path path) {
        return posix(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }
}
