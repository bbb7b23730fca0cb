package io.vigint.billing.einvoice;

import com.helger.ubl21.UBL21Marshaller;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NameType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * An invoice or credit note as a UBL 2.1 document in Peppol BIS Billing 3.0 ({@code Invoice} with type
 * code 380, {@code CreditNote} with 381 and a billing reference to the invoice it corrects), written with
 * the UBL 2.1 JAXB bindings of ph-ubl. The mapping of each field to its EN 16931 business term is in
 * {@code docs/invoices.md} (E-invoices).
 *
 * <p>Amounts are those of the document, not recomputed: the net line amounts, their sum, the VAT, and
 * a payable rounding amount (BT-114) when the document's total differs from the sum of lines plus VAT,
 * so the payable amount is always the total invoiced minus what was paid. A line whose calls cost
 * different amounts (an average unit price) is priced as its amount per {@code count} calls (price
 * base quantity, BT-149), so quantity × price equals its amount exactly.
 */
public final class UblInvoiceRenderer implements InvoiceRenderer {
    /** The media type of UBL documents (RFC 7303 {@code +xml}, the OASIS UBL registration). */
    public static final String MEDIA_TYPE = "application/vnd.oasis.ubl+xml";

    static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String UNIT_CODE = "C62";

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public byte[] render(InvoiceDocument invoice) {
        Content content = new Content(invoice);
        byte[] xml = invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE
                ? UBL21Marshaller.creditNote().getAsBytes(creditNote(content))
                : UBL21Marshaller.invoice().getAsBytes(invoice(content));
        if (xml == null) {
            throw new IllegalStateException("cannot write invoice " + invoice.number() + " as UBL");
        }
        return xml;
    }

    private static InvoiceType invoice(Content c) {
        InvoiceDocument d = c.document;
        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(d.number());
        ubl.setIssueDate(d.issueDate());
        ubl.setDueDate(d.dueDate());
        ubl.setInvoiceTypeCode("380");
        notes(d).forEach(ubl::addNote);
        ubl.setDocumentCurrencyCode(c.currency);
        ubl.setBuyerReference(d.period().label());
        ubl.addInvoicePeriod(period(d));
        ubl.setAccountingSupplierParty(supplier(d, c.category));
        ubl.setAccountingCustomerParty(customer(d, c.category));
        ubl.addDelivery(delivery(d));
        paymentMeans(d).ifPresent(ubl::addPaymentMeans);
        paymentTerms(d).ifPresent(ubl::addPaymentTerms);
        ubl.addTaxTotal(c.taxTotal());
        ubl.setLegalMonetaryTotal(c.monetaryTotal());
        int id = 1;
        for (LineValues line : c.lines) {
            InvoiceLineType ubLine = new InvoiceLineType();
            ubLine.setID(Integer.toString(id++));
            ubLine.setInvoicedQuantity(line.quantity).setUnitCode(UNIT_CODE);
            ubLine.setLineExtensionAmount(line.amount).setCurrencyID(c.currency);
            ubLine.setItem(c.item(line.name));
            ubLine.setPrice(c.price(line));
            ubl.addInvoiceLine(ubLine);
        }
        return ubl;
    }

    private static CreditNoteType creditNote(Content c) {
        InvoiceDocument d = c.document;
        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(d.number());
        ubl.setIssueDate(d.issueDate());
        ubl.setCreditNoteTypeCode("381");
        notes(d).forEach(ubl::addNote);
        ubl.setDocumentCurrencyCode(c.currency);
        ubl.setBuyerReference(d.period().label());
        ubl.addInvoicePeriod(period(d));
        BillingReferenceType reference = new BillingReferenceType();
        DocumentReferenceType corrected = new DocumentReferenceType();
        corrected.setID(d.correctedInvoice());
        reference.setInvoiceDocumentReference(corrected);
        ubl.addBillingReference(reference);
        ubl.setAccountingSupplierParty(supplier(d, c.category));
        ubl.setAccountingCustomerParty(customer(d, c.category));
        ubl.addDelivery(delivery(d));
        paymentTerms(d).ifPresent(ubl::addPaymentTerms);
        ubl.addTaxTotal(c.taxTotal());
        ubl.setLegalMonetaryTotal(c.monetaryTotal());
        int id = 1;
        for (LineValues line : c.lines) {
            CreditNoteLineType ubLine = new CreditNoteLineType();
            ubLine.setID(Integer.toString(id++));
            ubLine.setCreditedQuantity(line.quantity).setUnitCode(UNIT_CODE);
            ubLine.setLineExtensionAmount(line.amount).setCurrencyID(c.currency);
            ubLine.setItem(c.item(line.name));
            ubLine.setPrice(c.price(line));
            ubl.addCreditNoteLine(ubLine);
        }
        return ubl;
    }

    /** The amounts and lines of the document, positive for a credit note whatever sign it was given. */
    private static final class Content {
        final InvoiceDocument document;
        final String currency;
        final TaxTreatment category;
        final BigDecimal sign;
        final List<LineValues> lines = new ArrayList<>();
        final BigDecimal lineTotal;

        Content(InvoiceDocument document) {
            this.document = document;
            this.currency = document.currency().getCurrencyCode();
            this.category = document.taxTreatment();
            boolean negative = document.kind() == InvoiceDocument.Kind.CREDIT_NOTE
                    && document.total().amount().signum() < 0;
            this.sign = negative ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            for (InvoiceDocument.Line line : document.lines()) {
                lines.add(LineValues.of(line, sign));
            }
            if (lines.isEmpty()) {
                lines.add(new LineValues(
                        "No usage in this period",
                        BigDecimal.ZERO,
                        amount(BigDecimal.ZERO),
                        amount(BigDecimal.ZERO),
                        null));
            }
            this.lineTotal = lines.stream().map(l -> l.amount).reduce(amount(BigDecimal.ZERO), BigDecimal::add);
        }

        BigDecimal signed(Money money) {
            return amount(money.amount().multiply(sign));
        }

        BigDecimal rate() {
            return category.zeroRated()
                    ? BigDecimal.ZERO
                    : document.vatRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        }

        TaxCategoryType taxCategory(boolean withExemption) {
            TaxCategoryType tax = new TaxCategoryType();
            tax.setID(category.vatCategoryCode());
            if (category != TaxTreatment.OUTSIDE_EU) {
                tax.setPercent(plain(rate()));
            }
            if (withExemption && category.zeroRated()) {
                switch (category) {
                    case REVERSE_CHARGE -> tax.setTaxExemptionReasonCode("VATEX-EU-AE");
                    case OUTSIDE_EU -> tax.setTaxExemptionReasonCode("VATEX-EU-O");
                    default -> {}
                }
                String mention = category.legalMention().isEmpty() ? "Exempt from VAT" : category.legalMention();
                TaxExemptionReasonType reason = new TaxExemptionReasonType();
                reason.setValue(mention);
                tax.addTaxExemptionReason(reason);
            }
            tax.setTaxScheme(vatScheme());
            return tax;
        }

        TaxTotalType taxTotal() {
            BigDecimal vat = signed(document.vatAmount());
            TaxTotalType total = new TaxTotalType();
            total.setTaxAmount(vat).setCurrencyID(currency);
            TaxSubtotalType sub = new TaxSubtotalType();
            sub.setTaxableAmount(lineTotal).setCurrencyID(currency);
            sub.setTaxAmount(vat).setCurrencyID(currency);
            sub.setTaxCategory(taxCategory(true));
            total.addTaxSubtotal(sub);
            return total;
        }

        MonetaryTotalType monetaryTotal() {
            BigDecimal vat = signed(document.vatAmount());
            BigDecimal inclusive = lineTotal.add(vat);
            BigDecimal total = signed(document.total());
            BigDecimal paid = signed(document.amountPaid());
            BigDecimal rounding = total.subtract(inclusive);
            MonetaryTotalType sums = new MonetaryTotalType();
            sums.setLineExtensionAmount(lineTotal).setCurrencyID(currency);
            sums.setTaxExclusiveAmount(lineTotal).setCurrencyID(currency);
            sums.setTaxInclusiveAmount(inclusive).setCurrencyID(currency);
            if (paid.signum() != 0) {
                sums.setPrepaidAmount(paid).setCurrencyID(currency);
            }
            if (rounding.signum() != 0) {
                sums.setPayableRoundingAmount(rounding).setCurrencyID(currency);
            }
            sums.setPayableAmount(total.subtract(paid)).setCurrencyID(currency);
            return sums;
        }

        ItemType item(String name) {
            ItemType item = new ItemType();
            NameType itemName = new NameType();
            itemName.setValue(name);
            item.setName(itemName);
            item.addClassifiedTaxCategory(taxCategory(false));
            return item;
        }

        PriceType price(LineValues line) {
            PriceType price = new PriceType();
            price.setPriceAmount(line.price).setCurrencyID(currency);
            if (line.baseQuantity != null) {
                price.setBaseQuantity(line.baseQuantity).setUnitCode(UNIT_CODE);
            }
            return price;
        }
    }

    /**
     * One line: quantity, net amount, price and, when the price is an amount for several calls, the
     * base quantity it is for.
     */
    private record LineValues(
            String name, BigDecimal quantity, BigDecimal amount, BigDecimal price, BigDecimal baseQuantity) {
        static LineValues of(InvoiceDocument.Line line, BigDecimal sign) {
            BigDecimal quantity = BigDecimal.valueOf(line.count());
            BigDecimal amount = UblInvoiceRenderer.amount(line.amount().amount().multiply(sign));
            BigDecimal unit = plain(line.unitPrice().amount().multiply(sign).abs());
            boolean exact = UblInvoiceRenderer.amount(quantity.multiply(unit)).compareTo(amount) == 0;
            if (exact || line.count() == 0) {
                return new LineValues(line.endpoint(), quantity, amount, unit, null);
            }
            return new LineValues(line.endpoint(), quantity, amount, amount.abs(), quantity);
        }
    }

    private static List<NoteType> notes(InvoiceDocument d) {
        List<NoteType> notes = new ArrayList<>();
        if (!d.taxTreatment().legalMention().isEmpty()) {
            NoteType note = new NoteType();
            note.setValue(d.taxTreatment().legalMention());
            notes.add(note);
        }
        return notes;
    }

    private static PeriodType period(InvoiceDocument d) {
        PeriodType period = new PeriodType();
        period.setStartDate(d.period().start());
        period.setEndDate(d.period().lastDay());
        return period;
    }

    private static DeliveryType delivery(InvoiceDocument d) {
        DeliveryType delivery = new DeliveryType();
        delivery.setActualDeliveryDate(d.supplyDate());
        return delivery;
    }

    private static SupplierPartyType supplier(InvoiceDocument d, TaxTreatment treatment) {
        Seller seller = d.seller();
        PartyType party = new PartyType();
        PeppolIds.endpoint(seller.vatId())
                .ifPresent(id -> party.setEndpointID(id.id()).setSchemeID(id.scheme()));
        String registration = seller.registration();
        Optional<String> enterprise = PeppolIds.belgianEnterpriseNumber(seller.vatId());
        if (treatment == TaxTreatment.OUTSIDE_EU
                && registration.isEmpty()
                && enterprise.isEmpty()
                && !seller.vatId().isEmpty()) {
            // Outside the scope of VAT no VAT ID is shown (BR-O-02); the seller is identified by it still.
            PartyIdentificationType identification = new PartyIdentificationType();
            identification.setID(PeppolIds.compactVat(seller.vatId()));
            party.addPartyIdentification(identification);
        }
        party.addPartyName(partyName(seller.name()));
        party.setPostalAddress(address(seller.addressLines(), seller.country()));
        if (treatment != TaxTreatment.OUTSIDE_EU && !seller.vatId().isEmpty()) {
            party.addPartyTaxScheme(taxScheme(seller.vatId()));
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(seller.name());
        if (enterprise.isPresent()) {
            legal.setCompanyID(enterprise.get()).setSchemeID(PeppolIds.BE_ENTERPRISE);
        } else if (!registration.isEmpty()) {
            legal.setCompanyID(registration);
        }
        if (!seller.footer().isEmpty()) {
            legal.setCompanyLegalForm(seller.footer());
        }
        party.addPartyLegalEntity(legal);
        if (!seller.email().isEmpty()) {
            ContactType contact = new ContactType();
            contact.setElectronicMail(seller.email());
            party.setContact(contact);
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    private static CustomerPartyType customer(InvoiceDocument d, TaxTreatment treatment) {
        InvoiceDocument.Buyer buyer = d.buyer();
        PartyType party = new PartyType();
        PeppolIds.endpoint(buyer.vatId())
                .ifPresent(id -> party.setEndpointID(id.id()).setSchemeID(id.scheme()));
        party.addPartyName(partyName(d.clientName()));
        String country = buyer.country().isEmpty() ? d.seller().country() : buyer.country();
        party.setPostalAddress(address(buyer.addressLines(), country));
        if (treatment != TaxTreatment.OUTSIDE_EU && !buyer.vatId().isEmpty()) {
            party.addPartyTaxScheme(taxScheme(buyer.vatId()));
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(buyer.legalName());
        PeppolIds.belgianEnterpriseNumber(buyer.vatId())
                .ifPresent(number -> legal.setCompanyID(number).setSchemeID(PeppolIds.BE_ENTERPRISE));
        party.addPartyLegalEntity(legal);
        ContactType contact = new ContactType();
        contact.setElectronicMail(d.clientEmail());
        party.setContact(contact);
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    private static PartyNameType partyName(String name) {
        PartyNameType partyName = new PartyNameType();
        partyName.setName(name);
        return partyName;
    }

    private static PartyTaxSchemeType taxScheme(String vatId) {
        PartyTaxSchemeType scheme = new PartyTaxSchemeType();
        scheme.setCompanyID(PeppolIds.compactVat(vatId));
        scheme.setTaxScheme(vatScheme());
        return scheme;
    }

    private static TaxSchemeType vatScheme() {
        TaxSchemeType vat = new TaxSchemeType();
        vat.setID("VAT");
        return vat;
    }

    /** A postal address (BG-5, BG-8). */
    static AddressType address(List<String> lines, String country) {
        PostalAddress parts = PostalAddress.of(lines, country);
        AddressType address = new AddressType();
        if (!parts.street().isEmpty()) {
            address.setStreetName(parts.street());
        }
        if (!parts.additional().isEmpty()) {
            address.setAdditionalStreetName(parts.additional());
        }
        if (!parts.city().isEmpty()) {
            address.setCityName(parts.city());
        }
        if (!parts.postCode().isEmpty()) {
            address.setPostalZone(parts.postCode());
        }
        if (!parts.country().isEmpty()) {
            CountryType countryType = new CountryType();
            countryType.setIdentificationCode(parts.country());
            address.setCountry(countryType);
        }
        return address;
    }

    private static Optional<PaymentMeansType> paymentMeans(InvoiceDocument d) {
        String iban = d.seller().iban().replaceAll("\\s", "");
        if (iban.isEmpty()) {
            return Optional.empty();
        }
        PaymentMeansType means = new PaymentMeansType();
        // 58: SEPA credit transfer (euro); 30: credit transfer in another currency.
        means.setPaymentMeansCode("EUR".equals(d.currency().getCurrencyCode()) ? "58" : "30");
        means.addPaymentID(paymentId(d.number()));
        FinancialAccountType account = new FinancialAccountType();
        account.setID(iban);
        account.setName(d.seller().name());
        if (!d.seller().bic().isEmpty()) {
            var branch = new oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType();
            branch.setID(d.seller().bic());
            account.setFinancialInstitutionBranch(branch);
        }
        means.setPayeeFinancialAccount(account);
        return Optional.of(means);
    }

    private static oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType paymentId(
            String number) {
        var id = new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType();
        id.setValue(number);
        return id;
    }

    private static Optional<PaymentTermsType> paymentTerms(InvoiceDocument d) {
        String text = d.paymentTerms().isEmpty() && d.kind() == InvoiceDocument.Kind.CREDIT_NOTE
                ? "Credit note for invoice " + d.correctedInvoice() + ", due " + d.dueDate()
                : d.paymentTerms();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        PaymentTermsType terms = new PaymentTermsType();
        NoteType note = new NoteType();
        note.setValue(text);
        terms.addNote(note);
        return Optional.of(terms);
    }

    /** Rounded half-up to cents, as every amount of the document is. */
    static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Without trailing zeros but at least 2 decimals is not needed here: {@code 0.0025}, {@code 21}. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
