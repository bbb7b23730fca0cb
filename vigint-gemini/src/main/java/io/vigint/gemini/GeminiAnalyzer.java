package io.vigint.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.Frame;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Gemini whether frames show a security incident: {@code POST
 * {base}/v1beta/models/{model}:generateContent} with a prompt and the frames as inline images (at most
 * {@link GeminiSettings#maxFrames()}, evenly sampled, the newest always included), the screening model for
 * screening and the confirmation model for confirmation. The answer's text is parsed by {@link
 * GeminiAnswer}, fenced or not.
 *
 * <p>The API key travels in the {@code x-goog-api-key} header, never in the URL, and appears in no message
 * or log. Failures: no connection or no answer within the timeout is {@code ANALYZER_UNAVAILABLE} (503);
 * an error status from Gemini, a refusal, or an answer that is not the JSON asked for is {@code
 * ANALYZER_FAILED} (502). Thread-safe.
 */
public final class GeminiAnalyzer implements IncidentAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(GeminiAnalyzer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeminiSettings settings;
    private final HttpClient http;

    public GeminiAnalyzer(GeminiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Assessment assess(AnalysisStage stage, List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to assess");
        }
        String model = stage == AnalysisStage.SCREENING ? settings.screeningModel() : settings.confirmationModel();
        List<Frame> sent = sample(frames, settings.maxFrames());
        HttpRequest request = HttpRequest.newBuilder(endpoint(model))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("x-goog-api-key", settings.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody(stage, sent)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            LOG.warn("Gemini ({} for {}) did not answer within {}", model, stage, settings.timeout());
            throw unavailable(
                    "Gemini did not answer within " + settings.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            LOG.warn(
                    "Gemini ({} for {}) cannot be reached: {}",
                    model,
                    stage,
                    e.getClass().getSimpleName());
            throw unavailable("Gemini cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("The call to Gemini was interrupted", e);
        }
        if (response.statusCode() != 200) {
            LOG.warn("Gemini ({} for {}) answered HTTP {}", model, stage, response.statusCode());
            throw new VigintException(
                    CoreErrorCode.ANALYZER_FAILED,
                    "Gemini answered with HTTP status " + response.statusCode(),
                    Map.of("analyzer", "gemini", "upstream_status", response.statusCode()));
        }
        try {
            return GeminiAnswer.parse(response.body());
        } catch (VigintException e) {
            LOG.warn("Gemini ({} for {}) gave an unusable answer: {}", model, stage, e.getMessage());
            throw e;
        }
    }

    private URI endpoint(String model) {
        String base = settings.baseUrl().toString();
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + "/v1beta/models/" + model + ":generateContent");
    }

    private static VigintException unavailable(String message, Exception cause) {
        return new VigintException(CoreErrorCode.ANALYZER_UNAVAILABLE, message, Map.of("analyzer", "gemini"), cause);
    }

    /** At most {@code max} frames, evenly spread, keeping the first and the last. */
    static List<Frame> sample(List<Frame> frames, int max) {
        if (frames.size() <= max) {
            return frames;
        }
        if (max == 1) {
            return List.of(frames.get(frames.size() - 1));
        }
        List<Frame> chosen = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            chosen.add(frames.get((int) Math.round((double) i * (frames.size() - 1) / (max - 1))));
        }
        return chosen;
    }

    private byte[] requestBody(AnalysisStage stage, List<Frame> frames) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode content = body.putArray("contents").addObject();
        content.put("role", "user");
        ArrayNode parts = content.putArray("parts");
        parts.addObject().put("text", GeminiPrompt.forStage(stage, frames));
        Base64.Encoder base64 = Base64.getEncoder();
        for (Frame frame : frames) {
            ObjectNode inline = parts.addObject().putObject("inline_data");
            inline.put("mime_type", frame.format().mediaType());
            inline.put("data", base64.encodeToString(frame.data()));
        }
        ObjectNode generation = body.putObject("generation_config");
        generation.put("response_mime_type", "application/json");
        generation.put("temperature", 0);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a Gemini request", e);
        }
    }
}
