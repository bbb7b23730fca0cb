package io.vigint.core.video;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Map;
import java.util.regex.Pattern;

/** The rule for source ids: 1 to 64 characters out of letters, digits, {@code . _ : -}. */
public final class SourceIds {
    /** The longest source id accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private SourceIds() {}

    /**
     * {@code sourceId} if it is safe, {@link FrameWindows#DEFAULT_SOURCE} if it is {@code null}.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code source_id} otherwise
     */
    public static String check(String sourceId) {
        if (sourceId == null) {
            return FrameWindows.DEFAULT_SOURCE;
        }
        if (!SAFE.matcher(sourceId).matches()) {
            throw new VigintException(
                    CoreErrorCode.VALIDATION_FAILED,
                    "source_id must be 1 to " + MAX_LENGTH + " letters, digits or . _ : -",
                    Map.of("field", "source_id"));
        }
        return sourceId;
    }
}
