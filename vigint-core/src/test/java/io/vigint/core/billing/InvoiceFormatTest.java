package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;

class InvoiceFormatTest {
    @Test
    void eachFormatIsParsedByItsNameInAnyCase() {
        assertThat(InvoiceFormat.parse("pdf")).isEqualTo(InvoiceFormat.PDF);
        assertThat(InvoiceFormat.parse(" HTML ")).isEqualTo(InvoiceFormat.HTML);
        assertThat(InvoiceFormat.parse("csv")).isEqualTo(InvoiceFormat.CSV);
        assertThat(InvoiceFormat.parse("Ubl")).isEqualTo(InvoiceFormat.UBL);
    }

    @Test
    void ublIsThePeppolXmlDocument() {
        assertThat(InvoiceFormat.UBL.mediaType()).isEqualTo("application/vnd.oasis.ubl+xml");
        assertThat(InvoiceFormat.UBL.extension()).isEqualTo("xml");
    }

    @Test
    void anyOtherNameIsRefusedListingTheFormats() {
        for (String bad : new String[] {"xml", "json", "", null}) {
            assertThatThrownBy(() -> InvoiceFormat.parse(bad))
                    .isInstanceOf(VigintException.class)
                    .hasMessage("invoice format must be pdf, html, csv or ubl")
                    .extracting(e -> ((VigintException) e).code())
                    .isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        }
    }
}
