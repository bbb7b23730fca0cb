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
 * Reads a {@code generateContent} response: the text of {@code candidates[0].content.parts[0]}, with or
 * without a Markdown fence around it, must be the JSON verdict the prompt asks for. Anything else is
 * {@code ANALYZER_FAILED}; the message says what was wrong, never quoting the model's text at length.
 */
final class GeminiAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z]*\\s*(.*?)\\s*```", Pattern.DOTALL);
    private static final int MAX_TYPE_LENGTH = 64;
    private static final int MAX_ANALYSIS_LENGTH = 2000;

    private GeminiAnswer() {}

    static Assessment parse(String responseBody) {
        JsonNode response = readJson(responseBody, "Gemini's response is not JSON");
        JsonNode candidate = response.path("candidates").path(0);
        if (candidate.isMissingNode()) {
            String blocked = response.path("promptFeedback").path("blockReason").asText("");
            throw failed(
                    blocked.isEmpty()
                            ? "Gemini's response has no candidate answer"
                            : "Gemini declined to analyze the frames (" + shorten(blocked, 40) + ")");
        }
        JsonNode text = candidate.path("content").path("parts").path(0).path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            String reason = candidate.path("finishReason").asText("");
            throw failed("Gemini's answer has no text" + (reason.isEmpty() ? "" : " (" + shorten(reason, 40) + ")"));
        }
        return verdict(readJson(unfenced(text.asText()), "Gemini's answer is not the JSON asked for"));
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
