package io.vigint.app.config;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.video.analysis.MotionSettings;
import io.vigint.gemini.GeminiSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The settings of incident analysis (which analyzer, Gemini models and key, thresholds). Every key has a
 * default that works on a laptop: the local motion analyzer, which needs no network and no key.
 *
 * @param analyzer {@code local} (default) or {@code gemini}
 * @param geminiApiKey the server's Gemini API key ({@code null} when unset); required for {@code gemini}
 * @param geminiScreeningModel the Gemini model that screens the short window
 * @param geminiConfirmationModel the Gemini model that confirms on the long window
 * @param geminiBaseUrl where the Gemini API is
 * @param geminiTimeout how long one Gemini call may take
 * @param geminiMaxFrames how many frames at most one Gemini call carries
 * @param motion the local analyzer's grid and thresholds
 */
public record AnalysisConfig(
        String analyzer,
        String geminiApiKey,
        String geminiScreeningModel,
        String geminiConfirmationModel,
        URI geminiBaseUrl,
        Duration geminiTimeout,
        int geminiMaxFrames,
        MotionSettings motion) {
    public static final String LOCAL = "local";
    public static final String GEMINI = "gemini";

    public static final SettingKey ANALYZER = key("analyzer", LOCAL, "Incident analyzer: local (motion) or gemini");
    public static final SettingKey MOTION_CELL_DELTA =
            key("motion.cell_delta", "20", "Brightness change (1-254) that marks a grid cell as moving");
    public static final SettingKey MOTION_LOW_PERCENT =
            key("motion.low_percent", "0.5", "Percent of the scene moving for a low-severity incident");
    public static final SettingKey MOTION_MEDIUM_PERCENT =
            key("motion.medium_percent", "3", "Percent of the scene moving for a medium-severity incident");
    public static final SettingKey MOTION_HIGH_PERCENT =
            key("motion.high_percent", "10", "Percent of the scene moving for a high-severity incident");
    public static final SettingKey MOTION_REFERENCE_MS = key(
            "motion.reference_ms",
            "500",
            "Each frame is compared with the frame at least this many ms earlier (200-5000), whatever the frame rate");
    public static final SettingKey MOTION_CONFIRM_MS = key(
            "motion.confirm_ms", "400", "How many ms motion must last to be an incident (0-5000); a flash does not");

    /**
     * The setting {@code analysis.NAME}, whose environment variable is {@code VIGINT_} and the name in upper
     * case with dots as underscores ({@code analysis.motion.cell_delta}: {@code VIGINT_MOTION_CELL_DELTA}).
     */
    private static SettingKey key(String name, String defaultValue, String help) {
        return new SettingKey(
                "analysis." + name, "VIGINT_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), defaultValue, help);
    }

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            ANALYZER,
            GeminiSettings.API_KEY,
            GeminiSettings.SCREENING_MODEL,
            GeminiSettings.CONFIRMATION_MODEL,
            GeminiSettings.BASE_URL,
            GeminiSettings.TIMEOUT,
            GeminiSettings.MAX_FRAMES,
            MOTION_CELL_DELTA,
            MOTION_LOW_PERCENT,
            MOTION_MEDIUM_PERCENT,
            MOTION_HIGH_PERCENT,
            MOTION_REFERENCE_MS,
            MOTION_CONFIRM_MS);

    public static AnalysisConfig resolve(ConfigReader values) {
        String analyzer = values.text(ANALYZER).strip().toLowerCase(Locale.ROOT);
        if (!analyzer.equals(LOCAL) && !analyzer.equals(GEMINI)) {
            throw values.invalid(ANALYZER, "local or gemini");
        }
        String apiKey = values.optionalText(GeminiSettings.API_KEY);
        if (analyzer.equals(GEMINI) && apiKey == null) {
            throw new ConfigurationException("analysis.analyzer=gemini needs the server's Gemini API key: set "
                    + GeminiSettings.API_KEY.environmentVariable() + " (or " + GeminiSettings.API_KEY.property()
                    + " in the config file)");
        }
        String screening = model(values, GeminiSettings.SCREENING_MODEL);
        String confirmation = model(values, GeminiSettings.CONFIRMATION_MODEL);
        URI baseUrl = url(values, GeminiSettings.BASE_URL);
        Duration timeout = values.duration(GeminiSettings.TIMEOUT, Duration.ofSeconds(1), Duration.ofMinutes(5));
        int maxFrames = (int) values.number(GeminiSettings.MAX_FRAMES, 1, 100);
        int delta = (int) values.number(MOTION_CELL_DELTA, 1, 254);
        double low = percent(values, MOTION_LOW_PERCENT);
        double medium = percent(values, MOTION_MEDIUM_PERCENT);
        double high = percent(values, MOTION_HIGH_PERCENT);
        if (low > medium || medium > high) {
            throw new ConfigurationException("the motion thresholds must be ordered: "
                    + MOTION_LOW_PERCENT.property() + " <= " + MOTION_MEDIUM_PERCENT.property() + " <= "
                    + MOTION_HIGH_PERCENT.property() + ", got " + values.text(MOTION_LOW_PERCENT) + ", "
                    + values.text(MOTION_MEDIUM_PERCENT) + ", " + values.text(MOTION_HIGH_PERCENT));
        }
        MotionSettings motion = MotionSettings.DEFAULTS
                .withThresholds(delta, low / 100, medium / 100, high / 100)
                .withTiming(
                        Duration.ofMillis(values.number(
                                MOTION_REFERENCE_MS,
                                MotionSettings.MIN_REFERENCE.toMillis(),
                                MotionSettings.MAX_DURATION.toMillis())),
                        Duration.ofMillis(values.number(MOTION_CONFIRM_MS, 0, MotionSettings.MAX_DURATION.toMillis())));
        return new AnalysisConfig(analyzer, apiKey, screening, confirmation, baseUrl, timeout, maxFrames, motion);
    }

    /** Whether the Gemini analyzer is chosen (else the local one). */
    public boolean usesGemini() {
        return analyzer.equals(GEMINI);
    }

    private static String model(ConfigReader values, SettingKey key) {
        String model = values.text(key).strip();
        if (!model.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw values.invalid(key, "a Gemini model name such as gemini-2.5-flash");
        }
        return model;
    }

    private static URI url(ConfigReader values, SettingKey key) {
        String text = values.text(key).strip();
        try {
            URI uri = new URI(text);
            if ((uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException | NullPointerException e) {
            // reported below
        }
        throw values.invalid(key, "an http or https URL");
    }

    private static double percent(ConfigReader values, SettingKey key) {
        try {
            BigDecimal value = new BigDecimal(values.text(key).strip());
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return value.doubleValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw values.invalid(key, "a percentage of the scene above 0 and at most 100, such as 0.5");
    }

    /** Never shows the Gemini API key. */
    @Override
    public String toString() {
        return "AnalysisConfig[analyzer=" + analyzer + ", geminiApiKey=" + (geminiApiKey == null ? "unset" : "***")
                + ", geminiScreeningModel=" + geminiScreeningModel + ", geminiConfirmationModel="
                + geminiConfirmationModel + ", geminiBaseUrl=" + geminiBaseUrl + ", geminiTimeout=" + geminiTimeout
                + ", geminiMaxFrames=" + geminiMaxFrames + ", motion=" + motion + "]";
    }
}
