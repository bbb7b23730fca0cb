package io.vigint.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyNamesTest {
    private final ReportBuilder report = new ReportBuilder();

    @Test
    void emailsThatDifferOnlyInCaseAreMadeUniqueWithTheOriginalId() {
        LegacyNames names = new LegacyNames(List.of());

        assertThat(names.claimEmail(new LegacyClient(1, "A", "Shop@Example.com", null), report))
                .contains("Shop@Example.com");
        assertThat(names.claimEmail(new LegacyClient(4, "B", "shop@example.com", null), report))
                .contains("shop+legacy4@example.com");
        assertThat(names.claimEmail(new LegacyClient(5, "C", "no-at-sign", null), report))
                .isEmpty();
        assertThat(report.build("x", false).changes())
                .extracting(c -> c.legacyId() + " " + c.field() + " " + c.to())
                .containsExactly("4 email shop+legacy4@example.com");
    }

    @Test
    void namesAreCleanedCutAndSuffixedAgainstTheClientsHere() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        LegacyNames names = new LegacyNames(List.of(new Client(new ClientId(1), "ACME", "a@x.io", null, true, t, t)));

        assertThat(names.claimName(new LegacyClient(3, "Acme", "b@x.io", null), report))
                .isEqualTo("Acme (legacy 3)");
        assertThat(names.claimName(new LegacyClient(4, "  ", "c@x.io", null), report))
                .isEqualTo("Client 4");
        assertThat(names.claimName(new LegacyClient(5, "Tab\there", "d@x.io", null), report))
                .isEqualTo("Tab here");
        String longName = "x".repeat(120);
        assertThat(names.claimName(new LegacyClient(6, longName, "e@x.io", null), report))
                .hasSize(100);
        assertThat(names.claimName(new LegacyClient(7, longName, "f@x.io", null), report))
                .hasSize(100)
                .endsWith(" (legacy 7)");
    }
}
