package io.vigint.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VigintMetricsTest {
    private final VigintMetrics metrics = new VigintMetrics();

    @Test
    void theRateLimitedCounterIsExposedBeforeAnyRequestIsLimited() {
        assertThat(metrics.scrape()).contains("vigint_rate_limited_total 0");
    }

    @Test
    void oddReasonsAndMethodsAreFoldedSoSeriesStayBounded() {
        metrics.authFailed("not a code; DROP TABLE");
        metrics.authFailed((String) null);
        metrics.requestServed("BREW", "/coffee", 418, 1_000_000);

        assertThat(metrics.scrape())
                .contains("vigint_auth_failures_total{reason=\"OTHER\"} 2")
                .contains("method=\"OTHER\",route=\"/coffee\",status=\"418\"")
                .doesNotContain("BREW")
                .doesNotContain("DROP");
    }
}
