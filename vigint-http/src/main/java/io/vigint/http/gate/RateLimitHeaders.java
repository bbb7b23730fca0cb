package io.vigint.http.gate;

import io.vigint.http.ratelimit.RateLimitDecision;
import io.vigint.http.ratelimit.RateLimitFilter;
import java.util.function.BiConsumer;

/**
 * The headers of a rate-limit decision: {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code
 * RateLimit-Reset} (seconds), and {@code Retry-After} (seconds) when it refused. Values are written as text, so
 * no header delegate has to convert them.
 */
public final class RateLimitHeaders {
    private static final int CACHED = 1024;
    private static final String[] SMALL = new String[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            SMALL[i] = Integer.toString(i).intern();
        }
    }

    private RateLimitHeaders() {}

    /** Gives each header of {@code decision} to {@code header} (name, value). */
    public static void write(RateLimitDecision decision, BiConsumer<String, String> header) {
        writeLimits(decision, header);
        if (!decision.allowed()) {
            header.accept(RateLimitFilter.RETRY_AFTER_HEADER, text(decision.retryAfterSeconds()));
        }
    }

    /**
     * Gives the {@code RateLimit-*} headers of {@code decision} to {@code header}, without {@code Retry-After}
     * (for an error answer that already has it: {@link ErrorAnswer}).
     */
    public static void writeLimits(RateLimitDecision decision, BiConsumer<String, String> header) {
        header.accept(RateLimitFilter.LIMIT_HEADER, text(decision.limit()));
        header.accept(RateLimitFilter.REMAINING_HEADER, text(decision.remaining()));
        header.accept(RateLimitFilter.RESET_HEADER, text(decision.resetSeconds()));
    }

    /** {@code value} as decimal text (small values are not allocated again). */
    static String text(long value) {
        return value >= 0 && value < CACHED ? SMALL[(int) value] : Long.toString(value);
    }
}
