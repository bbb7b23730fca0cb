package io.vigint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.persistence.testing.PostgresTestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The usage-write benchmark runs and checks for loss (a short run; no figure is asserted). */
class UsageWriteBenchmarkIT {
    @Test
    void aShortRunAcknowledgesOnlyStoredRecords() throws Exception {
        PostgresTestDatabase.assumeAvailable();

        UsageWriteBenchmark.Result result = UsageWriteBenchmark.run(
                PostgresTestDatabase.url(), 4, Duration.ofMillis(200), Duration.ofMillis(500), 100, 2);

        assertThat(result.acknowledged()).isPositive();
        assertThat(result.failed()).isZero();
        assertThat(result.stored()).isEqualTo(result.acknowledged());
        assertThat(result.measured()).isPositive().isLessThanOrEqualTo(result.acknowledged());
    }
}
