package io.vigint.gemini;

import io.vigint.core.config.SettingKey;
import io.vigint.core.util.DurationText;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach Gemini. The API key is the server's own (clients never send one); {@link #toString()}
 * never shows it.
 *
 * @param baseUrl where the API is, without a trailing path (default {@value #DEFAULT_BASE_URL})
 * @param apiKey the server's Gemini API key
 * @param screeningModel the model that screens the short window (e.g. {@value #DEFAULT_SCREENING_MODEL})
 * @param confirmationModel the model that confirms on the long window (e.g. {@value
 *     #DEFAULT_CONFIRMATION_MODEL})
 * @param timeout how long one call may take, connecting included
 * @param maxFrames how many frames at most are sent per call as images, when no clip can be made (evenly
 *     sampled from longer windows)
 */
public record GeminiSettings(
        URI baseUrl, String apiKey, String screeningModel, String confirmationModel, Duration timeout, int maxFrames) {
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";
    public static final String DEFAULT_SCREENING_MODEL = "gemini-2.5-flash-lite";
    public static final String DEFAULT_CONFIRMATION_MODEL = "gemini-2.5-flash";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_FRAMES = 16;

    public static final SettingKey API_KEY = new SettingKey(
            "analysis.gemini.api_key",
            "VIGINT_GEMINI_API_KEY",
            "",
            "The server's Gemini API key (required for gemini; never a flag)");
    public static final SettingKey SCREENING_MODEL = new SettingKey(
            "analysis.gemini.screening_model",
            "VIGINT_GEMINI_SCREENING_MODEL",
            DEFAULT_SCREENING_MODEL,
            "The Gemini model that screens the short window");
    public static final SettingKey CONFIRMATION_MODEL = new SettingKey(
            "analysis.gemini.confirmation_model",
            "VIGINT_GEMINI_CONFIRMATION_MODEL",
            DEFAULT_CONFIRMATION_MODEL,
            "The Gemini model that confirms on the long window");
    public static final SettingKey BASE_URL = new SettingKey(
            "analysis.gemini.base_url", "VIGINT_GEMINI_BASE_URL", DEFAULT_BASE_URL, "Where the Gemini API is");
    public static final SettingKey TIMEOUT = new SettingKey(
            "analysis.gemini.timeout",
            "VIGINT_GEMINI_TIMEOUT",
            DurationText.format(DEFAULT_TIMEOUT),
            "How long one Gemini call may take");
    public static final SettingKey MAX_FRAMES = new SettingKey(
            "analysis.gemini.max_frames",
            "VIGINT_GEMINI_MAX_FRAMES",
            String.valueOf(DEFAULT_MAX_FRAMES),
            "Images one Gemini call carries at most when no clip can be made");

    /** The Gemini settings' keys, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS =
            List.of(API_KEY, SCREENING_MODEL, CONFIRMATION_MODEL, BASE_URL, TIMEOUT, MAX_FRAMES);

    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public GeminiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the Gemini base URL must be an http or https URL");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("a Gemini API key is required");
        }
        apiKey = apiKey.strip();
        requireModel(screeningModel, "screening");
        requireModel(confirmationModel, "confirmation");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Gemini timeout must be positive");
        }
        if (maxFrames < 1 || maxFrames > 100) {
            throw new IllegalArgumentException("maxFrames must be from 1 to 100");
        }
    }

    /** Settings with the default URL, models, timeout and frame count. */
    public static GeminiSettings withKey(String apiKey) {
        return new GeminiSettings(
                URI.create(DEFAULT_BASE_URL),
                apiKey,
                DEFAULT_SCREENING_MODEL,
                DEFAULT_CONFIRMATION_MODEL,
                DEFAULT_TIMEOUT,
                DEFAULT_MAX_FRAMES);
    }

    public GeminiSettings withBaseUrl(URI url) {
        return new GeminiSettings(url, apiKey, screeningModel, confirmationModel, timeout, maxFrames);
    }

    public GeminiSettings withModels(String screening, String confirmation) {
        return new GeminiSettings(baseUrl, apiKey, screening, confirmation, timeout, maxFrames);
    }

    public GeminiSettings withTimeout(Duration value) {
        return new GeminiSettings(baseUrl, apiKey, screeningModel, confirmationModel, value, maxFrames);
    }

    public GeminiSettings withMaxFrames(int value) {
        return new GeminiSettings(baseUrl, apiKey, screeningModel, confirmationModel, timeout, value);
    }

    private static void requireModel(String model, String stage) {
        if (model == null || !MODEL.matcher(model).matches()) {
            throw new IllegalArgumentException("the " + stage + " model must be a Gemini model name such as "
                    + DEFAULT_SCREENING_MODEL + ", got '" + model + "'");
        }
    }

    /** Everything but the API key. */
    @Override
    public String toString() {
        return "GeminiSettings[baseUrl=" + baseUrl + ", apiKey=***, screeningModel=" + screeningModel
                + ", confirmationModel=" + confirmationModel + ", timeout=" + timeout + ", maxFrames=" + maxFrames
                + "]";
    }
}
