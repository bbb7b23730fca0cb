package io.vigint.core.key;

/** Identifies an API key; assigned by the {@link ApiKeyStore}, positive. */
public record ApiKeyId(long value) {
    public ApiKeyId {
        if (value <= 0) {
            throw new IllegalArgumentException("key id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
