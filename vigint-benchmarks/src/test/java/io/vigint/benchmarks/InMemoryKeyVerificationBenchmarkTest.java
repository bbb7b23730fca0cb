package io.vigint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.error.CoreErrorCode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryKeyVerificationBenchmarkTest {
    private final InMemoryKeyVerificationBenchmark benchmark = new InMemoryKeyVerificationBenchmark();

    @Test
    void everyPreloadedKeyIsAcceptedAndTheUnknownKeyIsRefused() {
        benchmark.clients = 25;
        benchmark.populate();
        KeyCursor cursor = new KeyCursor();
        cursor.start();

        Set<Long> clientsSeen = new HashSet<>();
        for (int i = 0; i < 2 * benchmark.clients; i++) {
            AuthenticationResult result = benchmark.knownKey(cursor);
            assertThat(result).isInstanceOf(AuthenticationResult.Authenticated.class);
            clientsSeen.add(
                    ((AuthenticationResult.Authenticated) result).client().id().value());
        }

        assertThat(clientsSeen).hasSize(benchmark.clients);
        assertThat(benchmark.unknownKey()).isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
    }

    @Test
    void cursorVisitsEveryIndexBelowTheBoundAndWraps() {
        KeyCursor cursor = new KeyCursor();
        cursor.start();
        int bound = 7;

        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2 * bound; i++) {
            int index = cursor.next(bound);
            assertThat(index).isBetween(0, bound - 1);
            seen.add(index);
        }

        assertThat(seen).hasSize(bound);
    }
}
