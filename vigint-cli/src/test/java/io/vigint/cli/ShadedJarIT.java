package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.key.KeyHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped artifact, {@code target/vigint.jar}, run as a child process the way {@code ./vigint} runs
 * it: it starts, keeps logs off standard output, never writes a plain key anywhere but stdout, and carries FFmpeg's
 * natives.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "vigint.jar").toAbsolutePath();
    private static final Pattern PLAIN_KEY = Pattern.compile("API key: (vgt_[A-Za-z0-9_-]{43})");

    @TempDir
    Path cwd;

    record Run(int status, String out, String err) {}

    @Test
    void createdKeyAppearsOnlyOnStandardOutputNeverInTheDataDirectoryOrLogs() throws Exception {
        Run created = vigint("clients", "create", "--name", "Acme Corporation", "--email", "security@acme.com");
        assertThat(created.status()).as(created.toString()).isZero();
        Matcher matcher = PLAIN_KEY.matcher(created.out());
        assertThat(matcher.find()).as(created.out()).isTrue();
        String key = matcher.group(1);
        String hash = KeyHash.of(key).hex();

        Run verbose = vigint("--verbose", "keys", "create", "--client-id", "1", "--name", "ci");
        assertThat(verbose.status()).as(verbose.toString()).isZero();
        Matcher second = PLAIN_KEY.matcher(verbose.out());
        assertThat(second.find()).isTrue();
        String secondKey = second.group(1);
        assertThat(verbose.err()).as("--verbose logs to stderr").contains("INFO");

        Run json = vigint("clients", "list", "--output", "json");
        assertThat(json.status()).isZero();
        JsonNode clients = new ObjectMapper().readTree(json.out());
        assertThat(clients.at("/0/keys")).hasSize(2);

        for (Run process : List.of(created, verbose, json)) {
            assertThat(process.err())
                    .doesNotContain(key, secondKey, hash, KeyHash.of(secondKey).hex());
        }
        assertThat(json.out()).doesNotContain(key, secondKey, hash);

        Path dataDir = cwd.resolve("vigint-data");
        assertThat(dataDir.resolve("vigint.mv.db")).exists();
        for (Path file : filesUnder(cwd)) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).as(file.toString()).doesNotContain(key, secondKey);
        }
    }

    @Test
    void failuresAreOneLineOnStandardErrorWithTheDocumentedStatus() throws Exception {
        Run usage = vigint("clients", "revoke", "--client-id", "abc");
        assertThat(usage.status()).isEqualTo(Main.USAGE);
        assertThat(usage.err().lines()).hasSize(1);
        assertThat(usage.out()).isEmpty();

        Run refused = vigint("clients", "revoke", "--client-id", "7");
        assertThat(refused.status()).isEqualTo(Main.FAILED);
        assertThat(refused.err()).isEqualTo("error: No client with id 7" + System.lineSeparator());
        assertThat(refused.out()).isEmpty();

        Run version = vigint("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("vigint ");
    }

    /**
     * FFmpeg's natives travel inside the jar: a program on the jar alone (no Maven class path) encodes a clip with
     * {@code FfmpegClipEncoder} and decodes it back with {@code FfmpegVideoDecoder}, JavaCPP unpacking the
     * libraries from the jar into a fresh cache directory.
     */
    @Test
    void theVideoCodecsNativesLoadFromTheJar() throws Exception {
        Path program = cwd.resolve("CodecProbe.java");
        Files.writeString(program, """
                import io.vigint.core.video.*;
                import io.vigint.ffmpeg.*;
                import java.awt.image.BufferedImage;
                import java.io.ByteArrayOutputStream;
                import java.time.Instant;
                import java.util.ArrayList;
                import java.util.List;
                import javax.imageio.ImageIO;

                public class CodecProbe {
                    public static void main(String[] args) throws Exception {
                        List<Frame> frames = new ArrayList<>();
                        for (int i = 0; i < 5; i++) {
                            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
                            image.getGraphics().fillRect(i * 10, 10, 10, 10);
                            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
                            ImageIO.write(image, "jpeg", jpeg);
                            frames.add(new Frame(jpeg.toByteArray(), FrameFormat.JPEG,
                                    Instant.parse("2026-12-07T14:00:00Z").plusMillis(200L * i)));
                        }
                        FfmpegClipEncoder encoder = new FfmpegClipEncoder();
                        byte[] clip = encoder.encode(frames, Long.MAX_VALUE).orElseThrow();
                        DecodedVideo video = new FfmpegVideoDecoder().decode(clip, VideoLimits.DEFAULTS);
                        System.out.println("format=" + encoder.format() + " codec=" + video.codec() + " frames="
                                + video.frames().size() + " size=" + video.width() + "x" + video.height());
                    }
                }
                """);
        Path cache = cwd.resolve("javacpp-cache");
        Path out = Files.createTempFile("codec-out", ".txt");
        try {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djava.awt.headless=true",
                            "-Dorg.bytedeco.javacpp.cachedir=" + cache,
                            "-cp",
                            JAR.toString(),
                            program.toString())
                    .directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS))
                    .as("the probe finished")
                    .isTrue();
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("format=MP4 codec=h264 frames=5 size=64x48");
        } finally {
            Files.deleteIfExists(out);
        }
        try (Stream<Path> unpacked = Files.walk(cache)) {
            assertThat(unpacked.map(path -> path.getFileName().toString()))
                    .as("JavaCPP unpacked FFmpeg from the jar")
                    .anyMatch(name -> name.startsWith("libavcodec"));
        }
    }

    private Run vigint(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("vigint-out", ".txt");
        Path err = Files.createTempFile("vigint-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("VIGINT_"));
            Process process = builder.start();
            process.getOutputStream().close();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("vigint finished")
                    .isTrue();
            return new Run(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
