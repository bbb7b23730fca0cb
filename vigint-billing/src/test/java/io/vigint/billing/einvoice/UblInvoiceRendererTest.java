package io.vigint.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.billing.document.InvoiceDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UblInvoiceRendererTest {
    private final UblInvoiceRenderer renderer = new UblInvoiceRenderer();

    private static void assertValid(String name, byte[] xml) {
        PeppolRules.Report report = PeppolRules.validate(xml);
        System.out.println(name + " — " + report);
        assertThat(report.errors())
                .as("Peppol BIS 3.0 errors of the %s:\n%s\n%s", name, report, new String(xml, StandardCharsets.UTF_8))
                .isEmpty();
    }

    @Test
    void aDomesticInvoicePassesThePeppolRules() {
        byte[] xml = renderer.render(EInvoices.domestic());
        assertValid("domestic invoice", xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>")
                .contains("<cbc:CustomizationID>" + UblInvoiceRenderer.CUSTOMIZATION_ID + "</cbc:CustomizationID>")
                .contains("<cbc:EndpointID schemeID=\"9925\">BE0403019261</cbc:EndpointID>")
                .contains("<cbc:EndpointID schemeID=\"9925\">BE0477472701</cbc:EndpointID>")
                .contains("<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>")
                .contains("<cbc:ID>BE68539007547034</cbc:ID>")
                .contains("<cbc:DueDate>2026-12-31</cbc:DueDate>")
                .contains("<cbc:PayableAmount currencyID=\"EUR\">8.75</cbc:PayableAmount>")
                .contains("<cbc:TaxAmount currencyID=\"EUR\">1.52</cbc:TaxAmount>")
                .contains("<cbc:Percent>21</cbc:Percent>");
    }

    @Test
    void aLineWithAnAveragePriceIsPricedPerItsCountSoQuantityTimesPriceIsItsAmount() {
        String text = new String(renderer.render(EInvoices.domestic()), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<cbc:InvoicedQuantity unitCode=\"C62\">1000</cbc:InvoicedQuantity>")
                .contains("<cbc:PriceAmount currencyID=\"EUR\">1.23</cbc:PriceAmount>")
                .contains("<cbc:BaseQuantity unitCode=\"C62\">1000</cbc:BaseQuantity>")
                .contains("<cbc:PriceAmount currencyID=\"EUR\">0.05</cbc:PriceAmount>");
    }

    @Test
    void aReverseChargeInvoicePassesThePeppolRulesWithCategoryAeAndItsExemptionReason() {
        byte[] xml = renderer.render(EInvoices.reverseCharge());
        assertValid("reverse-charge invoice", xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<cbc:ID>AE</cbc:ID>")
                .contains("<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>")
                .contains("Article 196")
                .contains("<cbc:EndpointID schemeID=\"9930\">DE136695976</cbc:EndpointID>")
                .contains("<cbc:PrepaidAmount currencyID=\"EUR\">3.00</cbc:PrepaidAmount>")
                .contains("<cbc:PayableAmount currencyID=\"EUR\">4.23</cbc:PayableAmount>");
    }

    @Test
    void anInvoiceOutsideTheEuPassesThePeppolRulesWithCategoryOAndNoVatIds() {
        byte[] xml = renderer.render(EInvoices.outsideEu());
        assertValid("outside-EU invoice", xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<cbc:TaxExemptionReasonCode>VATEX-EU-O</cbc:TaxExemptionReasonCode>")
                .doesNotContain("PartyTaxScheme")
                .contains("<cbc:CompanyID schemeID=\"0208\">0403019261</cbc:CompanyID>");
    }

    @Test
    void aCreditNotePassesThePeppolRulesAndReferencesTheInvoiceItCorrects() {
        InvoiceDocument note = EInvoices.creditNote();
        byte[] xml = renderer.render(note);
        assertValid("credit note", xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<CreditNote ")
                .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
                .contains("<cac:InvoiceDocumentReference>")
                .contains("<cbc:ID>VIGINT-2026-0042</cbc:ID>")
                .contains("<cbc:CreditedQuantity unitCode=\"C62\">120</cbc:CreditedQuantity>");
    }

    @Test
    void theRulesFindErrorsInADocumentThatBreaksThem() {
        String broken = new String(renderer.render(EInvoices.domestic()), StandardCharsets.UTF_8)
                .replace(
                        "<cbc:PayableAmount currencyID=\"EUR\">8.75</cbc:PayableAmount>",
                        "<cbc:PayableAmount currencyID=\"EUR\">9.75</cbc:PayableAmount>");
        assertThat(PeppolRules.validate(broken.getBytes(StandardCharsets.UTF_8)).errors())
                .anySatisfy(error -> assertThat(error).contains("BR-CO-16"));
    }
}
