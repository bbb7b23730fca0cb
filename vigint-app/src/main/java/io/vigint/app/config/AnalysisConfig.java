package io.vigint.app.config;

import io.vigint.core.video.analysis.MotionSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
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

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        ANALYZER("analysis.analyzer", "VIGINT_ANALYZER", LOCAL),
        GEMINI_API_KEY("analysis.gemini.api_key", "VIGINT_GEMINI_API_KEY", ""),
        GEMINI_SCREENING_MODEL(
                "analysis.gemini.screening_model", "VIGINT_GEMINI_SCREENING_MODEL", "gemini-2.5-flash-lite"),
        GEMINI_CONFIRMATION_MODEL(
                "analysis.gemini.confirmation_model", "VIGINT_GEMINI_CONFIRMATION_MODEL", "gemini-2.5-flash"),
        GEMINI_BASE_URL(
                "analysis.gemini.base_url", "VIGINT_GEMINI_BASE_URL", "https://generativelanguage.googleapis.com"),
        GEMINI_TIMEOUT("analysis.gemini.timeout", "VIGINT_GEMINI_TIMEOUT", "30s"),
        GEMINI_MAX_FRAMES("analysis.gemini.max_frames", "VIGINT_GEMINI_MAX_FRAMES", "16"),
        MOTION_CELL_DELTA("analysis.motion.cell_delta", "VIGINT_MOTION_CELL_DELTA", "20"),
        MOTION_LOW_PERCENT("analysis.motion.low_percent", "VIGINT_MOTION_LOW_PERCENT", "0.5"),
        MOTION_MEDIUM_PERCENT("analysis.motion.medium_percent", "VIGINT_MOTION_MEDIUM_PERCENT", "3"),
        MOTION_HIGH_PERCENT("analysis.motion.high_percent", "VIGINT_MOTION_HIGH_PERCENT", "10"),
        MOTION_CONFIRM_PAIRS("analysis.motion.confirm_pairs", "VIGINT_MOTION_CONFIRM_PAIRS", "3");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    static AnalysisConfig resolve(ConfigValues values) {
        String analyzer = values.text(Key.ANALYZER).strip().toLowerCase(Locale.ROOT);
        if (!analyzer.equals(LOCAL) && !analyzer.equals(GEMINI)) {
            throw values.invalid(Key.ANALYZER, "local or gemini");
        }
        String apiKey = values.optionalText(Key.GEMINI_API_KEY);
        if (analyzer.equals(GEMINI) && apiKey == null) {
            throw new ConfigurationException("analysis.analyzer=gemini needs the server's Gemini API key: set "
                    + Key.GEMINI_API_KEY.environmentVariable() + " (or " + Key.GEMINI_API_KEY.property()
                    + " in the config file)");
        }
        String screening = model(values, Key.GEMINI_SCREENING_MODEL);
        String confirmation = model(values, Key.GEMINI_CONFIRMATION_MODEL);
        URI baseUrl = url(values, Key.GEMINI_BASE_URL);
        Duration timeout = values.duration(Key.GEMINI_TIMEOUT, Duration.ofSeconds(1), Duration.ofMinutes(5));
        int maxFrames = (int) values.number(Key.GEMINI_MAX_FRAMES, 1, 100);
        int delta = (int) values.number(Key.MOTION_CELL_DELTA, 1, 254);
        double low = percent(values, Key.MOTION_LOW_PERCENT);
        double medium = percent(values, Key.MOTION_MEDIUM_PERCENT);
        double high = percent(values, Key.MOTION_HIGH_PERCENT);
        if (low > medium || medium > high) {
            throw new ConfigurationException("the motion thresholds must be ordered: "
                    + Key.MOTION_LOW_PERCENT.property() + " <= " + Key.MOTION_MEDIUM_PERCENT.property() + " <= "
                    + Key.MOTION_HIGH_PERCENT.property() + ", got " + values.text(Key.MOTION_LOW_PERCENT) + ", "
                    + values.text(Key.MOTION_MEDIUM_PERCENT) + ", " + values.text(Key.MOTION_HIGH_PERCENT));
        }
        MotionSettings motion = MotionSettings.DEFAULTS
                .withThresholds(delta, low / 100, medium / 100, high / 100)
                .withConfirmPairs((int) values.number(Key.MOTION_CONFIRM_PAIRS, 1, 100));
        return new AnalysisConfig(analyzer, apiKey, screening, confirmation, baseUrl, timeout, maxFrames, motion);
    }

    /** Whether the Gemini analyzer is chosen (else the local one). */
    public boolean usesGemini() {
        return analyzer.equals(GEMINI);
    }

    private static String model(ConfigValues values, Key key) {
        String model = values.text(key).strip();
        if (!model.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw values.invalid(key, "a Gemini model name such as gemini-2.5-flash");
        }
        return model;
    }

    private static URI url(ConfigValues values, Key key) {
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

    private static double percent(ConfigValues values, Key key) {
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
