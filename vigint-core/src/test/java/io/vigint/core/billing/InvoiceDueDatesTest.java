package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceDueDatesTest {
    private static final Instant ISSUED = Instant.parse("2026-12-02T09:00:00Z");
    private static final BillingPeriod NOVEMBER = BillingPeriod.parse("2026-11");

    @Test
    void anInvoiceWithRecordedTermsIsPastDueWhenItsDueDateIsOver() {
        InvoiceTerms terms = new InvoiceTerms(
                TaxTreatment.DOMESTIC,
                false,
                InvoiceParty.UNKNOWN,
                new InvoiceParty("Vigint SRL", List.of(), "BE", "BE0403019261"),
                LocalDate.parse("2026-11-30"),
                LocalDate.parse("2027-01-01"),
                30);

        InvoiceDueDates dueDates = new InvoiceDueDates(7);
        Invoice invoice = invoice(terms);

        assertThat(dueDates.dueDate(invoice))
                .as("the recorded date wins over the fallback days")
                .isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(dueDates.dueAt(invoice)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(dueDates.isPastDue(invoice, Instant.parse("2027-01-01T23:59:59Z")))
                .isFalse();
        assertThat(dueDates.isPastDue(invoice, Instant.parse("2027-01-02T00:00:00Z")))
                .isTrue();
    }

    @Test
    void anInvoiceIssuedBeforeTermsWereRecordedIsDueTheFallbackDaysAfterIssue() {
        InvoiceDueDates dueDates = new InvoiceDueDates(14);
        Invoice invoice = invoice(InvoiceTerms.unrecorded(NOVEMBER, ISSUED));

        assertThat(dueDates.dueDate(invoice)).isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(dueDates.isPastDue(invoice, Instant.parse("2026-12-16T12:00:00Z")))
                .isFalse();
        assertThat(dueDates.isPastDue(invoice, Instant.parse("2026-12-17T00:00:00Z")))
                .isTrue();
    }

    @Test
    void paymentTermsAreZeroTo365Days() {
        assertThatThrownBy(() -> new InvoiceDueDates(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceDueDates(366)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Invoice invoice(InvoiceTerms terms) {
        Money ten = Money.of("10.00", "EUR");
        Money zero = Money.of("0.00", "EUR");
        return new Invoice(
                Optional.of(InvoiceNumber.parse("VIGINT-2026-0001")),
                new ClientId(1),
                NOVEMBER,
                List.of(),
                BigDecimal.ZERO,
                ten,
                zero,
                ten,
                InvoiceStatus.ISSUED,
                ISSUED,
                Optional.empty(),
                Optional.empty(),
                terms);
    }
}
