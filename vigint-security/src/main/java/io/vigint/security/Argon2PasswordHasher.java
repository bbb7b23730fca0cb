package io.vigint.security;

import io.vigint.core.login.PasswordHasher;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (version 19) password hashes in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<parallelism>$<salt>$<hash>}, with a 16-byte random
 * salt and a 32-byte hash, both unpadded standard Base64. New hashes use this instance's cost
 * parameters; {@link #verify} reads them from the stored string, so the parameters can be raised later
 * without invalidating existing hashes. Stored strings whose cost is outside this class's limits (for
 * example more than {@value #MAX_MEMORY_KIB} KiB of memory) are treated as malformed, so a tampered hash
 * cannot make verification exhaust the server. Thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    /** OWASP's recommended memory cost: 19 MiB. */
    public static final int DEFAULT_MEMORY_KIB = 19_456;
    /** OWASP's recommended number of passes for {@link #DEFAULT_MEMORY_KIB}. */
    public static final int DEFAULT_ITERATIONS = 2;
    /** OWASP's recommended parallelism. */
    public static final int DEFAULT_PARALLELISM = 1;
    /** Largest memory cost accepted, configured or stored: 1 GiB. */
    public static final int MAX_MEMORY_KIB = 1 << 20;
    /** Largest number of passes accepted, configured or stored. */
    public static final int MAX_ITERATIONS = 32;
    /** Largest parallelism accepted, configured or stored. */
    public static final int MAX_PARALLELISM = 16;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MIN_STORED_SALT_BYTES = 8;
    private static final int MAX_STORED_SALT_BYTES = 64;
    private static final int MIN_STORED_HASH_BYTES = 16;
    private static final int MAX_STORED_HASH_BYTES = 64;
    private static final int MAX_ENCODED_LENGTH = 256;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=([0-9]{1,10})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64_ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** A hasher with OWASP's recommended parameters: m=19456 KiB, t=2, p=1. */
    public Argon2PasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    /**
     * A hasher whose new hashes use these costs.
     *
     * @throws IllegalArgumentException if a cost is out of range: parallelism 1-{@value #MAX_PARALLELISM},
     *     iterations 1-{@value #MAX_ITERATIONS}, memory at least 8 KiB per lane and at most {@value
     *     #MAX_MEMORY_KIB} KiB
     */
    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (!acceptable(memoryKib, iterations, parallelism)) {
            throw new IllegalArgumentException(
                    "Argon2 parameters out of range: m=" + memoryKib + " KiB, t=" + iterations + ", p=" + parallelism);
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        try {
            return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                    + B64_ENCODER.encodeToString(salt) + "$" + B64_ENCODER.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    @Override
    public boolean verify(char[] password, String encodedHash) {
        if (password == null || encodedHash == null || encodedHash.length() > MAX_ENCODED_LENGTH) {
            return false;
        }
        Matcher phc = PHC.matcher(encodedHash);
        if (!phc.matches()) {
            return false;
        }
        long memory = Long.parseLong(phc.group(1));
        long passes = Long.parseLong(phc.group(2));
        long lanes = Long.parseLong(phc.group(3));
        if (memory > MAX_MEMORY_KIB
                || passes > MAX_ITERATIONS
                || lanes > MAX_PARALLELISM
                || !acceptable((int) memory, (int) passes, (int) lanes)) {
            return false;
        }
        byte[] salt = decode(phc.group(4), MIN_STORED_SALT_BYTES, MAX_STORED_SALT_BYTES);
        byte[] expected = decode(phc.group(5), MIN_STORED_HASH_BYTES, MAX_STORED_HASH_BYTES);
        if (salt == null || expected == null) {
            return false;
        }
        byte[] actual = null;
        try {
            actual = derive(password, salt, (int) memory, (int) passes, (int) lanes, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (RuntimeException e) {
            return false;
        } finally {
            Arrays.fill(expected, (byte) 0);
            if (actual != null) {
                Arrays.fill(actual, (byte) 0);
            }
        }
    }

    @Override
    public String toString() {
        return "Argon2PasswordHasher[m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "]";
    }

    private static boolean acceptable(int memoryKib, int iterations, int parallelism) {
        return parallelism >= 1
                && parallelism <= MAX_PARALLELISM
                && iterations >= 1
                && iterations <= MAX_ITERATIONS
                && memoryKib >= 8 * parallelism
                && memoryKib <= MAX_MEMORY_KIB;
    }

    /** Decodes unpadded Base64 of a length within bounds; null if it is not. */
    private static byte[] decode(String text, int minBytes, int maxBytes) {
        if (text.length() % 4 == 1) {
            return null;
        }
        long bytes = text.length() * 3L / 4;
        if (bytes < minBytes || bytes > maxBytes) {
            return null;
        }
        try {
            return B64_DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(
            char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
        Argon2Parameters parameters = builder.build();
        byte[] passwordBytes = utf8(password);
        byte[] out = new byte[length];
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            generator.generateBytes(passwordBytes, out);
            return out;
        } catch (RuntimeException e) {
            Arrays.fill(out, (byte) 0);
            throw e;
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            parameters.clear();
            builder.clear();
        }
    }

    /**
     * The password as UTF-8 (unpaired surrogates become {@code ?}, as in {@link String#getBytes}),
     * without an intermediate {@link String}; the working buffer is zeroed.
     */
    private static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer = ByteBuffer.allocate(Math.multiplyExact(password.length, 3));
        try {
            CoderResult result = encoder.encode(CharBuffer.wrap(password), buffer, true);
            if (!result.isUnderflow()) {
                throw new IllegalStateException("UTF-8 encoding of the password overflowed");
            }
            encoder.flush(buffer);
            return Arrays.copyOf(buffer.array(), buffer.position());
        } finally {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}
