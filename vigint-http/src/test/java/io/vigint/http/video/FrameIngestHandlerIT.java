package io.vigint.http.video;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameWindows;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.testing.IngestWiring;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryUsageStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameIngestHandler} on a real server: it answers the canonical {@code POST /api/video/buffer} (raw JPEG and
 * base64 JSON) exactly as Jersey answers the same request under a spelling it does not take ({@code
 * ?frame_count=1}, a {@code Content-Type} with a charset), for a frame, a wrong key, a bad image and the ingest
 * limit; it meters the same counts; and it leaves every other spelling, idempotent requests and oversized frames to
 * Jersey.
 */
class FrameIngestHandlerIT {
    private static final UsagePeriod JANUARY = UsagePeriod.monthOf(TestServer.START);
    /**
     * Headers whose values differ from one answer to the next by nature ({@code Connection: close} follows a body
     * that arrived apart from its headers: BodyFirstHandler, before either path runs).
     */
    private static final Set<String> VARYING =
            Set.of("date", "x-request-id", "content-length", "ratelimit-remaining", "ratelimit-reset", "connection");

    /** Limits the limiter can hold (a byte rate over 1e9/s is not), high enough for these tests. */
    private static final RateLimitSettings LIMITS = limits(60);

    private TestServer server = IngestWiring.start(LIMITS);
    private final byte[] jpeg = TestFrames.jpeg();

    @AfterEach
    void stop() {
        server.close();
    }

    private static RateLimitSettings limits(int burstSeconds) {
        return new RateLimitSettings(
                RateLimitSettings.Backend.LOCAL,
                1_000_000,
                RateLimitSettings.DEFAULT_REDIS_URL,
                RateLimitSettings.DEFAULT_POSTGRES_TABLE,
                Duration.ofSeconds(5),
                1_000_000,
                new IngestLimitSettings(10_000, 100_000_000L, burstSeconds));
    }

    private FrameIngestHandler handler() {
        return server.injector.getInstance(FrameIngestHandler.class);
    }

    private HttpResponse<String> post(String path, String type, byte[] body, String... headers) {
        // The path exactly as written (TestServer.request would resolve "//api" to "/api").
        String base = server.server.uri().toString().replaceAll("/$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", type);
        TestServer.withHeaders(request, headers);
        return server.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] jsonFrame(byte[] image, String extra) {
        return ("{\"frame_data\":\"" + Base64.getEncoder().encodeToString(image) + "\",\"frame_count\":3" + extra + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@code call} and returns its answer with whether the handler (not Jersey) answered it. */
    private Answer run(Supplier<HttpResponse<String>> call) {
        long before = handler().answered();
        HttpResponse<String> response = call.get();
        return new Answer(response, handler().answered() - before == 1);
    }

    private record Answer(HttpResponse<String> response, boolean inFront) {
        int status() {
            return response.statusCode();
        }

        /** The headers but those that vary by nature, names in lower case. */
        Map<String, List<String>> headers() {
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!VARYING.contains(name.toLowerCase())) {
                    headers.put(name.toLowerCase(), values);
                }
            });
            return headers;
        }

        /** The body, without the values that vary by nature. */
        JsonNode body() {
            JsonNode body = json(response);
            if (body instanceof ObjectNode object) {
                object.remove("buffer_size");
                object.remove("timestamp");
            }
            return body;
        }
    }

    private static void assertSameAnswer(Answer front, Answer jersey) {
        assertThat(front.inFront())
                .as("the canonical request is answered in front of Jersey")
                .isTrue();
        assertThat(jersey.inFront()).as("the other spelling is Jersey's").isFalse();
        assertThat(front.status()).as(front.response().body()).isEqualTo(jersey.status());
        assertThat(front.headers()).isEqualTo(jersey.headers());
        assertThat(front.body()).isEqualTo(jersey.body());
        assertThat(front.response().headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void rawAndJsonFramesAreAnsweredAsJerseyAnswersThemBufferedAndCounted() {
        CreatedClient shop = server.createClient("Shop");
        String key = shop.apiKey().plainText();
        ClientId shopId = shop.client().id();

        Answer raw = run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key));
        Answer rawJersey = run(() -> post("/api/video/buffer?frame_count=1", "image/jpeg", jpeg, "X-API-Key", key));
        Answer js = run(() -> post("/api/video/buffer", "application/json", jsonFrame(jpeg, ""), "X-API-Key", key));
        Answer jsJersey = run(() ->
                post("/api/video/buffer", "application/json; charset=utf-8", jsonFrame(jpeg, ""), "X-API-Key", key));

        assertSameAnswer(raw, rawJersey);
        assertSameAnswer(js, jsJersey);
        assertThat(raw.response().headers().firstValue("RateLimit-Limit")).hasValue("600000");
        assertThat(js.response().headers().firstValue("RateLimit-Remaining")).isPresent();
        assertThat(raw.status()).isEqualTo(200);
        assertThat(json(raw.response()).get("status").asText()).isEqualTo("buffered");
        assertThat(json(js.response()).get("frame_count").asLong()).isEqualTo(3);
        assertThat(json(jsJersey.response()).get("buffer_size").asInt()).isEqualTo(4);
        assertThat(server.injector.getInstance(FrameWindows.class).longWindow(shopId, FrameWindows.DEFAULT_SOURCE))
                .hasSize(4)
                .allSatisfy(frame -> assertThat(frame.data()).isEqualTo(jpeg));
        InMemoryUsageStore usage = IngestWiring.usage(server);
        assertThat(usage.ingestByMinute(shopId, JANUARY, 10))
                .containsExactly(new IngestUsage(shopId, "default", TestServer.START, 4, 4L * jpeg.length));
    }

    @Test
    void aWrongKeyIsRefusedAsJerseyRefusesIt() {
        Answer front = run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", "vgt_notAKeyEverIssued"));
        Answer jersey = run(() ->
                post("/api/video/buffer?frame_count=1", "image/jpeg", jpeg, "X-API-Key", "vgt_notAKeyEverIssued"));
        Answer none = run(() -> post("/api/video/buffer", "application/json", jsonFrame(jpeg, "")));
        Answer noneJersey =
                run(() -> post("/api/video/buffer", "application/json; charset=utf-8", jsonFrame(jpeg, "")));

        assertSameAnswer(front, jersey);
        assertSameAnswer(none, noneJersey);
        assertThat(front.status()).isEqualTo(401);
        assertThat(front.response().headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(none.status()).isEqualTo(401);
        assertThat(server.injector.getInstance(FrameBuffers.class).stats().frames())
                .isZero();
    }

    @Test
    void aBadImageIsRefusedAsJerseyRefusesItAndNotCounted() {
        CreatedClient shop = server.createClient("Shop");
        String key = shop.apiKey().plainText();
        byte[] garbage = "certainly not a JPEG image".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);

        assertSameAnswer(
                run(() -> post("/api/video/buffer", "image/jpeg", garbage, "X-API-Key", key)),
                run(() -> post("/api/video/buffer?frame_count=1", "image/jpeg", garbage, "X-API-Key", key)));
        Answer front =
                run(() -> post("/api/video/buffer", "application/json", jsonFrame(truncated, ""), "X-API-Key", key));
        assertSameAnswer(
                front,
                run(() -> post(
                        "/api/video/buffer",
                        "application/json; charset=utf-8",
                        jsonFrame(truncated, ""),
                        "X-API-Key",
                        key)));
        assertThat(front.status()).isEqualTo(400);
        assertThat(json(front.response()).at("/error/code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(IngestWiring.usage(server).ingestByMinute(shop.client().id(), JANUARY, 10))
                .isEmpty();
    }

    @Test
    void overTheIngestLimitTheAnswerIsJerseys429WithItsHeaders() {
        server.close();
        server = IngestWiring.start(limits(1));
        CreatedClient shop = server.createClient("Shop");
        String key = shop.apiKey().plainText();
        server.core.clientSettings().setIngestLimits(shop.client().id(), 1, null);

        Answer first = run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key));
        Answer refused = run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key));
        Answer refusedJersey = run(() -> post("/api/video/buffer?frame_count=1", "image/jpeg", jpeg, "X-API-Key", key));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.inFront()).isTrue();
        assertThat(first.response().headers().firstValue("RateLimit-Limit")).hasValue("1");
        assertSameAnswer(refused, refusedJersey);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(json(refused.response()).at("/error/details/limit_name").asText())
                .isEqualTo("frames_per_second_per_source");
        assertThat(refused.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.response().headers().firstValue("RateLimit-Remaining"))
                .hasValue("0");
        assertThat(IngestWiring.usage(server).ingestByMinute(shop.client().id(), JANUARY, 10))
                .containsExactly(new IngestUsage(shop.client().id(), "default", TestServer.START, 1, jpeg.length));
    }

    @Test
    void otherSpellingsIdempotentRequestsAndOversizedFramesAreLeftToJersey() {
        CreatedClient shop = server.createClient("Shop");
        String key = shop.apiKey().plainText();

        for (String path : List.of(
                "/api/video/buffer/",
                "//api/video/buffer",
                "/api;x/video/buffer",
                "/api/video/%62uffer",
                "/api/video//buffer")) {
            Answer answer = run(() -> post(path, "image/jpeg", jpeg, "X-API-Key", key));
            assertThat(answer.inFront()).as(path).isFalse();
        }
        Answer wrongKeyVariant =
                run(() -> post("/api;x/video/buffer", "image/jpeg", jpeg, "X-API-Key", "vgt_notAKeyEverIssued"));
        assertThat(wrongKeyVariant.status())
                .as("Jersey still authenticates every spelling")
                .isEqualTo(401);

        Answer first =
                run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key, "Idempotency-Key", "k1"));
        Answer replay =
                run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key, "Idempotency-Key", "k1"));
        assertThat(first.inFront()).isFalse();
        assertThat(replay.inFront()).isFalse();
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.response().headers().firstValue("Idempotent-Replayed"))
                .hasValue("true");

        int max = server.injector
                .getInstance(io.vigint.core.video.IngestFrameUseCase.class)
                .maxFrameBytes();
        byte[] oversized = java.util.Arrays.copyOf(jpeg, max + 1);
        Answer tooLarge = run(() -> post("/api/video/buffer", "image/jpeg", oversized, "X-API-Key", key));
        assertThat(tooLarge.inFront()).isFalse();
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(json(tooLarge.response()).at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

        Answer badJson = run(() -> post(
                "/api/video/buffer",
                "application/json",
                "{\"frame_data\": 12,".getBytes(StandardCharsets.UTF_8),
                "X-API-Key",
                key));
        assertThat(badJson.inFront()).as("a body Jersey must judge").isFalse();
        assertThat(badJson.status()).isEqualTo(400);
    }

    @Test
    void whenTheCountCannotBeMadeDurableTheAnswerIsJerseys503() {
        server.close();
        server = TestServer.start(
                io.vigint.http.HttpSettings.defaults(),
                LIMITS,
                new VideoHttpModule(),
                new io.vigint.http.metering.MeteringHttpModule(),
                new com.google.inject.AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(io.vigint.core.usage.PriceList.class)
                                .toInstance(io.vigint.core.usage.PriceList.defaults());
                        bind(io.vigint.core.video.ImageProbe.class).toInstance(new io.vigint.media.ImageIoProbe());
                    }

                    @com.google.inject.Provides
                    @com.google.inject.Singleton
                    InMemoryUsageStore usageStore(io.vigint.core.idempotency.IdempotencyStore storage) {
                        return new InMemoryUsageStore((io.vigint.core.client.ClientStore) storage);
                    }

                    @com.google.inject.Provides
                    io.vigint.core.usage.UsageSink sink(InMemoryUsageStore store) {
                        return new io.vigint.core.usage.UsageSink() {
                            @Override
                            public void record(io.vigint.core.usage.UsageRecord record) {
                                store.record(record);
                            }

                            @Override
                            public void recordIngest(IngestUsage usage) {
                                throw new io.vigint.core.error.VigintException(
                                        io.vigint.core.error.CoreErrorCode.STORAGE_UNAVAILABLE,
                                        "the database is away (jdbc:secret)");
                            }
                        };
                    }

                    @com.google.inject.Provides
                    io.vigint.core.usage.UsageReportUseCase report(InMemoryUsageStore store) {
                        return new io.vigint.core.usage.UsageReportService(store);
                    }
                });
        CreatedClient shop = server.createClient("Shop");
        String key = shop.apiKey().plainText();

        Answer front = run(() -> post("/api/video/buffer", "image/jpeg", jpeg, "X-API-Key", key));
        Answer jersey = run(() -> post("/api/video/buffer?frame_count=1", "image/jpeg", jpeg, "X-API-Key", key));

        assertSameAnswer(front, jersey);
        assertThat(front.status()).isEqualTo(503);
        assertThat(json(front.response()).at("/error/code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(front.response().body()).doesNotContain("jdbc:secret");
    }
}
