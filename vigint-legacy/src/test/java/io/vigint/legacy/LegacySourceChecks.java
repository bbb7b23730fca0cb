package io.vigint.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.legacy.LegacySource;
import io.vigint.core.legacy.LegacyUsage;
import io.vigint.core.testing.OriginalDeployment;
import java.math.BigDecimal;
import java.time.Instant;

/** What reading {@link OriginalDeployment#shops()} back from a real database must give. */
final class LegacySourceChecks {
    private LegacySourceChecks() {}

    static void readsTheShops(LegacySource source) {
        OriginalDeployment expected = OriginalDeployment.shops();
        assertThat(source.clients()).isEqualTo(expected.clients);
        assertThat(source.apiKeys()).isEqualTo(expected.keys);
        assertThat(source.paymentDetails())
                .extracting(
                        p -> p.id() + " " + p.apiKeyId() + " " + p.method() + " " + p.frequency() + " " + p.autoPay()
                                + " " + p.stripeCustomerId() + " " + p.iban() + " " + p.bic() + " " + p.updatedAt())
                .isEqualTo(expected.payments.stream()
                        .map(p -> p.id() + " " + p.apiKeyId() + " " + p.method() + " " + p.frequency() + " "
                                + p.autoPay() + " " + p.stripeCustomerId() + " " + p.iban() + " " + p.bic() + " "
                                + p.updatedAt())
                        .toList());
        assertThat(source.countUsage(1, 0)).isEqualTo(3);
        assertThat(source.countUsage(1, 1)).isEqualTo(2);
        assertThat(source.usage(1, 0, 2)).extracting(LegacyUsage::id).containsExactly(1L, 2L);
        assertThat(source.usage(1, 2, 10)).extracting(LegacyUsage::id).containsExactly(5L);
        LegacyUsage alert = source.usage(1, 1, 1).get(0);
        assertThat(alert.endpoint()).isEqualTo("/api/video/alert");
        assertThat(alert.method()).isEqualTo("POST");
        assertThat(alert.statusCode()).isEqualTo(200);
        assertThat(alert.cost()).isEqualByComparingTo(new BigDecimal("0.0010123456789"));
        assertThat(alert.timestamp()).isEqualTo(Instant.parse("2025-10-03T08:00:03.500Z"));
        assertThat(source.lastUsage(1)).contains(Instant.parse("2025-10-05T11:00:00Z"));
        assertThat(source.lastUsage(42)).isEmpty();
    }
}
