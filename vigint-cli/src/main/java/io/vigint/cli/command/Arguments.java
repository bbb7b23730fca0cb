package io.vigint.cli.command;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.util.DurationText;
import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses option values: ids are positive whole numbers, durations are {@link DurationText} ({@code 90s},
 * {@code 15m}, {@code 24h}, {@code 30d}). A bad value is a usage error, reported by picocli with the
 * option's name. {@code Main} registers these methods as picocli's converters for the id and duration types.
 */
public final class Arguments {
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,18}$");

    private Arguments() {}

    /**
     * A client id.
     *
     * @throws TypeConversionException unless {@code text} is a positive whole number
     */
    public static ClientId clientId(String text) {
        return new ClientId(positive(text, "client id"));
    }

    /**
     * An API key id.
     *
     * @throws TypeConversionException unless {@code text} is a positive whole number
     */
    public static ApiKeyId apiKeyId(String text) {
        return new ApiKeyId(positive(text, "key id"));
    }

    /**
     * An operator key id.
     *
     * @throws TypeConversionException unless {@code text} is a positive whole number
     */
    public static OperatorKeyId operatorKeyId(String text) {
        return new OperatorKeyId(positive(text, "operator key id"));
    }

    /**
     * A duration such as {@code 24h}.
     *
     * @throws TypeConversionException unless {@code text} is a whole number followed by s, m, h or d
     */
    public static Duration duration(String text) {
        try {
            return DurationText.parse("duration", text);
        } catch (VigintException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static long positive(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (!DIGITS.matcher(trimmed).matches() || Long.parseLong(trimmed) == 0) {
            throw new TypeConversionException("'" + text + "' is not a " + what + " (a positive whole number)");
        }
        return Long.parseLong(trimmed);
    }
}
