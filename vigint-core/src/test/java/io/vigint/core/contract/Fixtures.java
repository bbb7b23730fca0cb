package io.vigint.core.contract;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.port.RandomSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Test data shared by the contracts. */
public final class Fixtures {
    /** A fixed instant with microsecond precision, like everything the core stores. */
    public static final Instant T0 = Instant.parse("2026-11-27T08:00:00.123456Z");

    private static final RandomSource RANDOM = RandomSource.secure();

    private Fixtures() {}

    public static NewClient newClient(String name) {
        return new NewClient(name, name.toLowerCase().replace(' ', '.') + "@example.com", "about " + name, T0);
    }

    public static NewApiKey newKey(ClientId clientId, Instant expiresAt) {
        String plain = ApiKeyFormat.generate(RANDOM);
        return NewApiKey.issued(
                clientId, "default", ApiKeyFormat.displayPrefix(plain), KeyHash.of(plain), T0, expiresAt);
    }

    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
