package io.vigint.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
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
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Gemini whether a window of frames shows a security incident: {@code POST
 * {base}/v1beta/models/{model}:generateContent} with the window as ONE video clip ({@code inline_data}
 * with the clip's media type, {@code video/mp4} for MP4 clips) followed by the text prompt, as the original
 * system sent its MP4s; the screening model for screening and the confirmation model for confirmation. The
 * clip comes from the injected {@link ClipEncoder} (whatever format it writes). A clip larger than {@link
 * #DEFAULT_MAX_CLIP_BYTES} (the request must stay under Gemini's 20 MB inline limit, and base64 adds a
 * third) is made again from every other frame, halving until it fits; if no clip can be made (no frame
 * decodes, the encoder fails, or even one frame is too large), the frames go as inline images instead (at
 * most {@link GeminiSettings#maxFrames()}, evenly sampled, the newest always included). The answer is read
 * by {@link GeminiAnswer} in the documented {@code GenerateContentResponse} shape.
 *
 * <p>The API key travels in the {@code x-goog-api-key} header, never in the URL, and appears in no message
 * or log. Failures: no connection, no answer within the timeout, or HTTP 429, 500, 503 or 504 from Gemini
 * (overloaded, quota, or a passing fault: worth trying again later) is {@code ANALYZER_UNAVAILABLE} (503);
 * another error status, a blocked prompt, a refusal, or an answer that is not the JSON asked for is {@code
 * ANALYZER_FAILED} (502). Thread-safe.
 */
public final class GeminiAnalyzer implements IncidentAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(GeminiAnalyzer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The largest clip sent inline: 14 MiB, 18.7 MiB once in base64, which leaves room for the prompt under
     * the 20 MB that Gemini accepts for a whole inline request.
     */
    public static final int DEFAULT_MAX_CLIP_BYTES = 14 * 1024 * 1024;

    /** The HTTP statuses with which Gemini says "not now" (quota, overload, a passing fault or timeout). */
    private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(429, 500, 503, 504);

    private final GeminiSettings settings;
    private final ClipEncoder clips;
    private final int maxClipBytes;
    private final HttpClient http;

    /** An analyzer sending clips made by {@code clips}, of at most {@link #DEFAULT_MAX_CLIP_BYTES}. */
    public GeminiAnalyzer(GeminiSettings settings, ClipEncoder clips) {
        this(settings, clips, DEFAULT_MAX_CLIP_BYTES);
    }

    GeminiAnalyzer(GeminiSettings settings, ClipEncoder clips, int maxClipBytes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clips = Objects.requireNonNull(clips, "clips");
        if (maxClipBytes < 1) {
            throw new IllegalArgumentException("maxClipBytes must be positive");
        }
        this.maxClipBytes = maxClipBytes;
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
        byte[] body = clip(frames)
                .map(clip -> videoRequest(stage, clip))
                .orElseGet(() -> imageRequest(stage, sample(frames, settings.maxFrames())));
        HttpRequest request = HttpRequest.newBuilder(endpoint(model))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("x-goog-api-key", settings.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
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
            int status = response.statusCode();
            LOG.warn("Gemini ({} for {}) answered HTTP {}", model, stage, status);
            throw new VigintException(
                    UNAVAILABLE_STATUSES.contains(status)
                            ? CoreErrorCode.ANALYZER_UNAVAILABLE
                            : CoreErrorCode.ANALYZER_FAILED,
                    "Gemini answered with HTTP status " + status,
                    Map.of("analyzer", "gemini", "upstream_status", status));
        }
        try {
            GeminiAnswer.Reply reply = GeminiAnswer.read(response.body());
            GeminiAnswer.Usage usage = reply.usage();
            LOG.debug(
                    "Gemini ({} for {}) answered: {} prompt token(s), {} answer token(s), {} in all",
                    model,
                    stage,
                    usage.promptTokens(),
                    usage.candidatesTokens(),
                    usage.totalTokens());
            return reply.assessment();
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

    /** A window's clip as sent: its bytes, its format, and the frames it was made of. */
    record Clip(byte[] data, ClipFormat format, List<Frame> frames) {}

    /**
     * The clip of {@code frames} of at most {@code maxClipBytes}: made of every frame, else of every other
     * frame (the newest kept), and so on; empty if the encoder makes none, fails, or one frame is too large.
     */
    Optional<Clip> clip(List<Frame> frames) {
        List<Frame> kept = frames;
        while (true) {
            Optional<byte[]> encoded;
            try {
                encoded = clips.encode(kept, ClipEncoder.DEFAULT_MAX_DECODE_PIXELS);
            } catch (RuntimeException e) {
                LOG.warn(
                        "No clip for Gemini ({}): sending images instead",
                        e.getClass().getSimpleName());
                return Optional.empty();
            }
            if (encoded.isEmpty()) {
                LOG.warn("No clip for Gemini (no frame decodes): sending images instead");
                return Optional.empty();
            }
            if (encoded.get().length <= maxClipBytes) {
                return Optional.of(new Clip(encoded.get(), clips.format(), kept));
            }
            if (kept.size() == 1) {
                LOG.warn(
                        "No clip for Gemini: one frame makes {} bytes, over {}; sending images instead",
                        encoded.get().length,
                        maxClipBytes);
                return Optional.empty();
            }
            kept = everyOther(kept);
        }
    }

    /** Every other frame, counted back from the newest (which is kept): {@code ceil(n / 2)} frames. */
    static List<Frame> everyOther(List<Frame> frames) {
        List<Frame> kept = new ArrayList<>((frames.size() + 1) / 2);
        for (int i = (frames.size() - 1) % 2; i < frames.size(); i += 2) {
            kept.add(frames.get(i));
        }
        return kept;
    }

    /**
     * The media type Gemini is told for a clip: {@code video/mp4} for MP4; for AVI, {@code video/avi}, the
     * name Gemini's list of supported video types gives it (the clip is served as {@code video/x-msvideo}).
     */
    static String geminiMediaType(ClipFormat format) {
        return format == ClipFormat.AVI ? "video/avi" : format.mediaType();
    }

    private byte[] videoRequest(AnalysisStage stage, Clip clip) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode parts = userParts(body);
        ObjectNode inline = parts.addObject().putObject("inline_data");
        inline.put("mime_type", geminiMediaType(clip.format()));
        inline.put("data", Base64.getEncoder().encodeToString(clip.data()));
        parts.addObject().put("text", GeminiPrompt.forVideo(stage, clip.frames()));
        return written(body);
    }

    private byte[] imageRequest(AnalysisStage stage, List<Frame> frames) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode parts = userParts(body);
        parts.addObject().put("text", GeminiPrompt.forStage(stage, frames));
        Base64.Encoder base64 = Base64.getEncoder();
        for (Frame frame : frames) {
            ObjectNode inline = parts.addObject().putObject("inline_data");
            inline.put("mime_type", frame.format().mediaType());
            inline.put("data", base64.encodeToString(frame.data()));
        }
        return written(body);
    }

    private static ArrayNode userParts(ObjectNode body) {
        ObjectNode content = body.putArray("contents").addObject();
        content.put("role", "user");
        return content.putArray("parts");
    }

    private static byte[] written(ObjectNode body) {
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
