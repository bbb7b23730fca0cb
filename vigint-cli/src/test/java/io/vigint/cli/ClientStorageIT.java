package io.vigint.cli;

import static io.vigint.cli.OriginalClientRequests.dict;
import static io.vigint.cli.OriginalClientRequests.dumps;
import static io.vigint.cli.OriginalClientRequests.error;
import static io.vigint.cli.OriginalClientRequests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.clip.ClipService;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.testing.TestFrames;
import io.vigint.testsupport.Ffmpeg;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/storage/status} and {@code POST /api/storage/cleanup} on {@code vigint serve}'s wiring, with
 * the requests {@code api_client.py}'s {@code get_storage_status} and {@code cleanup_storage} send: each client
 * sees and cleans its own alert clips, created videos and hosted clips, against its own quota, never another
 * client's files. The quota is a little more than three of the test's recordings; the clock is the test's.
 */
class ClientStorageIT {
    @TempDir
    Path cwd;

    @TempDir
    Path recordings;

    private final MutableClock clock = new MutableClock(Instant.now());
    private ServedVigint served;
    private OriginalClientRequests original;
    private CreatedClient acme;
    private CreatedClient other;
    private byte[] recording;
    private long quota;

    @BeforeEach
    void start() throws Exception {
        recording = Files.readAllBytes(
                Ffmpeg.testPattern(recordings.resolve("r.mp4"), Ffmpeg.Codec.H264_BASELINE, 320, 240, 10, 2));
        quota = 3L * recording.length + recording.length / 10;
        served = ServedVigint.startOnClock(
                cwd, Map.of("VIGINT_STORAGE_CLIENT_QUOTA_BYTES", Long.toString(quota)), clock);
        original = new OriginalClientRequests(served.server().uri());
        acme = served.createClient("Acme");
        other = served.createClient("Other");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    /** {@code get_storage_status()}: the session's GET (its JSON content type, no body). */
    private JsonNode status(CreatedClient client) throws Exception {
        return ok(original.session("GET", "api/storage/status", client.apiKey().plainText(), null));
    }

    /** {@code cleanup_storage(max_age_hours)}: {@code {}} when None or 0, else {@code {"max_age_hours": n}}. */
    private JsonNode cleanup(CreatedClient client, Map<String, Object> body) throws Exception {
        return ok(
                original.session("POST", "api/storage/cleanup", client.apiKey().plainText(), dumps(body)));
    }

    private JsonNode host(CreatedClient client, String videoId) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("metadata", dumps(dict("video_id", videoId)));
        fields.put("expiration_hours", "720");
        return ok(original.multipartUpload(
                fields,
                "v.mp4",
                recording,
                "Authorization",
                "Bearer " + client.apiKey().plainText()));
    }

    private long create(CreatedClient client) throws Exception {
        String frames = Base64.getEncoder().encodeToString(TestFrames.jpeg(160, 120, 20));
        return ok(original.session(
                        "POST",
                        "api/video/create",
                        client.apiKey().plainText(),
                        dumps(dict("frames", List.of(frames, frames), "output_filename", "o.mp4"))))
                .get("size")
                .asLong();
    }

    @Test
    void eachClientSeesAndCleansItsOwnFilesByAgeAndNoOneElses() throws Exception {
        byte[] clip = {0, 0, 0, 8, 'f', 't', 'y', 'p'};
        served.injector().getInstance(ClipService.class).store(acme.client().id(), clip);
        host(acme, "a-1");
        long created = create(acme);
        long othersCreated = create(other);
        host(other, "o-1");

        JsonNode mine = status(acme);
        assertThat(mine.at("/temp_files/tracked").asInt()).isEqualTo(3);
        assertThat(mine.at("/temp_files/existing").asInt()).isEqualTo(3);
        long used = clip.length + recording.length + created;
        assertThat(mine.at("/temp_files/total_size_mb").asDouble()).isCloseTo(used / 1048576.0, within(1e-9));
        assertThat(mine.get("used_bytes").asLong()).isEqualTo(used);
        assertThat(mine.at("/clips/count").asInt()).isEqualTo(1);
        assertThat(mine.at("/created_videos/bytes").asLong()).isEqualTo(created);
        assertThat(mine.at("/hosted_videos/count").asInt()).isEqualTo(1);
        assertThat(mine.get("status").asText()).isEqualTo("healthy");
        assertThat(mine.at("/disk_info/available").asBoolean()).isTrue();
        assertThat(mine.at("/disk_info/total_gb").asDouble()).isCloseTo(quota / 1073741824.0, within(1e-12));
        assertThat(mine.at("/disk_info/used_gb").asDouble()).isCloseTo(used / 1073741824.0, within(1e-12));
        assertThat(mine.at("/disk_info/free_gb").asDouble()).isCloseTo((quota - used) / 1073741824.0, within(1e-12));
        assertThat(mine.at("/disk_info/path").asText())
                .isEqualTo("client/" + acme.client().id().value());
        assertThat(mine.toString()).doesNotContain(cwd.toString()).doesNotContain("vigint-data");
        assertThat(status(other).get("used_bytes").asLong()).isEqualTo(othersCreated + recording.length);

        // cleanup_storage(): {} is type old, 24 h: everything is fresh, nothing goes
        JsonNode none = cleanup(acme, Map.of());
        assertThat(none.get("cleanup_type").asText()).isEqualTo("old");
        assertThat(none.at("/cleanup_result/cleaned").asInt()).isZero();
        assertThat(none.at("/cleanup_result/total").asInt()).isZero();
        assertThat(none.at("/cleanup_result/failed").asInt()).isZero();
        assertThat(none.at("/disk_info_after/available").asBoolean()).isTrue();

        // Two hours on, the created video has expired (1 h): an old-cleanup of 24 h takes it and nothing else.
        clock.advance(Duration.ofHours(2));
        JsonNode expired = cleanup(acme, dict("max_age_hours", 24));
        assertThat(expired.at("/cleanup_result/cleaned").asInt()).isEqualTo(1);
        assertThat(expired.at("/cleanup_result/bytes_freed").asLong()).isEqualTo(created);
        assertThat(expired.at("/storage/temp_files/tracked").asInt()).isEqualTo(2);

        // cleanup_storage(1): files at least an hour old, so the rest of acme's; the other client's stay.
        JsonNode old = cleanup(acme, dict("max_age_hours", 1));
        assertThat(old.at("/cleanup_result/cleaned").asInt()).isEqualTo(2);
        assertThat(old.at("/storage/used_bytes").asLong()).isZero();
        assertThat(status(other).get("used_bytes").asLong()).isEqualTo(othersCreated + recording.length);
        assertThat(served.videoFiles()).hasSize(4); // the other client's two video files and their .meta records

        JsonNode all = cleanup(other, dict("type", "all"));
        assertThat(all.get("cleanup_type").asText()).isEqualTo("all");
        assertThat(all.at("/cleanup_result/cleaned").asInt()).isEqualTo(2);
        assertThat(served.videoFiles()).isEmpty();

        HttpResponse<byte[]> badType = original.session(
                "POST", "api/storage/cleanup", acme.apiKey().plainText(), dumps(dict("type", "everything")));
        assertThat(error(badType, 400).at("/details/field").asText()).isEqualTo("type");
        HttpResponse<byte[]> negative = original.session(
                "POST", "api/storage/cleanup", acme.apiKey().plainText(), dumps(dict("max_age_hours", -1)));
        assertThat(error(negative, 400).at("/details/field").asText()).isEqualTo("max_age_hours");
        assertThat(error(original.session("GET", "api/storage/status", null, null), 401)
                        .get("code")
                        .asText())
                .isEqualTo("API_KEY_REQUIRED");
    }

    @Test
    void theQuotaRefusesMoreAndAMonitorCleanupEmptiesAClientThatFilledIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            host(acme, "v-" + i);
        }
        host(other, "o");
        JsonNode full = status(acme);
        assertThat(full.get("status").asText()).isEqualTo("low_space");
        assertThat(full.at("/disk_info/available").asBoolean()).isFalse();

        Map<String, String> fields = Map.of("metadata", dumps(dict("video_id", "one-more")));
        JsonNode refused = error(
                original.multipartUpload(
                        fields, "v.mp4", recording, "X-API-Key", acme.apiKey().plainText()),
                413);
        assertThat(refused.get("code").asText()).isEqualTo("STORAGE_QUOTA_EXCEEDED");
        assertThat(refused.at("/details/quota_bytes").asLong()).isEqualTo(quota);
        assertThat(status(acme).at("/hosted_videos/count").asInt()).isEqualTo(3);

        JsonNode relaxed = cleanup(other, dict("type", "monitor"));
        assertThat(relaxed.at("/cleanup_result/status").asText()).isEqualTo("ok");
        assertThat(relaxed.at("/cleanup_result/cleaned").asInt()).isZero();

        JsonNode emptied = cleanup(acme, dict("type", "monitor"));
        assertThat(emptied.get("cleanup_type").asText()).isEqualTo("monitor");
        assertThat(emptied.at("/cleanup_result/status").asText()).isEqualTo("emergency_cleanup");
        assertThat(emptied.at("/cleanup_result/cleaned").asInt()).isEqualTo(3);
        assertThat(emptied.at("/disk_info_after/available").asBoolean()).isTrue();
        assertThat(status(other).at("/hosted_videos/count").asInt()).isEqualTo(1);
        host(acme, "after");
    }
}
