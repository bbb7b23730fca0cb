package io.vigint.core.key;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether a credential of a legacy shape (a key of the original Vigint, without our prefix) could match
 * a stored legacy key at all, so that such a credential reaches the hash lookup only where imported keys
 * exist. It asks its store ({@code anyLegacyKey}) on first use and then at most once per
 * {@link #RECHECK} while the answer is no; once the answer is yes it stays yes for the life of the
 * process (imported keys are removed only with their client, and a lookup that finds nothing costs what
 * any unknown key costs). A deployment that never imported anything therefore refuses legacy-shaped
 * credentials without a lookup, as it refuses any other malformed one, except for one cheap existence
 * query per {@link #RECHECK}; keys imported into a running server's database are accepted within
 * {@link #RECHECK}. Thread-safe; racing callers may ask the store twice, which is harmless.
 */
public final class LegacyKeyGate {
    /** How long a "no legacy keys" answer is trusted before the store is asked again. */
    public static final Duration RECHECK = Duration.ofSeconds(5);

    private final BooleanSupplier anyLegacyKey;
    private final LongSupplier nanoTime;
    private volatile boolean open;
    private volatile boolean asked;
    private volatile long askedAt;

    /** A gate over {@code anyLegacyKey}, timed by {@link System#nanoTime()}. */
    public LegacyKeyGate(BooleanSupplier anyLegacyKey) {
        this(anyLegacyKey, System::nanoTime);
    }

    /** A gate over {@code anyLegacyKey}, timed by {@code nanoTime} (tests pass their own). */
    public LegacyKeyGate(BooleanSupplier anyLegacyKey, LongSupplier nanoTime) {
        this.anyLegacyKey = Objects.requireNonNull(anyLegacyKey, "anyLegacyKey");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** False when no legacy key exists (as far as the last answer, at most {@link #RECHECK} old, says). */
    public boolean mayMatch() {
        if (open) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (asked && now - askedAt < RECHECK.toNanos()) {
            return false;
        }
        boolean exists = anyLegacyKey.getAsBoolean();
        askedAt = now;
        asked = true;
        open = exists;
        return exists;
    }
}
