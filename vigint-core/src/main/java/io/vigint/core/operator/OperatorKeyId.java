package io.vigint.core.operator;

/** Identifies an operator key; assigned by the {@link OperatorKeyStore}, positive. */
public record OperatorKeyId(long value) {
    public OperatorKeyId {
        if (value <= 0) {
            throw new IllegalArgumentException("operator key id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
