package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.error.VigintException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The {@code timestamp} of a buffered frame, as the ingest routes read it. */
final class FrameTimestamps {
    private FrameTimestamps() {}

    /**
     * ISO-8601 text or epoch seconds (numbers above 10^11 are taken as milliseconds); {@code now} if absent, and
     * for a date and time without an offset ({@code 2026-01-01T12:00:00.5} or {@code 2026-01-01 12:00:00}: the
     * original client's {@code datetime.now()}, local time of a zone it does not say, which the original server
     * never read), as the frame cannot be placed on the server's timeline.
     */
    static Instant parse(JsonNode value, Instant now) {
        if (value == null || value.isNull()) {
            return now;
        }
        try {
            if (value.isNumber()) {
                BigDecimal number = value.decimalValue();
                if (number.signum() < 0) {
                    throw badTimestamp();
                }
                BigDecimal millis =
                        number.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0 ? number : number.movePointRight(3);
                return Instant.ofEpochMilli(millis.longValueExact());
            }
            if (value.isTextual()) {
                String text = value.asText().trim();
                try {
                    return Instant.parse(text);
                } catch (DateTimeException e) {
                    return withOffsetOrNow(text, now);
                }
            }
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            // NumberFormatException: a double that is infinite or NaN (1e400) has no decimal value
            throw badTimestamp();
        }
        throw badTimestamp();
    }

    /** {@code text} with an offset, or {@code now} if it is a date and time without one (else it throws). */
    private static Instant withOffsetOrNow(String text, Instant now) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            LocalDateTime.parse(text.replace(' ', 'T'));
            return now;
        }
    }

    private static VigintException badTimestamp() {
        return VigintException.invalid(
                "timestamp", "timestamp must be ISO-8601 (2026-01-01T00:00:00Z) or epoch seconds");
    }
}
