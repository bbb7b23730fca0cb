package io.vigint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser harness against a real HTTP server (the JDK's, on a free port): an MP4 that every browser plays
 * (H.264 Constrained Baseline, yuv420p, moov first) reaches {@code readyState ≥ 2} with its duration and size,
 * plays and seeks; bytes that are no video give a media error, not a hung test.
 */
@ExtendWith(BrowserExtension.class)
class VideoElementIT {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    /** Paths under this prefix are served whole, without range support (as a plain 200 each time). */
    private static final String NO_RANGES = "/no-ranges";
    /** The one range form this little server serves: {@code bytes=a-} or {@code bytes=a-b}, within the file. */
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{1,9})-(\\d{0,9})");

    private static HttpServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void serve() throws IOException {
        Path mp4 = dir.resolve("pattern.mp4");
        Ffmpeg.testPattern(mp4, Ffmpeg.Codec.H264_BASELINE, 320, 240, 10, 3, true);
        byte[] video = Files.readAllBytes(mp4);
        assertThat(Mp4Boxes.fastStart(video)).isTrue();
        FILES.put("/pattern.mp4", video);
        FILES.put(
                "/noise.mp4",
                "this is not a video, only text that says it is one".repeat(200).getBytes());

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean ranges = !path.startsWith(NO_RANGES);
            byte[] body = FILES.get(ranges ? path : path.substring(NO_RANGES.length()));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            int from = 0;
            int to = body.length - 1;
            Matcher range =
                    RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
            if (ranges) {
                exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            }
            if (ranges && range.matches()) {
                from = Integer.parseInt(range.group(1));
                to = range.group(2).isEmpty() ? to : Math.min(to, Integer.parseInt(range.group(2)));
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
                exchange.sendResponseHeaders(206, to - from + 1L);
            } else {
                exchange.sendResponseHeaders(200, body.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, from, to - from + 1);
            } catch (IOException browserHungUp) {
                // a browser may stop reading once it has what it needs
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aFastStartBaselineMp4PlaysWithItsDurationAndSize(Browser browser) {
        VideoElement video = browser.video(url("/pattern.mp4"));

        VideoElement.State loaded = video.awaitLoaded(LIMIT);

        assertThat(loaded.playable()).as("%s", loaded).isTrue();
        assertThat(loaded.readyState()).isGreaterThanOrEqualTo(2);
        assertThat(loaded.duration()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.15));
        assertThat(loaded.videoWidth()).isEqualTo(320);
        assertThat(loaded.videoHeight()).isEqualTo(240);
        assertThat(loaded.errorCode()).isZero();

        VideoElement.State seeked = video.seek(2.0, LIMIT);
        assertThat(seeked.timedOut()).as("%s", seeked).isFalse();
        assertThat(seeked.currentTime()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(seeked.errorCode()).isZero();

        VideoElement.State played = video.play(0.3, LIMIT);
        assertThat(played.timedOut()).as("%s", played).isFalse();
        assertThat(played.currentTime()).isGreaterThanOrEqualTo(2.3);
    }

    @Test
    void withoutRangeSupportASeekGoesBackToTheStart(Browser browser) {
        VideoElement video = browser.video(url(NO_RANGES + "/pattern.mp4"));
        assertThat(video.awaitLoaded(LIMIT).playable()).isTrue();

        VideoElement.State seeked = video.seek(2.0, LIMIT);

        // Chromium only seeks where it can ask for bytes from an offset: this is why clip links serve ranges
        assertThat(seeked.currentTime()).as("%s", seeked).isZero();
    }

    @Test
    void bytesThatAreNoVideoReportAMediaErrorInsteadOfHanging(Browser browser) {
        VideoElement.State state = browser.video(url("/noise.mp4")).awaitLoaded(LIMIT);

        assertThat(state.timedOut()).as("%s", state).isFalse();
        assertThat(state.errorCode()).as("%s", state).isEqualTo(4); // MEDIA_ERR_SRC_NOT_SUPPORTED
        assertThat(state.playable()).isFalse();
        assertThat(state.readyState()).isZero();
    }

    @Test
    void aMissingSourceReportsAnErrorToo(Browser browser) {
        VideoElement.State state = browser.video(url("/absent.mp4")).awaitLoaded(LIMIT);

        assertThat(state.errorCode()).as("%s", state).isEqualTo(4);
        assertThat(state.playable()).isFalse();
    }
}
