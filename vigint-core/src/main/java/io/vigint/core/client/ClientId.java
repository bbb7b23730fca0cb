package io.vigint.core.client;

/** Identifies a client; assigned by the {@link ClientStore}, positive. */
public record ClientId(long value) {
    public ClientId {
        if (value <= 0) {
            throw new IllegalArgumentException("client id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
