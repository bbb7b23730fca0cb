package io.vigint.core.legacy;

import io.vigint.core.error.VigintException;
import java.util.Locale;
import java.util.Set;

/**
 * How to import: for real or as a dry run that writes nothing, and optionally the original's
 * {@code SECRET_KEY} to register as an operator key (hashed). A secret that is too weak to guard the
 * operator API is refused: shorter than {@value #MIN_SECRET} characters, or one of the placeholders the
 * original's documentation and examples use ({@code dev-secret-key}, {@code your-secret-key-here}, …).
 * {@link #toString()} never shows the secret.
 *
 * @param secretKey the original's {@code SECRET_KEY} (surrounding blanks ignored), or {@code null}
 */
public record LegacyImportCommand(boolean dryRun, String secretKey) {
    /** Shortest {@code SECRET_KEY} accepted. */
    public static final int MIN_SECRET = 16;
    /** Longest {@code SECRET_KEY} accepted. */
    public static final int MAX_SECRET = 1000;

    private static final Set<String> PLACEHOLDERS = Set.of(
            "dev-secret-key",
            "dev-secret-key-local",
            "your-secret-key",
            "your-secret-key-here",
            "your-production-secret-key-here",
            "server-secret-key",
            "your-sparse-ai-api-key",
            "<your-secret-key>",
            "<your-key>");

    public LegacyImportCommand {
        if (secretKey != null) {
            secretKey = secretKey.strip();
            if (secretKey.length() < MIN_SECRET || secretKey.length() > MAX_SECRET) {
                throw VigintException.invalid(
                        "secret_key",
                        "The SECRET_KEY must have " + MIN_SECRET + " to " + MAX_SECRET + " characters to guard the"
                                + " operator API; create an operator key with 'vigint admin-keys create' instead");
            }
            if (PLACEHOLDERS.contains(secretKey.toLowerCase(Locale.ROOT))
                    || secretKey.chars().anyMatch(Character::isISOControl)) {
                throw VigintException.invalid(
                        "secret_key",
                        "The SECRET_KEY is a documented placeholder or holds control characters; create an operator"
                                + " key with 'vigint admin-keys create' instead");
            }
        }
    }

    @Override
    public String toString() {
        return "LegacyImportCommand[dryRun=" + dryRun + ", secretKey=" + (secretKey == null ? "none" : "…") + "]";
    }
}
