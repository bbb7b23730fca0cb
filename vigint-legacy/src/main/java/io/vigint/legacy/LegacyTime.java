package io.vigint.legacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The original's datetimes, read as text: SQLAlchemy stores {@code datetime.utcnow()} in SQLite as {@code
 * 2025-10-01 12:00:00.000000} and PostgreSQL's driver reads its {@code timestamp} columns as {@code
 * 2025-10-01 12:00:00} or with a fraction. They are UTC without an offset; an offset, when present, is
 * honoured.
 */
final class LegacyTime {
    private LegacyTime() {}

    /** The instant {@code text} stands for, or {@code null} when it is empty or not a datetime. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        if (t.matches(".*T.*[+-]\\d\\d$")) {
            t = t + ":00";
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
