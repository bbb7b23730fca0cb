package io.vigint.core.videofile;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;

/** The error code a call is refused with. */
final class Refusals {
    private Refusals() {}

    /** The code of the {@link VigintException} {@code action} throws; fails the test if it throws none. */
    static CoreErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (VigintException e) {
            return (CoreErrorCode) e.code();
        }
        throw new AssertionError("not refused");
    }
}
