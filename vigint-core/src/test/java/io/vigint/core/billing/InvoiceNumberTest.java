package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;

class InvoiceNumberTest {
    @Test
    void printsFourDigitSequencesAndRoundTrips() {
        InvoiceNumber first = new InvoiceNumber(2026, 1);

        assertThat(first).hasToString("VIGINT-2026-0001");
        assertThat(InvoiceNumber.parse("VIGINT-2026-0001")).isEqualTo(first);
        assertThat(first.next()).hasToString("VIGINT-2026-0002");
        assertThat(new InvoiceNumber(2026, 12345)).hasToString("VIGINT-2026-12345");
        assertThat(InvoiceNumber.parse("VIGINT-2026-12345").sequence()).isEqualTo(12345);
    }

    @Test
    void ordersByYearThenSequence() {
        assertThat(new InvoiceNumber(2026, 9)).isLessThan(new InvoiceNumber(2026, 10));
        assertThat(new InvoiceNumber(2026, 9999)).isLessThan(new InvoiceNumber(2027, 1));
    }

    @Test
    void refusesOtherShapes() {
        for (String bad : new String[] {
            "", "VIGINT-26-0001", "vigint-2026-0001", "VIGINT-2026-001", "VIGINT-2026-0000", "INV-2026-0001"
        }) {
            assertThatThrownBy(() -> InvoiceNumber.parse(bad)).isInstanceOf(VigintException.class);
        }
    }
}
