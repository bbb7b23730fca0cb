package io.vigint.core.key;

/** What an API key's state means at a given instant: its stored status, or expired. */
public enum EffectiveStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED;

    /** Lower-case name for output ({@code active}, {@code revoked}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
