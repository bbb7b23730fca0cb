package io.vigint.core.usage;

import io.vigint.core.error.VigintException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a usage listing starts: after the record at ({@code occurredAt}, {@code id}) in a
 * listing of records, after {@code group} in a listing of groups. Callers see it only as opaque text
 * ({@link #token()}, URL-safe) and hand it back; a page of the same query after it never repeats or skips an
 * entry, whatever is appended meanwhile at later times.
 */
public sealed interface UsageCursor {
    /** Position in a listing of records, ordered by time then id. */
    record AfterRecord(Instant occurredAt, long id) implements UsageCursor {
        public AfterRecord {
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String token() {
            return encode("r:" + occurredAt + ":" + id);
        }
    }

    /** Position in a listing of groups, ordered by group key (a day {@code 2026-11-02} or an endpoint). */
    record AfterGroup(String group) implements UsageCursor {
        public AfterGroup {
            Objects.requireNonNull(group, "group");
        }

        /** The group as a day, for day groups. */
        public LocalDate day() {
            return LocalDate.parse(group);
        }

        @Override
        public String token() {
            return encode("g:" + group);
        }
    }

    /** The opaque, URL-safe text form. */
    String token();

    /**
     * Reads a {@link #token()}.
     *
     * @throws VigintException {@code VALIDATION_FAILED} for field {@code cursor} if it is not one
     */
    static UsageCursor parse(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher record =
                Pattern.compile("^r:([0-9T:.Z-]{20,40}):([0-9]{1,19})$").matcher(text);
        try {
            if (record.matches()) {
                return new AfterRecord(Instant.parse(record.group(1)), Long.parseLong(record.group(2)));
            }
        } catch (RuntimeException e) {
            throw invalid();
        }
        if (text.startsWith("g:") && text.length() > 2) {
            return new AfterGroup(text.substring(2));
        }
        throw invalid();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static VigintException invalid() {
        return VigintException.invalid("cursor", "cursor is not a next_cursor returned by this API");
    }
}
