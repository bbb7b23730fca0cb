package io.vigint.http.ratelimit;

import io.vigint.core.client.CreatedClient;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

/** The frame-ingest requests the rate-limit tests send to a running {@link TestServer}. */
final class IngestCalls {
    /** The default rates with bursts of 5 s instead of 20 s, so that a test spends a bucket in a few frames. */
    static final RateLimitSettings FIVE_SECOND_BURSTS =
            RateLimitSettings.defaults().withIngest(new IngestLimitSettings(30, 8L * 1024 * 1024, 5));

    private final TestServer server;

    IngestCalls(TestServer server) {
        this.server = server;
    }

    static String key(CreatedClient client) {
        return client.apiKey().plainText();
    }

    /** The value of header {@code name}, which must be there. */
    static long header(HttpResponse<String> response, String name) {
        return Long.parseLong(response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " header: " + response.headers().map())));
    }

    /** One frame of {@code source} as JSON, to the multi-source route. */
    HttpResponse<String> frame(CreatedClient client, String source, byte[] jpeg) {
        return server.postJson(
                "/api/video/multi-source/buffer",
                "{\"frame_data\":\"" + Base64.getEncoder().encodeToString(jpeg) + "\",\"frame_count\":1,"
                        + "\"source_id\":\"" + source + "\"}",
                "X-API-Key",
                key(client));
    }

    /** One frame of {@code source} as a raw JPEG body, to the single-frame route. */
    HttpResponse<String> rawFrame(CreatedClient client, String source, byte[] jpeg) {
        return server.send(server.request("/api/video/buffer?source_id=" + source)
                .header("Content-Type", "image/jpeg")
                .header("X-API-Key", key(client))
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build());
    }

    /** Sends frames of {@code source} until one is refused (at most {@code max}); returns the refusal. */
    HttpResponse<String> floodUntilRefused(CreatedClient client, String source, byte[] jpeg, int max) {
        for (int i = 0; i < max; i++) {
            HttpResponse<String> response = frame(client, source, jpeg);
            if (response.statusCode() != 200) {
                return response;
            }
        }
        throw new AssertionError(max + " frames of " + source + " in a row were all accepted");
    }
}
