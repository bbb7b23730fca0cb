package io.vigint.http.alert;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.FetchClipUseCase;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.clip.VideoLinkSigner;
import io.vigint.core.port.RandomSource;
import io.vigint.files.FileClipStore;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.TestServer;
import io.vigint.security.HmacSha256;
import io.vigint.testsupport.Browser;
import io.vigint.testsupport.BrowserExtension;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.VideoElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clip link's byte ranges (RFC 9110 §14) through a real server and a real file store: one range is 206
 * with its part, a range past the end is 416 with the error envelope, anything else is the whole clip, and
 * hostile headers never get a 500. A real Chromium plays and seeks an MP4 served by the link.
 */
class VideoClipRangeIT {
    private static final int LENGTH = 300_000;

    @TempDir
    Path dataDir;

    private TestServer server;
    private ClipService clips;
    private ClientId client;

    @BeforeEach
    void start() {
        server = TestServer.start(HttpSettings.defaults(), new ClipModule());
        clips = server.injector.getInstance(ClipService.class);
        client = server.createClient("Acme").client().id();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private final class ClipModule extends AbstractModule {
        @Override
        protected void configure() {
            HttpModule.addRecordResources(binder(), VideoClipResource.class);
        }

        @Provides
        @Singleton
        ClipService clips(Clock clock) {
            return new ClipService(
                    new FileClipStore(dataDir.resolve("clips")),
                    new VideoLinkSigner(HmacSha256.derived(new byte[32], VideoLinkSigner.KEY_PURPOSE)),
                    clock,
                    RandomSource.secure(),
                    Duration.ofHours(48),
                    Duration.ofHours(72),
                    "http://vigint.test");
        }

        @Provides
        FetchClipUseCase fetch(ClipService clips) {
            return clips;
        }
    }

    /** {@link #LENGTH} bytes that sniff as MP4 ({@code ftyp} at offset 4), the rest seeded noise. */
    private static byte[] mp4Like() {
        byte[] bytes = new byte[LENGTH];
        new Random(11).nextBytes(bytes);
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'}, 0, bytes, 0, 8);
        return bytes;
    }

    /** The stored clip's link, as a path and query on the test server. */
    private String link(byte[] video) {
        StoredClip clip = clips.store(client, video);
        URI uri = URI.create(clips.link(clip).url());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send(TestServer.withHeaders(server.request(pathAndQuery), headers)
                .GET()
                .build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return server.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void theWholeClipSaysItAcceptsByteRanges() {
        byte[] video = mp4Like();
        String link = link(video);

        HttpResponse<byte[]> whole = get(link);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(header(whole, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(whole, "Content-Type")).isEqualTo("video/mp4");
        assertThat(header(whole, "Content-Length")).isEqualTo(Integer.toString(LENGTH));
        assertThat(header(whole, "ETag")).matches("\"[A-Za-z0-9_-]{22}-300000\"");
        assertThat(header(whole, "Content-Range")).isNull();
        assertThat(header(whole, "Cache-Control")).contains("no-store");
    }

    @Test
    void oneRangeInEachFormIsAPartialAnswerWithItsBytes() {
        byte[] video = mp4Like();
        String link = link(video);
        record Asked(String range, int first, int last) {}

        for (Asked asked : List.of(
                new Asked("bytes=0-99", 0, 99),
                new Asked("bytes=0-0", 0, 0),
                new Asked("bytes=150000-150009", 150_000, 150_009),
                new Asked("bytes=299990-", 299_990, 299_999),
                new Asked("bytes=-10", 299_990, 299_999),
                new Asked("bytes=299999-999999999", 299_999, 299_999),
                new Asked("bytes=-999999", 0, 299_999),
                new Asked("BYTES=5-6", 5, 6))) {
            HttpResponse<byte[]> part = get(link, "Range", asked.range());

            assertThat(part.statusCode()).as(asked.range()).isEqualTo(206);
            assertThat(header(part, "Content-Range"))
                    .as(asked.range())
                    .isEqualTo("bytes " + asked.first() + "-" + asked.last() + "/" + LENGTH);
            assertThat(header(part, "Content-Length")).isEqualTo(Integer.toString(asked.last() - asked.first() + 1));
            assertThat(header(part, "Content-Type")).isEqualTo("video/mp4");
            assertThat(header(part, "Accept-Ranges")).isEqualTo("bytes");
            assertThat(part.body())
                    .as(asked.range())
                    .isEqualTo(Arrays.copyOfRange(video, asked.first(), asked.last() + 1));
        }
    }

    @Test
    void aRangePastTheEndIs416WithTheLengthAndTheErrorEnvelope() {
        String link = link(mp4Like());

        for (String range :
                List.of("bytes=300000-", "bytes=300000-300001", "bytes=-0", "bytes=99999999999999999999-")) {
            HttpResponse<byte[]> refused = get(link, "Range", range);

            assertThat(refused.statusCode()).as(range).isEqualTo(416);
            assertThat(header(refused, "Content-Range")).isEqualTo("bytes */300000");
            assertThat(header(refused, "Content-Type")).startsWith("application/json");
            assertMatchesFixture("error-range-not-satisfiable", new String(refused.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void severalMalformedOrBackwardRangesGetTheWholeClip() {
        byte[] video = mp4Like();
        String link = link(video);

        for (String range : List.of(
                "bytes=0-1,5-6", "bytes=0-1, 400000-", "bytes=5-1", "bytes=x-y", "bytes=", "items=0-1", "0-1")) {
            HttpResponse<byte[]> whole = get(link, "Range", range);

            assertThat(whole.statusCode()).as(range).isEqualTo(200);
            assertThat(header(whole, "Content-Range")).isNull();
            assertThat(whole.body()).isEqualTo(video);
        }
    }

    @Test
    void hostileRangesNeverGetA500() {
        String link = link(mp4Like());
        List<String> hostile = new ArrayList<>(List.of(
                "bytes=-1-2",
                "bytes=--1",
                "bytes=-9223372036854775808",
                "bytes=9223372036854775807-9223372036854775807",
                "bytes=9223372036854775808-9223372036854775809",
                "bytes=0-18446744073709551616",
                "bytes=" + "9".repeat(5000) + "-",
                "bytes=0-" + "9".repeat(5000),
                "bytes=-" + "9".repeat(5000),
                "bytes=1e3-2e3",
                "bytes=0x0-0xff",
                "bytes=0-1" + ",0-1".repeat(500),
                "bytes==0-1",
                "bytes 0-1",
                "=",
                "-"));
        for (String range : hostile) {
            HttpResponse<byte[]> answer = get(link, "Range", range);

            assertThat(answer.statusCode()).as(range).isIn(200, 206, 416);
            if (answer.statusCode() == 206) {
                assertThat(Long.parseLong(header(answer, "Content-Length")))
                        .isEqualTo(answer.body().length)
                        .isPositive();
            }
        }
    }

    @Test
    void ifRangeKeepsTheRangeOnlyWhileTheETagMatches() {
        byte[] video = mp4Like();
        String link = link(video);
        String etag = header(get(link, "Range", "bytes=0-0"), "ETag");

        HttpResponse<byte[]> same = get(link, "Range", "bytes=10-19", "If-Range", etag);
        HttpResponse<byte[]> other = get(link, "Range", "bytes=10-19", "If-Range", "\"something-else\"");
        HttpResponse<byte[]> weak = get(link, "Range", "bytes=10-19", "If-Range", "W/" + etag);
        HttpResponse<byte[]> date = get(link, "Range", "bytes=10-19", "If-Range", "Thu, 01 Jan 2026 00:00:00 GMT");

        assertThat(same.statusCode()).isEqualTo(206);
        assertThat(same.body()).isEqualTo(Arrays.copyOfRange(video, 10, 20));
        for (HttpResponse<byte[]> whole : List.of(other, weak, date)) {
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(video);
        }
    }

    @Test
    void headDescribesTheWholeClipEvenWithARange() {
        String link = link(mp4Like());

        for (String range : List.of("bytes=0-9", "bytes=400000-")) {
            HttpResponse<byte[]> head = send(server.request(link)
                    .header("Range", range)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(header(head, "Accept-Ranges")).isEqualTo("bytes");
            assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(LENGTH));
            assertThat(header(head, "ETag")).isNotNull();
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void theTokenIsCheckedBeforeTheRange() {
        String link = link(mp4Like());

        HttpResponse<byte[]> forged = get(link.replace("token=", "token=9"), "Range", "bytes=400000-");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(header(forged, "Content-Range")).isNull();
    }

    /** What a browser does with the link: plays it, and seeks in it through range requests. */
    @Nested
    @ExtendWith(BrowserExtension.class)
    class InChromium {
        @Test
        void aServedMp4PlaysAndSeeks(Browser browser) throws IOException {
            Path mp4 = dataDir.resolve("pattern.mp4");
            Ffmpeg.testPattern(mp4, Ffmpeg.Codec.H264_BASELINE, 320, 240, 10, 4, true);
            String url = server.uri(link(Files.readAllBytes(mp4))).toString();

            VideoElement video = browser.video(url);
            VideoElement.State loaded = video.awaitLoaded(Duration.ofSeconds(20));
            VideoElement.State seeked = video.seek(3.0, Duration.ofSeconds(20));

            assertThat(loaded.playable()).as("%s", loaded).isTrue();
            assertThat(loaded.duration()).isCloseTo(4.0, Offset.offset(0.15));
            assertThat(loaded.videoWidth()).isEqualTo(320);
            assertThat(seeked.timedOut()).as("%s", seeked).isFalse();
            assertThat(seeked.currentTime()).as("%s", seeked).isCloseTo(3.0, Offset.offset(0.05));
        }
    }
}
