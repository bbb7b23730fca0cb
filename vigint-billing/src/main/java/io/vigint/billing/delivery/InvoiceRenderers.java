package io.vigint.billing.delivery;

import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.core.billing.InvoiceFormat;
import java.util.Objects;

/**
 * The renderer of each {@link InvoiceFormat}. The PDF one is the configured kind: Factur-X ({@link
 * io.vigint.billing.einvoice.FacturXInvoiceRenderer}) or the plain {@link PdfInvoiceRenderer}.
 *
 * @param pdf what {@link InvoiceFormat#PDF} is
 * @param html {@link InvoiceFormat#HTML}
 * @param csv {@link InvoiceFormat#CSV}
 * @param ubl {@link InvoiceFormat#UBL}
 */
public record InvoiceRenderers(
        InvoiceRenderer pdf, HtmlInvoiceRenderer html, CsvInvoiceRenderer csv, InvoiceRenderer ubl) {
    public InvoiceRenderers {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(ubl, "ubl");
    }

    /** The given PDF renderer, HTML, CSV and UBL. */
    public static InvoiceRenderers with(InvoiceRenderer pdf) {
        return new InvoiceRenderers(pdf, new HtmlInvoiceRenderer(), new CsvInvoiceRenderer(), new UblInvoiceRenderer());
    }

    /** The renderer of {@code format}. */
    public InvoiceRenderer of(InvoiceFormat format) {
        return switch (format) {
            case PDF -> pdf;
            case HTML -> html;
            case CSV -> csv;
            case UBL -> ubl;
        };
    }
}
