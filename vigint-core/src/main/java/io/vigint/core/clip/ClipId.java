package io.vigint.core.clip;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of an incident clip: 128 random bits, URL-safe Base64 without padding (22 characters), so it
 * cannot be guessed and is safe in a path and a file name.
 *
 * @param value the 22-character text
 */
public record ClipId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int BYTES = 16;

    public ClipId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a clip id");
        }
    }

    /** A new random id. */
    public static ClipId random(RandomSource random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ClipId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** True if {@code text} has the shape of a clip id. */
    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /**
     * The id in {@code text}.
     *
     * @throws VigintException {@code CLIP_NOT_FOUND} if it cannot be a clip id (no clip has that id)
     */
    public static ClipId parse(String text) {
        if (!isWellFormed(text)) {
            throw new VigintException(CoreErrorCode.CLIP_NOT_FOUND, "No such video", Map.of());
        }
        return new ClipId(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
