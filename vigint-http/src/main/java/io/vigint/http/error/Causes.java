package io.vigint.http.error;

import java.util.Optional;

/** Looks through an exception's causes. */
final class Causes {
    private static final int MAX_DEPTH = 20;

    private Causes() {}

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
