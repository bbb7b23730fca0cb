package io.vigint.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigSource;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.ConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceDocumentConfigTest {
    private static InvoiceDocumentConfig resolve(Map<String, String> values) {
        ConfigSource source = key -> Optional.ofNullable(values.get(key.property()))
                .map(value -> new ConfigValue(value, "config file key " + key.property()));
        return InvoiceDocumentConfig.resolve(new ConfigReader(source));
    }

    @Test
    void byDefaultThePdfIsFacturXAndTheEmailCarriesThePdf() {
        assertThat(InvoiceDocumentConfig.resolve(new ConfigReader(ConfigSource.defaults())))
                .isEqualTo(InvoiceDocumentConfig.DEFAULTS)
                .isEqualTo(
                        new InvoiceDocumentConfig(InvoiceDocumentConfig.PdfFormat.FACTURX, List.of(InvoiceFormat.PDF)));
    }

    @Test
    void thePlainPdfAndBothAttachmentsCanBeChosen() {
        InvoiceDocumentConfig config =
                resolve(Map.of("billing.pdf_format", "Plain", "billing.email_attachments", " pdf , UBL,pdf"));
        assertThat(config.pdfFormat()).isEqualTo(InvoiceDocumentConfig.PdfFormat.PLAIN);
        assertThat(config.emailAttachments()).containsExactly(InvoiceFormat.PDF, InvoiceFormat.UBL);
        assertThat(resolve(Map.of("billing.email_attachments", "ubl")).emailAttachments())
                .containsExactly(InvoiceFormat.UBL);
    }

    @Test
    void anUnknownValueIsRefusedNamingTheKeyAndWhatIsExpected() {
        assertThatThrownBy(() -> resolve(Map.of("billing.pdf_format", "pdfa")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("billing.pdf_format")
                .hasMessageContaining("facturx or plain");
        assertThatThrownBy(() -> resolve(Map.of("billing.email_attachments", "pdf,html")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("billing.email_attachments")
                .hasMessageContaining("pdf, ubl or pdf,ubl");
        assertThatThrownBy(() -> resolve(Map.of("billing.email_attachments", " ")))
                .isInstanceOf(ConfigurationException.class);
    }
}
