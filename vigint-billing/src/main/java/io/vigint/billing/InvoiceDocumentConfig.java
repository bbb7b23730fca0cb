package io.vigint.billing;

import static io.vigint.billing.BillingKeys.key;

import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which PDF an invoice is and what its email carries.
 *
 * @param pdfFormat {@link PdfFormat#FACTURX} (the default: PDF/A-3 with the CII XML inside) or {@link
 *     PdfFormat#PLAIN}
 * @param emailAttachments the documents attached to an invoice email, in order: {@code pdf} and/or
 *     {@code ubl} (default {@code pdf})
 */
public record InvoiceDocumentConfig(PdfFormat pdfFormat, List<InvoiceFormat> emailAttachments) {
    public static final SettingKey PDF_FORMAT = key(
            "billing.pdf_format",
            "facturx",
            "The invoice PDF: facturx (PDF/A-3 with the structured invoice inside) or plain");
    public static final SettingKey EMAIL_ATTACHMENTS = key(
            "billing.email_attachments",
            "pdf",
            "Documents attached to invoice emails, comma-separated: pdf, ubl (e.g. pdf,ubl)");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(PDF_FORMAT, EMAIL_ATTACHMENTS);

    /** The defaults: Factur-X, and the PDF attached. */
    public static final InvoiceDocumentConfig DEFAULTS =
            new InvoiceDocumentConfig(PdfFormat.FACTURX, List.of(InvoiceFormat.PDF));

    public InvoiceDocumentConfig {
        Objects.requireNonNull(pdfFormat, "pdfFormat");
        emailAttachments = List.copyOf(emailAttachments);
        if (emailAttachments.isEmpty()) {
            throw new IllegalArgumentException("an invoice email carries at least one document");
        }
        for (InvoiceFormat format : emailAttachments) {
            if (format != InvoiceFormat.PDF && format != InvoiceFormat.UBL) {
                throw new IllegalArgumentException("invoice emails attach pdf or ubl, not " + format);
            }
        }
    }

    /** What {@code application/pdf} is. */
    public enum PdfFormat {
        /** Factur-X (ZUGFeRD 2), profile EN 16931: a PDF/A-3 with the invoice's CII XML attached. */
        FACTURX,
        /** The PDF alone. */
        PLAIN
    }

    public static InvoiceDocumentConfig resolve(ConfigReader values) {
        PdfFormat pdf =
                switch (values.text(PDF_FORMAT).strip().toLowerCase(Locale.ROOT).replace("-", "")) {
                    case "facturx" -> PdfFormat.FACTURX;
                    case "plain" -> PdfFormat.PLAIN;
                    default -> throw values.invalid(PDF_FORMAT, "facturx or plain");
                };
        List<InvoiceFormat> attachments = new ArrayList<>();
        for (String name : values.text(EMAIL_ATTACHMENTS).split(",")) {
            InvoiceFormat format =
                    switch (name.strip().toLowerCase(Locale.ROOT)) {
                        case "pdf" -> InvoiceFormat.PDF;
                        case "ubl" -> InvoiceFormat.UBL;
                        default -> throw values.invalid(EMAIL_ATTACHMENTS, "pdf, ubl or pdf,ubl");
                    };
            if (!attachments.contains(format)) {
                attachments.add(format);
            }
        }
        return new InvoiceDocumentConfig(pdf, attachments);
    }
}
