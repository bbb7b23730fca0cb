package io.vigint.core.video;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What analysis learned of one frame, kept with it so that a frame is decoded once, the first time an
 * analysis needs it, and never again while it is buffered: the analyzer's reduced form of the frame (a
 * grid of grey levels, say; its type is the analyzer's own) and, once an analysis saw motion in it, where.
 * Ingest never fills these (it must stay cheap); analysis fills them, clips read them. Thread-safe: two
 * analyses racing on one frame may both compute its reduced form, and one of the equal results is kept.
 */
public final class FrameNotes {
    private volatile Object reduced;
    private volatile Region motion;

    /**
     * The reduced form of type {@code type} kept with the frame, computing it with {@code compute} the
     * first time (a null result is not kept: the next call computes again).
     */
    public <T> T reduced(Class<T> type, Supplier<? extends T> compute) {
        Objects.requireNonNull(type, "type");
        Object held = reduced;
        if (type.isInstance(held)) {
            return type.cast(held);
        }
        T made = compute.get();
        if (made != null) {
            reduced = made;
        }
        return made;
    }

    /** Where an analysis saw motion in this frame, if one did. */
    public Optional<Region> motion() {
        return Optional.ofNullable(motion);
    }

    /** Records where an analysis saw motion in this frame (the latest analysis wins). */
    public void motion(Region region) {
        this.motion = Objects.requireNonNull(region, "region");
    }
}
