package io.vigint.benchmarks;

import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's position in the shuffled key list: a counter that wraps, cheaper than drawing a
 * random number per call. Threads start at random positions so they do not present the same keys together.
 */
@State(Scope.Thread)
public class KeyCursor {
    private int position;

    /** Picks a random starting position. */
    @Setup
    public void start() {
        position = ThreadLocalRandom.current().nextInt(1 << 16);
    }

    /** The next index below {@code bound}, wrapping to 0. */
    public int next(int bound) {
        int index = position;
        if (index >= bound) {
            index = 0;
        }
        position = index + 1;
        return index;
    }
}
