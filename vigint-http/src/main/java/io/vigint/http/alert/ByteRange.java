package io.vigint.http.alert;

import java.util.Optional;

/**
 * The one byte range a {@code Range} request header asks of a representation {@code length} bytes long, as
 * RFC 9110 §14 reads it: {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n}, with the unit's name in any
 * case and blanks around the range. What this server serves instead of a part:
 *
 * <ul>
 *   <li>no header, a header it cannot parse, another unit, or more than one range: the whole representation
 *       (a server may ignore {@code Range}, §14.2; multipart answers are not made);
 *   <li>a range that starts at or after the end, or a zero suffix: unsatisfiable (416).
 * </ul>
 *
 * Numbers of any length are read without overflow: a first position too big for a {@code long} is past the
 * end, a last position or suffix too big is clamped to the representation.
 *
 * @param first the first byte served
 * @param last the last byte served (inclusive)
 * @param length the length of the whole representation
 */
record ByteRange(long first, long last, long length) {
    /** What to answer to a {@code Range} header. */
    sealed interface Answer {}

    /** Serve the whole representation (200): no usable {@code Range}. */
    record Whole() implements Answer {}

    /** Serve this part (206). */
    record Part(ByteRange range) implements Answer {}

    /** Nothing of it can be served (416). */
    record Unsatisfiable() implements Answer {}

    private static final String UNIT = "bytes";
    /** Longer than this, a run of digits may not fit in a {@code long}: it is read as {@link Long#MAX_VALUE}. */
    private static final int MAX_DIGITS = 18;

    ByteRange {
        if (first < 0 || last < first || last >= length) {
            throw new IllegalArgumentException("not a range of " + length + " bytes: " + first + "-" + last);
        }
    }

    /** How many bytes the part has. */
    long size() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header value of a 206: {@code bytes first-last/length}. */
    String contentRange() {
        return UNIT + " " + first + "-" + last + "/" + length;
    }

    /** The {@code Content-Range} header value of a 416: {@code bytes *}{@code /length}. */
    static String unsatisfied(long length) {
        return UNIT + " */" + length;
    }

    /** What to serve of {@code length} bytes for the {@code Range} header {@code header} (null when absent). */
    static Answer of(String header, long length) {
        if (header == null || length <= 0) {
            return new Whole();
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().equalsIgnoreCase(UNIT)) {
            return new Whole();
        }
        String spec = value.substring(equals + 1).strip();
        if (spec.indexOf(',') >= 0) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> first = digits(spec.substring(0, dash));
        Optional<Long> last = digits(spec.substring(dash + 1));
        if (dash == 0) { // suffix: the last n bytes
            if (last.isEmpty()) {
                return new Whole();
            }
            long suffix = last.get();
            if (suffix == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(length - Math.min(suffix, length), length - 1, length));
        }
        if (first.isEmpty() || (dash < spec.length() - 1 && last.isEmpty())) {
            return new Whole();
        }
        long start = first.get();
        long end = last.orElse(Long.MAX_VALUE);
        if (end < start) {
            return new Whole(); // invalid, so ignored (§14.1.1)
        }
        if (start >= length) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(start, Math.min(end, length - 1), length));
    }

    /** A non-empty run of ASCII digits, saturated at {@link Long#MAX_VALUE}; empty for anything else. */
    private static Optional<Long> digits(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        String significant = text.replaceFirst("^0+(?=.)", "");
        return Optional.of(significant.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(significant));
    }
}
