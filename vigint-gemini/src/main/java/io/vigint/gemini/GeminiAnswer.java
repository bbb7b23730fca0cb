package io.vigint.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.RiskLevel;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code generateContent} response in the shape the Gemini API documents for {@code
 * GenerateContentResponse} (https://ai.google.dev/api/generate-content): {@code candidates[]} (each with
 * {@code content.parts[].text}, {@code finishReason}, {@code safetyRatings[]}, {@code index}), {@code
 * promptFeedback.blockReason} (set, with no candidate, when the prompt was blocked) and {@code
 * usageMetadata} ({@code promptTokenCount}, {@code candidatesTokenCount}, {@code totalTokenCount}).
 *
 * <p>The first candidate's text parts (thought parts left out), joined, with or without a Markdown fence
 * around them, must be the JSON verdict the prompt asks for, and the candidate must have stopped
 * naturally ({@code finishReason} {@code STOP}). Anything else — a blocked prompt, no candidate, a
 * candidate stopped for safety, recitation or length, no text, not the JSON asked for — is {@code
 * ANALYZER_FAILED}; the message says what was wrong, never quoting the model's text at length.
 */
final class GeminiAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z]*\\s*(.*?)\\s*```", Pattern.DOTALL);
    private static final String NATURAL_STOP = "STOP";
    private static final int MAX_TYPE_LENGTH = 64;
    private static final int MAX_ANALYSIS_LENGTH = 2000;
    private static final int MAX_REASON_LENGTH = 40;

    /**
     * What a response said: the verdict and the tokens it cost ({@code -1} where {@code usageMetadata}
     * did not say).
     */
    record Reply(Assessment assessment, Usage usage) {}

    /** {@code usageMetadata}'s token counts; {@code -1} for a count the response left out. */
    record Usage(long promptTokens, long candidatesTokens, long totalTokens) {
        static final Usage UNKNOWN = new Usage(-1, -1, -1);
    }

    private GeminiAnswer() {}

    static Assessment parse(String responseBody) {
        return read(responseBody).assessment();
    }

    static Reply read(String responseBody) {
        JsonNode response = readJson(responseBody, "Gemini's response is not JSON");
        if (!response.isObject()) {
            throw failed("Gemini's response is not a JSON object");
        }
        JsonNode candidates = response.path("candidates");
        if (!candidates.isArray() || candidates.isEmpty()) {
            String blocked = response.path("promptFeedback").path("blockReason").asText("");
            throw failed(
                    blocked.isEmpty()
                            ? "Gemini's response has no candidate answer"
                            : "Gemini declined to analyze the window (" + shorten(blocked, MAX_REASON_LENGTH) + ")");
        }
        JsonNode candidate = candidates.get(0);
        String finish = candidate.path("finishReason").asText("");
        if (!finish.isEmpty() && !NATURAL_STOP.equals(finish)) {
            throw failed("Gemini stopped without a usable answer (" + shorten(finish, MAX_REASON_LENGTH) + ")");
        }
        String text = text(candidate.path("content").path("parts"));
        if (text.isBlank()) {
            throw failed("Gemini's answer has no text");
        }
        Assessment verdict = verdict(readJson(unfenced(text), "Gemini's answer is not the JSON asked for"));
        return new Reply(verdict, usage(response.path("usageMetadata")));
    }

    /** The text parts of a candidate's content joined, leaving out parts marked as the model's thoughts. */
    private static String text(JsonNode parts) {
        StringBuilder text = new StringBuilder();
        if (parts.isArray()) {
            for (JsonNode part : parts) {
                if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                    text.append(part.path("text").asText());
                }
            }
        }
        return text.toString();
    }

    private static Usage usage(JsonNode metadata) {
        if (!metadata.isObject()) {
            return Usage.UNKNOWN;
        }
        return new Usage(
                metadata.path("promptTokenCount").asLong(-1),
                metadata.path("candidatesTokenCount").asLong(-1),
                metadata.path("totalTokenCount").asLong(-1));
    }

    /** The text inside a Markdown fence, else from the first '{' to the last '}', else the text. */
    static String unfenced(String text) {
        Matcher fenced = FENCE.matcher(text);
        if (fenced.find()) {
            return fenced.group(1);
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        return start >= 0 && end > start ? text.substring(start, end + 1) : text.strip();
    }

    private static Assessment verdict(JsonNode answer) {
        if (!answer.isObject()) {
            throw failed("Gemini's answer is not a JSON object");
        }
        JsonNode flag = answer.path("has_security_incident");
        boolean incident;
        if (flag.isBoolean()) {
            incident = flag.booleanValue();
        } else if (flag.isTextual() && flag.asText().strip().matches("(?i)true|false")) {
            incident = Boolean.parseBoolean(flag.asText().strip());
        } else {
            throw failed("Gemini's answer has no has_security_incident true or false");
        }
        RiskLevel risk = RiskLevel.parse(answer.path("risk_level").asText(null))
                .orElseThrow(() -> failed("Gemini's answer has no risk_level none, low, medium or high"));
        String analysis = answer.path("analysis").asText("").strip();
        if (analysis.isEmpty()) {
            throw failed("Gemini's answer has no analysis");
        }
        String type = incident ? incidentType(answer.path("incident_type").asText("")) : Assessment.NO_INCIDENT;
        return new Assessment(incident, risk, type, shorten(analysis, MAX_ANALYSIS_LENGTH));
    }

    private static String incidentType(String text) {
        String type = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        type = type.replaceAll("^_+|_+$", "");
        return type.isEmpty() || type.equals(Assessment.NO_INCIDENT) ? "unspecified" : shorten(type, MAX_TYPE_LENGTH);
    }

    private static JsonNode readJson(String text, String problem) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw failed(problem);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw failed(problem);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static VigintException failed(String message) {
        return new VigintException(CoreErrorCode.ANALYZER_FAILED, message, Map.of("analyzer", "gemini"));
    }
}
