package io.vigint.persistence;

import io.vigint.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an H2 file database: its directory created owner-only ({@code 0700}), its files restricted
 * to their owner ({@code 0600}), and the auto-server that lets a second process in bound to the loopback
 * address.
 */
final class H2Files {
    private static final Logger LOG = LoggerFactory.getLogger(H2Files.class);

    /** The system property H2 reads, once, for the address its servers (the auto-server too) listen on. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    /** H2 files that hold data: the store, its lock (with the auto-server's address) and its trace. */
    private static final List<String> H2_FILE_SUFFIXES = List.of(".mv.db", ".lock.db", ".trace.db", ".h2.db");

    private H2Files() {}

    /** Makes H2's servers listen on {@code 127.0.0.1} unless the JVM was started with {@value #H2_BIND_ADDRESS}. */
    static void bindToLoopbackUnlessSet() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    /** Creates the directory of an H2 file database, owner-only, when missing; other URLs are left alone. */
    static void createDirectory(DatabaseSettings settings) throws IOException {
        Path location = location(settings);
        Path parent = location == null ? null : location.getParent();
        if (parent != null) {
            OwnerOnlyFiles.createDirectories(parent);
        }
    }

    /** Restricts the files of an H2 file database to their owner; a failure is logged, not fatal. */
    static void restrict(DatabaseSettings settings) {
        Path location = location(settings);
        if (location == null || location.getParent() == null) {
            return;
        }
        for (String suffix : H2_FILE_SUFFIXES) {
            Path file = location.resolveSibling(location.getFileName() + suffix);
            try {
                OwnerOnlyFiles.restrict(file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot restrict {} to its owner: {}", file, e.toString());
            }
        }
    }

    /** The path of an H2 file database without H2's suffixes, or {@code null} for other URLs. */
    private static Path location(DatabaseSettings settings) {
        if (!settings.url().startsWith(H2_FILE_PREFIX)) {
            return null;
        }
        String location = settings.url().substring(H2_FILE_PREFIX.length());
        int options = location.indexOf(';');
        if (options >= 0) {
            location = location.substring(0, options);
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Path.of(location).toAbsolutePath();
    }
}
