package io.vigint.security;

import io.vigint.core.error.VigintException;
import io.vigint.files.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own key material: the access-token signing key and the master key that encrypts stored
 * provider secrets. Each key comes from an environment variable ({@value #JWT_SECRET_ENV}, {@value
 * #MASTER_KEY_ENV}: Base64 of at least {@value #MIN_KEY_BYTES} bytes, for example the output of {@code
 * openssl rand -base64 32}) or, when the variable is not set, from a file in {@code
 * <dataDir>/secrets/} ({@value #JWT_KEY_FILE}, {@value #MASTER_KEY_FILE}) holding the same Base64 text.
 * A missing file is generated with {@value #GENERATED_KEY_BYTES} random bytes, readable only by its owner
 * where the file system has POSIX permissions. Processes starting together on one data directory end up
 * with the same key: a generated file is published with a hard link, which never replaces a file another
 * process published first. Key values never appear in messages, logs or {@link #toString()}.
 */
public final class ServerSecrets {
    /** Environment variable holding the token signing key, Base64. */
    public static final String JWT_SECRET_ENV = "VIGINT_JWT_SECRET";
    /** Environment variable holding the master encryption key, Base64. */
    public static final String MASTER_KEY_ENV = "VIGINT_MASTER_KEY";
    /** Folder of the data directory holding generated keys. */
    public static final String SECRETS_DIRECTORY = "secrets";
    /** File in {@value #SECRETS_DIRECTORY} holding the token signing key. */
    public static final String JWT_KEY_FILE = "jwt.key";
    /** File in {@value #SECRETS_DIRECTORY} holding the master encryption key. */
    public static final String MASTER_KEY_FILE = "master.key";
    /** Shortest key accepted, decoded: 256 bits. */
    public static final int MIN_KEY_BYTES = 32;
    /** Length of a generated key. */
    public static final int GENERATED_KEY_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ServerSecrets.class);
    private static final int MAX_KEY_FILE_BYTES = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final byte[] jwtSigningKey;
    private final byte[] masterKey;

    private ServerSecrets(byte[] jwtSigningKey, byte[] masterKey) {
        this.jwtSigningKey = jwtSigningKey;
        this.masterKey = masterKey;
    }

    /**
     * Loads both keys, generating the files of those not set in {@code env}.
     *
     * @param dataDir the server's data directory; created if missing (only when a key file is needed)
     * @param env the environment, usually {@link System#getenv()}
     * @throws VigintException {@code VALIDATION_FAILED} naming the variable or file whose value is not
     *     Base64 of at least {@value #MIN_KEY_BYTES} bytes (the value itself is never included)
     * @throws UncheckedIOException if a key file cannot be read or created
     */
    public static ServerSecrets load(Path dataDir, Map<String, String> env) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(env, "env");
        Path secrets = dataDir.resolve(SECRETS_DIRECTORY);
        byte[] jwt = key(env, JWT_SECRET_ENV, secrets, JWT_KEY_FILE, "token signing key");
        byte[] master = key(env, MASTER_KEY_ENV, secrets, MASTER_KEY_FILE, "master encryption key");
        return new ServerSecrets(jwt, master);
    }

    /** The HMAC key that signs access tokens; a fresh copy the caller may clear. */
    public byte[] jwtSigningKey() {
        return jwtSigningKey.clone();
    }

    /** The master key that encrypts stored provider secrets; a fresh copy the caller may clear. */
    public byte[] masterKey() {
        return masterKey.clone();
    }

    @Override
    public String toString() {
        return "ServerSecrets[values hidden]";
    }

    private static byte[] key(Map<String, String> env, String variable, Path directory, String fileName, String what) {
        String value = env.get(variable);
        if (value != null) {
            byte[] text = value.getBytes(StandardCharsets.ISO_8859_1);
            try {
                return decode(text, variable, "Environment variable " + variable);
            } finally {
                Arrays.fill(text, (byte) 0);
            }
        }
        Path file = directory.resolve(fileName);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                generate(directory, file, what);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + what + " file " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        warnIfReadableByOthers(file);
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw malformed(file.toString(), "Key file " + file);
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decode(bytes, file.toString(), "Key file " + file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Decodes standard or URL-safe Base64, ignoring surrounding whitespace; zeroes its working copies. */
    private static byte[] decode(byte[] text, String field, String source) {
        int start = 0;
        int end = text.length;
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        byte[] base64 = Arrays.copyOfRange(text, start, end);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException standard) {
            try {
                key = Base64.getUrlDecoder().decode(base64);
            } catch (IllegalArgumentException url) {
                throw malformed(field, source);
            }
        } finally {
            Arrays.fill(base64, (byte) 0);
        }
        if (key.length < MIN_KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw malformed(field, source);
        }
        return key;
    }

    private static VigintException malformed(String field, String source) {
        return VigintException.invalid(
                field,
                source + " must hold Base64 of at least " + MIN_KEY_BYTES
                        + " random bytes (for example the output of `openssl rand -base64 32`)");
    }

    /**
     * Writes a new key to a temporary file, then hard-links it to {@code file}: the link appears whole
     * and fails if {@code file} already exists, so a process that lost the race reads the winner's key.
     * Where hard links are not supported, falls back to a plain move that refuses to replace (a much
     * narrower race on such file systems).
     */
    private static void generate(Path directory, Path file, String what) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        createDirectory(directory, posix);
        byte[] key = new byte[GENERATED_KEY_BYTES];
        RANDOM.nextBytes(key);
        byte[] encoded = Base64.getEncoder().encode(key);
        byte[] line = Arrays.copyOf(encoded, encoded.length + 1);
        line[encoded.length] = '\n';
        Path temporary = posix
                ? Files.createTempFile(
                        directory,
                        file.getFileName() + ".",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (publish(temporary, file)) {
                LOG.info("Generated a new {} in {}", what, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
            Arrays.fill(key, (byte) 0);
            Arrays.fill(encoded, (byte) 0);
            Arrays.fill(line, (byte) 0);
        }
    }

    /** True if {@code temporary} became {@code file}; false if another process published first. */
    private static boolean publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            try {
                Files.move(temporary, file);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
    }

    private static void createDirectory(Path directory, boolean posix) throws IOException {
        OwnerOnlyFiles.createDirectories(directory.getParent());
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
                : new FileAttribute<?>[0];
        try {
            Files.createDirectory(directory, attributes);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !OWNER_ONLY_FILE.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("Key file {} is readable by other users; restrict it to its owner (chmod 600)", file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot read the permissions of {}", file, e);
        }
    }
}
