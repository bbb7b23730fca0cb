package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceContentTest {
    @Test
    void theCountryIsAddedAsTheLastAddressLineUnlessTheAddressAlreadyEndsWithIt() {
        InvoiceDocument.Buyer written = new InvoiceDocument.Buyer(
                "Nordwind Logistik GmbH", List.of("Hafenstraße 12", "20457 Hamburg, Germany"), "DE", "");
        InvoiceDocument.Buyer coded =
                new InvoiceDocument.Buyer("Nordwind Logistik GmbH", List.of("Hafenstraße 12", "DE"), "DE", "");

        assertThat(InvoiceContent.buyer(Invoices.reverseCharge()).address())
                .containsExactly("Nordwind Logistik GmbH", "Hafenstraße 12", "20457 Hamburg", "Germany");
        assertThat(InvoiceContent.buyer(Invoices.with(Invoices.reverseCharge(), null, null, written, null))
                        .address())
                .containsExactly("Nordwind Logistik GmbH", "Hafenstraße 12", "20457 Hamburg, Germany");
        assertThat(InvoiceContent.buyer(Invoices.with(Invoices.reverseCharge(), null, null, coded, null))
                        .address())
                .containsExactly("Nordwind Logistik GmbH", "Hafenstraße 12", "DE");
    }

    @Test
    void countriesAreNamedInEnglishAndAnUnknownCodeIsShownAsItIs() {
        assertThat(InvoiceContent.countryName("be")).isEqualTo("Belgium");
        assertThat(InvoiceContent.countryName("CH")).isEqualTo("Switzerland");
        assertThat(InvoiceContent.countryName("XI")).isEqualTo("XI");
        assertThat(InvoiceContent.countryName("")).isEmpty();
    }

    @Test
    void aSellerWithOnlyANameAndAddressHasNoIdentifierLinesAndNoPayToLine() {
        InvoiceDocument sample = Invoices.sample();

        assertThat(InvoiceContent.seller(sample).identifiers()).isEmpty();
        assertThat(InvoiceContent.payment(sample))
                .extracting(InvoiceContent.Row::label)
                .containsExactly("Payment");
        assertThat(InvoiceContent.footer(sample)).containsExactly("Vigint SA");
    }
}
