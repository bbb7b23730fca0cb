package io.vigint.core.legacy;

/** Told of an import's progress, one line per phase and every so many rows (for people, never parsed). */
@FunctionalInterface
public interface ImportProgress {
    void report(String line);

    /** Tells nobody. */
    static ImportProgress none() {
        return line -> {};
    }
}
