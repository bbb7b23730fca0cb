package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerSecretsTest {
    @TempDir
    Path dataDir;

    @Test
    void keysAreGeneratedOnFirstLoadAndTheSameBytesAreLoadedAfterwards() throws Exception {
        ServerSecrets first = ServerSecrets.load(dataDir, Map.of());
        ServerSecrets second = ServerSecrets.load(dataDir, Map.of());

        assertThat(first.jwtSigningKey()).hasSize(32).isEqualTo(second.jwtSigningKey());
        assertThat(first.masterKey()).hasSize(32).isEqualTo(second.masterKey());
        assertThat(first.jwtSigningKey()).isNotEqualTo(first.masterKey());
        assertThat(fileKey("jwt.key")).isEqualTo(first.jwtSigningKey());
        assertThat(fileKey("master.key")).isEqualTo(first.masterKey());
        try (var files = Files.list(dataDir.resolve("secrets"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jwt.key", "master.key");
        }
    }

    @Test
    void anotherDataDirectoryGetsOtherKeys(@TempDir Path otherDataDir) {
        ServerSecrets here = ServerSecrets.load(dataDir, Map.of());
        ServerSecrets there = ServerSecrets.load(otherDataDir, Map.of());

        assertThat(here.jwtSigningKey()).isNotEqualTo(there.jwtSigningKey());
        assertThat(here.masterKey()).isNotEqualTo(there.masterKey());
    }

    @Test
    void aMissingDataDirectoryIsCreated() {
        Path nested = dataDir.resolve("not/yet/there");

        ServerSecrets secrets = ServerSecrets.load(nested, Map.of());

        assertThat(Files.isRegularFile(nested.resolve("secrets/jwt.key"))).isTrue();
        assertThat(secrets.jwtSigningKey()).hasSize(32);
    }

    @Test
    void generatedFilesAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));

        ServerSecrets.load(dataDir, Map.of());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secrets"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secrets/jwt.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secrets/master.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void environmentVariablesWinAndNoFileIsWritten() {
        byte[] jwt = random(32);
        byte[] master = random(48);

        ServerSecrets secrets = ServerSecrets.load(
                dataDir,
                Map.of(
                        "VIGINT_JWT_SECRET", Base64.getEncoder().encodeToString(jwt),
                        "VIGINT_MASTER_KEY", Base64.getEncoder().encodeToString(master)));

        assertThat(secrets.jwtSigningKey()).isEqualTo(jwt);
        assertThat(secrets.masterKey()).isEqualTo(master);
        assertThat(dataDir.resolve("secrets")).doesNotExist();
    }

    @Test
    void oneKeyFromTheEnvironmentAndTheOtherFromItsFile() throws Exception {
        byte[] jwt = random(32);

        ServerSecrets secrets = ServerSecrets.load(
                dataDir, Map.of("VIGINT_JWT_SECRET", Base64.getEncoder().encodeToString(jwt)));

        assertThat(secrets.jwtSigningKey()).isEqualTo(jwt);
        assertThat(dataDir.resolve("secrets/jwt.key")).doesNotExist();
        assertThat(fileKey("master.key")).isEqualTo(secrets.masterKey());
    }

    @Test
    void environmentValuesMayBeUrlSafeUnpaddedOrSurroundedByWhitespace() {
        byte[] jwt = random(33);
        byte[] master = random(32);

        ServerSecrets secrets = ServerSecrets.load(
                dataDir,
                Map.of(
                        "VIGINT_JWT_SECRET",
                        Base64.getUrlEncoder().withoutPadding().encodeToString(jwt),
                        "VIGINT_MASTER_KEY",
                        "  " + Base64.getEncoder().encodeToString(master) + "\n"));

        assertThat(secrets.jwtSigningKey()).isEqualTo(jwt);
        assertThat(secrets.masterKey()).isEqualTo(master);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "c2hvcnQ=",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
                "not base64 at all, but long enough to be a key if it were!",
                "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%"
            })
    void shortOrMalformedEnvironmentValuesAreRejectedWithoutEchoingThem(String value) {
        assertThatThrownBy(() -> ServerSecrets.load(dataDir, Map.of("VIGINT_JWT_SECRET", value)))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.details()).containsEntry("field", "VIGINT_JWT_SECRET");
                    assertThat(e.getMessage()).contains("VIGINT_JWT_SECRET");
                    assertNotEchoed(e, value);
                });
        assertThat(dataDir.resolve("secrets")).doesNotExist();
    }

    @Test
    void aMalformedMasterKeyIsRejectedNamingItsVariable() {
        String value = "bWFzdGVyIGtleSB0b28gc2hvcnQ";

        assertThatThrownBy(() -> ServerSecrets.load(dataDir, Map.of("VIGINT_MASTER_KEY", value)))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.details()).containsEntry("field", "VIGINT_MASTER_KEY");
                    assertNotEchoed(e, value);
                });
    }

    @Test
    void aMalformedKeyFileIsRejectedNamingTheFileButNotItsContent() throws Exception {
        Path file = dataDir.resolve("secrets/jwt.key");
        Files.createDirectories(file.getParent());
        String content = "dG9vIHNob3J0IGZvciBhIGtleQ==\n";
        Files.writeString(file, content);

        assertThatThrownBy(() -> ServerSecrets.load(dataDir, Map.of()))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.details()).containsEntry("field", file.toString());
                    assertThat(e.getMessage()).contains(file.toString());
                    assertNotEchoed(e, content.strip());
                });
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void anEmptyKeyFileIsRejectedRatherThanReplaced() throws Exception {
        Path file = dataDir.resolve("secrets/master.key");
        Files.createDirectories(file.getParent());
        Files.createFile(file);

        assertThatThrownBy(() -> ServerSecrets.load(dataDir, Map.of()))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", file.toString()));
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aKeyFileWrittenByTheOperatorIsUsed() throws Exception {
        byte[] key = random(64);
        Path file = dataDir.resolve("secrets/jwt.key");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\r\n");

        assertThat(ServerSecrets.load(dataDir, Map.of()).jwtSigningKey()).isEqualTo(key);
    }

    @Test
    void callersGetCopiesTheyMayClear() {
        ServerSecrets secrets = ServerSecrets.load(dataDir, Map.of());
        byte[] copy = secrets.jwtSigningKey();
        byte[] expected = copy.clone();

        Arrays.fill(copy, (byte) 0);

        assertThat(secrets.jwtSigningKey()).isEqualTo(expected);
        assertThat(secrets.toString()).doesNotContain(Base64.getEncoder().encodeToString(expected));
    }

    @Test
    void threadsRacingTheFirstStartAllGetTheKeyThatEndsUpOnDisk() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 25; round++) {
                Path dir = dataDir.resolve("round-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ServerSecrets>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return ServerSecrets.load(dir, Map.of());
                    }));
                }
                start.countDown();
                Set<String> jwtKeys = new HashSet<>();
                Set<String> masterKeys = new HashSet<>();
                for (Future<ServerSecrets> result : results) {
                    ServerSecrets secrets = result.get(30, TimeUnit.SECONDS);
                    jwtKeys.add(Base64.getEncoder().encodeToString(secrets.jwtSigningKey()));
                    masterKeys.add(Base64.getEncoder().encodeToString(secrets.masterKey()));
                }
                assertThat(jwtKeys).as("round %d", round).hasSize(1);
                assertThat(masterKeys).as("round %d", round).hasSize(1);
                assertThat(Files.readString(dir.resolve("secrets/jwt.key")).strip())
                        .isEqualTo(jwtKeys.iterator().next());
                try (var files = Files.list(dir.resolve("secrets"))) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as("no temporary files are left behind")
                            .containsExactlyInAnyOrder("jwt.key", "master.key");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] fileKey(String name) throws Exception {
        return Base64.getDecoder()
                .decode(Files.readString(dataDir.resolve("secrets").resolve(name), StandardCharsets.US_ASCII)
                        .strip());
    }

    private static void assertNotEchoed(VigintException e, String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return;
        }
        assertThat(e.getMessage()).doesNotContain(stripped);
        assertThat(e.details().toString()).doesNotContain(stripped);
        assertThat(e.toString()).doesNotContain(stripped);
        assertThat(e.getCause()).isNull();
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
