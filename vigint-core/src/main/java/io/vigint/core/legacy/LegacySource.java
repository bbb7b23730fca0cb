package io.vigint.core.legacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An original Vigint deployment's database, opened for reading (never written). Rows come back in id
 * order. Every method may throw {@link io.vigint.core.error.VigintException} {@code
 * LEGACY_SOURCE_UNAVAILABLE} when the database fails.
 */
public interface LegacySource extends AutoCloseable {
    /** Where it reads from, for people: a path or URL without any password. */
    String description();

    /** Every client. */
    List<LegacyClient> clients();

    /** Every API key. */
    List<LegacyApiKey> apiKeys();

    /** Every set of payment details (none when the original has no such table). */
    List<LegacyPaymentDetails> paymentDetails();

    /** How many usage rows of the key have an id above {@code afterId}. */
    long countUsage(long apiKeyId, long afterId);

    /** Up to {@code limit} usage rows of the key with an id above {@code afterId}, in id order. */
    List<LegacyUsage> usage(long apiKeyId, long afterId, int limit);

    /** The time of the key's latest usage row, if it has any. */
    Optional<Instant> lastUsage(long apiKeyId);

    /** Closes the connection. */
    @Override
    void close();
}
