package io.vigint.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyCredentialTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00.999999Z");
    private static final Client ACME = new Client(new ClientId(7), "Acme", "a@acme.example", null, true, T0, T0);

    private static ApiKey key(ApiKeyStatus status, Instant lastUsedAt, Instant expiresAt, boolean legacy) {
        return new ApiKey(
                new ApiKeyId(3),
                new ClientId(7),
                "default",
                "vgt_abcdefgh",
                KeyHash.of("vgt_some"),
                status,
                T0,
                lastUsedAt,
                expiresAt,
                legacy);
    }

    @Test
    void expiresExactlyWhenTheKeyDoes() {
        Instant expiresAt = T0.plusNanos(1_500);
        KeyCredential credential = new KeyCredential(key(ApiKeyStatus.ACTIVE, null, expiresAt, false), ACME);

        for (Instant now : new Instant[] {
            expiresAt.minusNanos(1),
            expiresAt,
            expiresAt.plusNanos(1),
            expiresAt.minusSeconds(1),
            expiresAt.plusSeconds(1)
        }) {
            assertThat(credential.keyExpiredAt(now))
                    .as("at %s", now)
                    .isEqualTo(credential.key().isExpiredAt(now));
        }
        assertThat(new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, false), ACME).keyExpiredAt(Instant.MAX))
                .isFalse();
    }

    @Test
    void wasUsedWithinTheWindowAsLastUsedPlusTheWindowSays() {
        Duration window = Duration.ofMinutes(1);
        KeyCredential credential = new KeyCredential(key(ApiKeyStatus.ACTIVE, T0, null, false), ACME);

        // T0's nanoseconds plus none of the window's carry over exactly; a window with nanoseconds carries a second.
        Instant edge = T0.plus(window);
        assertThat(credential.usedWithin(window, edge.minusNanos(1))).isTrue();
        assertThat(credential.usedWithin(window, edge)).isFalse();
        Duration odd = Duration.ofSeconds(60, 5_000);
        Instant oddEdge = T0.plus(odd);
        assertThat(credential.usedWithin(odd, oddEdge.minusNanos(1))).isTrue();
        assertThat(credential.usedWithin(odd, oddEdge)).isFalse();
        assertThat(credential.usedWithin(window, T0.minusSeconds(5))).isTrue();
        assertThat(new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, false), ACME).usedWithin(window, T0))
                .isFalse();
    }

    @Test
    void keepsTheKeysStatusLegacyFlagAndClientState() {
        assertThat(new KeyCredential(key(ApiKeyStatus.SUSPENDED, null, null, false), ACME).keyActive())
                .isFalse();
        assertThat(new KeyCredential(key(ApiKeyStatus.REVOKED, null, null, false), ACME).keyActive())
                .isFalse();
        KeyCredential legacy = new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, true), ACME);
        assertThat(legacy.keyActive()).isTrue();
        assertThat(legacy.legacy()).isTrue();
        KeyCredential revokedClient =
                new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, false), ACME.withActive(false, T0));
        assertThat(revokedClient.hasClient()).isTrue();
        assertThat(revokedClient.clientActive()).isFalse();
        KeyCredential orphan = new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, false), null);
        assertThat(orphan.hasClient()).isFalse();
        assertThat(orphan.clientActive()).isFalse();
        assertThat(orphan.matches(KeyDigest.of("vgt_some"))).isTrue();
        assertThat(orphan.matches(KeyDigest.of("vgt_other"))).isFalse();
    }

    @Test
    void refusesAClientThatIsNotTheKeys() {
        Client other = new Client(new ClientId(8), "Beta", "b@beta.example", null, true, T0, T0);

        assertThatThrownBy(() -> new KeyCredential(key(ApiKeyStatus.ACTIVE, null, null, false), other))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
