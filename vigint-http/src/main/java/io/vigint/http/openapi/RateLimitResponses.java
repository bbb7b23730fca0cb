package io.vigint.http.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.vigint.core.usage.PriceList;
import io.vigint.http.auth.AccessRule;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 429 answers of the client routes, with their headers: the per-minute API-call limit ({@value
 * #RATE_LIMITED}) on every client route but frame ingest, whose own limits answer {@value
 * #INGEST_RATE_LIMITED}. {@code details.limit_name} says which limit was hit.
 */
final class RateLimitResponses {
    static final String RATE_LIMITED = "RateLimited";
    static final String INGEST_RATE_LIMITED = "IngestRateLimited";

    private RateLimitResponses() {}

    /** Adds both responses to {@code components}. */
    static Components addTo(Components components) {
        Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
        calls.put(
                RateLimitFilter.REQUESTS_LIMIT,
                refusal(
                        "Rate limit of 60 requests per minute exceeded; retry in 12 s",
                        RateLimitFilter.REQUESTS_LIMIT,
                        60,
                        null,
                        12));
        Map<String, Map<String, Object>> ingest = new LinkedHashMap<>();
        ingest.put(
                IngestLimitSettings.FRAMES_LIMIT,
                refusal(
                        "Ingest limit of 30 frames per second for source door exceeded (frames_per_second_per_source,"
                                + " bursts up to 600); retry in 1 s",
                        IngestLimitSettings.FRAMES_LIMIT,
                        30,
                        600L,
                        1));
        ingest.put(
                IngestLimitSettings.BYTES_LIMIT,
                refusal(
                        "Ingest limit of 8388608 bytes per second of frames exceeded (bytes_per_second, bursts up to"
                                + " 167772160); retry in 1 s",
                        IngestLimitSettings.BYTES_LIMIT,
                        8_388_608,
                        167_772_160L,
                        1));
        return components
                .addResponses(
                        RATE_LIMITED,
                        response(
                                "The client's API calls per minute are spent (limit_name requests_per_minute; frame"
                                        + " ingest does not count). Retry after Retry-After seconds.",
                                calls))
                .addResponses(
                        INGEST_RATE_LIMITED,
                        response(
                                "A frame-ingest limit is spent: frames_per_second_per_source (this source) or"
                                        + " bytes_per_second (all the client's sources); each frame of a batch counts."
                                        + " The API calls per minute are not touched. Retry after Retry-After seconds;"
                                        + " the RateLimit-* headers describe the bucket that refused.",
                                ingest));
    }

    /** The 429 answer of the operation at {@code path} under {@code rule}, if it has one. */
    static Optional<ApiResponse> of(String path, AccessRule rule) {
        if (rule != AccessRule.CLIENT && rule != AccessRule.OPTIONAL_CLIENT) {
            return Optional.empty();
        }
        String name = PriceList.isIngest(path) ? INGEST_RATE_LIMITED : RATE_LIMITED;
        return Optional.of(new ApiResponse().$ref("#/components/responses/" + name));
    }

    private static ApiResponse response(String description, Map<String, Map<String, Object>> examples) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(SharedComponents.ERROR_SCHEMA));
        examples.forEach((name, value) ->
                json.addExamples(name, new Example().summary(name).value(value)));
        return new ApiResponse()
                .description(description)
                .addHeaderObject(RateLimitFilter.RETRY_AFTER_HEADER, header("Seconds until the request can succeed"))
                .addHeaderObject(RateLimitFilter.LIMIT_HEADER, header("The capacity of the bucket that refused"))
                .addHeaderObject(RateLimitFilter.REMAINING_HEADER, header("What is left in it"))
                .addHeaderObject(RateLimitFilter.RESET_HEADER, header("Seconds until it is full again"))
                .content(new Content().addMediaType("application/json", json));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new IntegerSchema());
    }

    private static Map<String, Object> refusal(String message, String limitName, long limit, Long burst, long retry) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(RateLimitFilter.LIMIT_NAME_DETAIL, limitName);
        details.put("limit", limit);
        if (burst != null) {
            details.put("burst", burst);
        }
        details.put("retry_after_seconds", retry);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "RATE_LIMITED");
        error.put("message", message);
        error.put("details", details);
        return Map.of("error", error, "status", "error");
    }
}
