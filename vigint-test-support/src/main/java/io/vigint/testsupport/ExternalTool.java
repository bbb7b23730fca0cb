package io.vigint.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside the JDK that a test needs (ffmpeg, ffprobe, chromium, chromedriver): found on the
 * {@code PATH}, or the test is skipped with a message saying what to install, unless tools are required
 * (environment {@code CI=true}, or system property {@value #REQUIRE_PROPERTY}{@code =true}, or environment
 * {@code VIGINT_REQUIRE_TOOLS=true}): then the test fails, so CI can never pass by skipping them.
 *
 * <pre>{@code
 * Path ffprobe = ExternalTool.FFPROBE.require(); // skips here, fails under CI, when absent
 * }</pre>
 */
public record ExternalTool(String command, String debianPackage) {
    /** Debian's ffmpeg (encoder/decoder used to make test inputs). */
    public static final ExternalTool FFMPEG = new ExternalTool("ffmpeg", "ffmpeg");
    /** Debian's ffprobe (from the ffmpeg package): the independent judge of what a video file holds. */
    public static final ExternalTool FFPROBE = new ExternalTool("ffprobe", "ffmpeg");
    /** Debian's Chromium. */
    public static final ExternalTool CHROMIUM = new ExternalTool("chromium", "chromium");
    /** Debian's ChromeDriver, which Selenium drives Chromium with. */
    public static final ExternalTool CHROMEDRIVER = new ExternalTool("chromedriver", "chromium-driver");

    /** System property that turns "tool absent" from a skip into a failure. */
    public static final String REQUIRE_PROPERTY = "vigint.requireTools";

    /** Whether absent tools fail the tests instead of skipping them (CI). */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY))
                || Boolean.parseBoolean(System.getenv("VIGINT_REQUIRE_TOOLS"))
                || Boolean.parseBoolean(System.getenv("CI"));
    }

    /** The tool's path on the {@code PATH}, if it is there and executable. */
    public Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the tool is installed. */
    public boolean present() {
        return find().isPresent();
    }

    /**
     * The tool's path; when it is absent, skips the calling test (a JUnit assumption) or, when tools are
     * {@linkplain #required() required}, fails it.
     */
    public Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String message = "'" + command + "' is not on the PATH; install Debian's " + debianPackage
                + " (apt-get install " + debianPackage + ") to run this test";
        if (required()) {
            Assertions.fail(message + " (tools are required: CI=true or -D" + REQUIRE_PROPERTY + "=true)");
        }
        Assumptions.abort(message + "; skipped");
        throw new AssertionError("unreachable");
    }
}
