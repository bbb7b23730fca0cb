package io.vigint.billing.einvoice;

import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.PdfFonts;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.core.billing.TaxTreatment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * The invoice as Factur-X (ZUGFeRD 2): the PDF of {@link PdfInvoiceRenderer} with embedded fonts, made
 * PDF/A-3 (XMP metadata, sRGB output intent) with the invoice's Cross Industry Invoice XML attached as
 * {@code factur-x.xml}, profile EN 16931, by the Mustang library. A credit note has type code 381 and
 * references the invoice it corrects.
 *
 * <p>Mustang computes the CII totals from the lines (quantity × price / base quantity, VAT per
 * category); the lines and the VAT rate are the document's, so the totals are the document's as long
 * as its VAT is the subtotal times the rate, rounded, which is how the billing domain computes it.
 */
public final class FacturXInvoiceRenderer implements InvoiceRenderer {
    private final PdfInvoiceRenderer pdf;

    public FacturXInvoiceRenderer() {
        this(new PdfInvoiceRenderer(PdfFonts.EMBEDDED));
    }

    /** Over {@code pdf}, which must embed its fonts (PDF/A). */
    public FacturXInvoiceRenderer(PdfInvoiceRenderer pdf) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    @Override
    public String mediaType() {
        return PdfInvoiceRenderer.MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(InvoiceDocument invoice) {
        byte[] visual = pdf.render(invoice);
        try (Exporter exporter = new Exporter(invoice.taxTreatment())) {
            exporter.setProducer("Vigint")
                    .setCreator(invoice.seller().name())
                    .setProfile(Profiles.getByName("EN16931"))
                    .load(visual);
            exporter.setTransaction(transaction(invoice));
            ByteArrayOutputStream out = new ByteArrayOutputStream(visual.length + 65536);
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write invoice " + invoice.number() + " as Factur-X", e);
        }
    }

    /** Mustang's exporter, writing the CII through {@link NotSubjectToVatCii} for category O. */
    private static final class Exporter extends ZUGFeRDExporterFromA3 {
        Exporter(TaxTreatment treatment) {
            if (treatment == TaxTreatment.OUTSIDE_EU) {
                setXMLProvider(new NotSubjectToVatCii());
            }
        }
    }

    /** The CII content of {@code d}, as Mustang's model. */
    static Invoice transaction(InvoiceDocument d) {
        BigDecimal sign = d.kind() == InvoiceDocument.Kind.CREDIT_NOTE
                        && d.total().amount().signum() < 0
                ? BigDecimal.ONE.negate()
                : BigDecimal.ONE;
        TaxTreatment treatment = d.taxTreatment();
        Invoice invoice = new Invoice()
                .setNumber(d.number())
                .setIssueDate(date(d.issueDate()))
                .setDueDate(date(d.dueDate()))
                .setDeliveryDate(date(d.supplyDate()))
                .setDetailedDeliveryPeriod(
                        date(d.period().start()), date(d.period().lastDay()))
                .setCurrency(d.currency().getCurrencyCode())
                .setReferenceNumber(d.period().label())
                .setSender(seller(d.seller(), treatment))
                .setRecipient(buyer(d, treatment));
        if (!d.paymentTerms().isEmpty()) {
            invoice.setPaymentTermDescription(d.paymentTerms());
        }
        if (!treatment.legalMention().isEmpty()) {
            invoice.addNote(treatment.legalMention());
        }
        if (d.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            invoice.setCreditNote();
            invoice.setInvoiceReferencedDocumentID(d.correctedInvoice());
        }
        BigDecimal paid = d.amountPaid().amount().multiply(sign);
        if (paid.signum() != 0) {
            invoice.setTotalPrepaidAmount(UblInvoiceRenderer.amount(paid));
        }
        BigDecimal rate = treatment.zeroRated()
                ? BigDecimal.ZERO
                : d.vatRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        if (d.lines().isEmpty()) {
            invoice.addItem(
                    new Item(product("No usage in this period", treatment, rate), BigDecimal.ZERO, BigDecimal.ZERO));
        }
        for (InvoiceDocument.Line line : d.lines()) {
            BigDecimal quantity = BigDecimal.valueOf(line.count());
            BigDecimal amount = UblInvoiceRenderer.amount(line.amount().amount().multiply(sign));
            BigDecimal unit = line.unitPrice().amount().multiply(sign).abs();
            Item item = new Item(product(line.endpoint(), treatment, rate), unit, quantity);
            if (line.count() > 0
                    && UblInvoiceRenderer.amount(quantity.multiply(unit)).compareTo(amount) != 0) {
                // An average price: the amount for `count` calls, so quantity × price is the amount exactly.
                item.setPrice(amount.abs()).setBasisQuantity(quantity);
            }
            invoice.addItem(item);
        }
        return invoice;
    }

    private static Product product(String name, TaxTreatment treatment, BigDecimal rate) {
        Product product = new Product(name, "", "C62", rate).setTaxCategoryCode(treatment.vatCategoryCode());
        if (treatment.zeroRated()) {
            product.setTaxExemptionReason(
                    treatment.legalMention().isEmpty() ? "Exempt from VAT" : treatment.legalMention());
        }
        return product;
    }

    private static TradeParty seller(Seller seller, TaxTreatment treatment) {
        PostalAddress address = PostalAddress.of(seller.addressLines(), seller.country());
        TradeParty party =
                new TradeParty(seller.name(), address.street(), address.postCode(), address.city(), address.country());
        if (!address.additional().isEmpty()) {
            party.setAdditionalAddress(address.additional());
        }
        if (!seller.vatId().isEmpty() && treatment != TaxTreatment.OUTSIDE_EU) {
            party.addVATID(PeppolIds.compactVat(seller.vatId()));
        }
        PeppolIds.belgianEnterpriseNumber(seller.vatId())
                .ifPresent(number -> party.setLegalOrganisation(
                        new LegalOrganisation(new SchemedID(PeppolIds.BE_ENTERPRISE, number), seller.name())));
        if (!seller.email().isEmpty()) {
            party.setEmail(seller.email());
        }
        if (!seller.iban().isEmpty()) {
            BankDetails bank = new BankDetails(seller.iban().replaceAll("\\s", ""));
            if (!seller.bic().isEmpty()) {
                bank.setBIC(seller.bic());
            }
            party.addBankDetails(bank);
        }
        return party;
    }

    private static TradeParty buyer(InvoiceDocument d, TaxTreatment treatment) {
        InvoiceDocument.Buyer buyer = d.buyer();
        String country = buyer.country().isEmpty() ? d.seller().country() : buyer.country();
        PostalAddress address = PostalAddress.of(buyer.addressLines(), country);
        TradeParty party = new TradeParty(
                buyer.legalName(), address.street(), address.postCode(), address.city(), address.country());
        if (!address.additional().isEmpty()) {
            party.setAdditionalAddress(address.additional());
        }
        if (!buyer.vatId().isEmpty() && treatment != TaxTreatment.OUTSIDE_EU) {
            party.addVATID(PeppolIds.compactVat(buyer.vatId()));
        }
        party.setEmail(d.clientEmail());
        return party;
    }

    private static Date date(LocalDate day) {
        // Mustang formats dates in the JVM's time zone: noon there is that day everywhere.
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
