package io.vigint.mail;

import java.util.Objects;

/** A port that retries another of its kind, {@code delegate}, with back-off (see {@link Retry}). */
abstract class Retrying<T> {
    final T delegate;
    final Retry retry;

    Retrying(T delegate, Retry retry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retry = Objects.requireNonNull(retry, "retry");
    }
}
