package io.vigint.http.error;

import io.vigint.core.error.VigintException;
import io.vigint.http.server.BodyTooLargeException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Looks through an exception's causes. */
final class Causes {
    private static final int MAX_DEPTH = 20;

    private Causes() {}

    /**
     * The answer to an exception Jersey or Jackson wrapped around one with a mapper of its own (an
     * oversized body, a core refusal), or empty.
     */
    static Optional<Response> knownAnswer(Throwable e) {
        var tooLarge = find(e, BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return Optional.of(new BodyTooLargeExceptionMapper().toResponse(tooLarge.get()));
        }
        return find(e, VigintException.class)
                .map(refused -> VigintExceptionMapper.toResponseBuilder(refused).build());
    }

    /** The first throwable in {@code t}'s cause chain (itself included) of {@code type}. */
    static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
