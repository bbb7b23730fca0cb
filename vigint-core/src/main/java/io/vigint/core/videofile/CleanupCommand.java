package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Delete some of a client's own files, as the original server's {@code /api/storage/cleanup} deleted its
 * temporary videos.
 *
 * @param client the client whose files are deleted (never anyone else's)
 * @param type which files
 * @param maxAge for {@link Type#OLD}: files at least this old go (null: {@value #DEFAULT_MAX_AGE_HOURS} hours)
 */
public record CleanupCommand(ClientId client, Type type, Duration maxAge) {
    /** The original's default age: 24 hours. */
    public static final long DEFAULT_MAX_AGE_HOURS = 24;

    /** Which files a cleanup deletes. */
    public enum Type {
        /** Files at least {@code maxAge} old, and video files that have expired. */
        OLD,
        /** Every file. */
        ALL,
        /**
         * Only when the client uses 90% of its quota or more: files at least an hour old, then, if that was not
         * enough, every file.
         */
        MONITOR;

        /** The type named {@code text} ({@code old}, {@code all}, {@code monitor}; any case), {@link #OLD} if null. */
        public static Type of(String text) {
            return text == null ? OLD : Checks.code(Type.class, text, "type", "old, all or monitor");
        }
    }

    public CleanupCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(type, "type");
        if (maxAge == null) {
            maxAge = Duration.ofHours(DEFAULT_MAX_AGE_HOURS);
        }
        if (maxAge.isNegative()) {
            throw io.vigint.core.error.VigintException.invalid("max_age_hours", "max_age_hours must not be negative");
        }
    }
}
