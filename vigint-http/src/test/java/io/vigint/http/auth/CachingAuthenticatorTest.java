package io.vigint.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.memory.InMemoryAccessChanges;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingAuthenticatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryAccessChanges changes = new InMemoryAccessChanges();
    private final VigintCore core = VigintCore.builder()
            .storage(new InMemoryStorage())
            .accessChanges(changes)
            .clock(clock)
            .build();
    private final AtomicInteger coreCalls = new AtomicInteger();
    private final AuthenticateUseCase counting = key -> {
        coreCalls.incrementAndGet();
        return core.authentication().authenticate(key);
    };
    private final CachingAuthenticator authenticator =
            new CachingAuthenticator(counting, changes, clock, Duration.ofSeconds(30), 1000);

    @AfterEach
    void close() {
        authenticator.close();
    }

    private CreatedClient client(String name) {
        return core.clients().createClient(new CreateClientCommand(name, name + "@example.com", null));
    }

    @Test
    void aVerifiedKeyIsServedFromTheCacheAfterwards() {
        String key = client("acme").apiKey().plainText();

        assertThat(authenticator.authenticate(key)).isInstanceOf(AuthenticationResult.Authenticated.class);
        assertThat(authenticator.authenticate(key)).isInstanceOf(AuthenticationResult.Authenticated.class);

        assertThat(coreCalls).hasValue(1);
        assertThat(authenticator.size()).isEqualTo(1);
    }

    @Test
    void refusalsAreNeverCached() {
        String unknown = "vgt_" + "A".repeat(43);

        authenticator.authenticate(unknown);
        authenticator.authenticate(unknown);

        assertThat(coreCalls).hasValue(2);
        assertThat(authenticator.size()).isZero();
    }

    @Test
    void aChangeForOneClientDropsOnlyThatClientsKeys() {
        CreatedClient acme = client("acme");
        CreatedClient other = client("other");
        authenticator.authenticate(acme.apiKey().plainText());
        authenticator.authenticate(other.apiKey().plainText());

        changes.accessChanged(acme.client().id());

        assertThat(authenticator.cached(acme.apiKey().plainText())).isEmpty();
        assertThat(authenticator.cached(other.apiKey().plainText())).isPresent();
    }

    @Test
    void aChangeOfUnknownScopeDropsEverything() {
        CreatedClient acme = client("acme");
        CreatedClient other = client("other");
        authenticator.authenticate(acme.apiKey().plainText());
        authenticator.authenticate(other.apiKey().plainText());

        changes.accessChanged(null);

        assertThat(authenticator.size()).isZero();
    }

    @Test
    void aCachedKeyPastItsExpiryIsRefusedAsExpired() {
        CreatedClient acme = client("acme");
        String key = core.keys()
                .issueApiKey(new IssueApiKeyCommand(acme.client().id(), "short", Duration.ofMinutes(5)))
                .plainText();
        authenticator.authenticate(key);

        clock.advance(Duration.ofMinutes(5));

        assertThat(authenticator.cached(key)).hasValue(new AuthenticationResult.Rejected(CoreErrorCode.KEY_EXPIRED));
        assertThat(authenticator.cached(key)).isEmpty();
    }

    @Test
    void aVerificationThatRacedWithAChangeIsNotKept() {
        CreatedClient acme = client("acme");
        AuthenticateUseCase changingMeanwhile = key -> {
            AuthenticationResult result = core.authentication().authenticate(key);
            changes.accessChanged(acme.client().id());
            return result;
        };
        try (CachingAuthenticator racing =
                new CachingAuthenticator(changingMeanwhile, changes, clock, Duration.ofSeconds(30), 1000)) {
            assertThat(racing.verify(acme.apiKey().plainText())).isInstanceOf(AuthenticationResult.Authenticated.class);

            assertThat(racing.size()).isZero();
        }
    }

    @Test
    void malformedKeysAreNeverLookedUpInTheCache() {
        assertThat(authenticator.cached("not a key")).isEmpty();
        assertThat(authenticator.cached("")).isEmpty();
    }

    @Test
    void closingStopsListeningToTheFeed() {
        CreatedClient acme = client("acme");
        authenticator.authenticate(acme.apiKey().plainText());

        authenticator.close();
        changes.accessChanged(null);

        assertThat(authenticator.size()).isZero();
    }
}
