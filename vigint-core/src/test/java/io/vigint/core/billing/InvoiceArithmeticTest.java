package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The invoice arithmetic with prices without and with VAT, for every treatment's rate. */
class InvoiceArithmeticTest {
    private static final ClientId CLIENT = new ClientId(7);
    private static final BillingPeriod NOVEMBER = BillingPeriod.parse("2026-11");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant AT = Instant.parse("2026-12-01T00:05:00Z");
    private static final BigDecimal RATE = new BigDecimal("0.21");

    private static UsageTotal usage(String endpoint, long count, String sum) {
        BigDecimal s = new BigDecimal(sum);
        BigDecimal each = s.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP);
        return new UsageTotal(CLIENT, endpoint, count, s, each);
    }

    private static InvoiceTerms terms(TaxTreatment treatment, boolean inclusive) {
        return new InvoiceTerms(
                treatment,
                inclusive,
                InvoiceParty.UNKNOWN,
                InvoiceParty.UNKNOWN,
                InvoiceTerms.supplyDate(NOVEMBER),
                InvoiceTerms.day(AT).plusDays(30),
                30);
    }

    private static Invoice draft(List<UsageTotal> usage, BigDecimal rate, boolean inclusive) {
        return InvoiceArithmetic.draft(CLIENT, NOVEMBER, usage, rate, terms(TaxTreatment.DOMESTIC, inclusive), EUR, AT);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void pricesWithoutVatAddTheRateOnTopOfTheRoundedLines() {
        Invoice invoice = draft(List.of(usage("/a", 3, "0.15"), usage("/b", 3, "1.004999")), RATE, false);

        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(eur("0.15"), eur("1.00"));
        assertThat(invoice.subtotal()).isEqualTo(eur("1.15"));
        assertThat(invoice.vat()).isEqualTo(eur("0.24"));
        assertThat(invoice.total()).isEqualTo(eur("1.39"));
        assertThat(invoice.terms().pricesIncludeVat()).isFalse();
    }

    @Test
    void pricesWithVatMakeTheTotalTheRoundedSumOfTheCosts() {
        // 20 calls at 0.05 = 1.00 gross: net 1.00 / 1.21 = 0.826... -> 0.83, VAT 0.17
        Invoice invoice = draft(List.of(usage("/api/video/analyze", 20, "1.00")), RATE, true);

        assertThat(invoice.total()).isEqualTo(eur("1.00"));
        assertThat(invoice.subtotal()).isEqualTo(eur("0.83"));
        assertThat(invoice.vat()).isEqualTo(eur("0.17"));
        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(eur("0.83"));
        assertThat(invoice.lines().get(0).unitPrice()).contains(new BigDecimal("0.05"));
    }

    @Test
    void theGrossTotalIsTheExactSumRoundedOnceNotTheSumOfRoundedLines() {
        // three lines of 0.004 each: rounded one by one they would be 0.00; their sum 0.012 rounds to 0.01
        Invoice invoice =
                draft(List.of(usage("/a", 1, "0.004"), usage("/b", 1, "0.004"), usage("/c", 1, "0.004")), RATE, true);

        assertThat(invoice.total()).isEqualTo(eur("0.01"));
        assertThat(invoice.subtotal()).isEqualTo(eur("0.01"));
        assertThat(invoice.vat()).isEqualTo(eur("0.00"));
        assertThat(invoice.lines())
                .extracting(InvoiceLine::amount)
                .containsExactly(eur("0.01"), eur("0.00"), eur("0.00"));
    }

    @Test
    void theLargestRemaindersGetTheMissingCents() {
        // gross 1.00 + 1.00 + 1.00 = 3.00; net 3.00 / 1.21 = 2.479... -> 2.48; each line 0.8264... -> 0.82
        // (remainders equal), so two of three lines get a cent: by endpoint order on a tie
        Invoice invoice =
                draft(List.of(usage("/a", 1, "1.00"), usage("/b", 1, "1.00"), usage("/c", 1, "1.00")), RATE, true);

        assertThat(invoice.subtotal()).isEqualTo(eur("2.48"));
        assertThat(invoice.vat()).isEqualTo(eur("0.52"));
        assertThat(invoice.total()).isEqualTo(eur("3.00"));
        assertThat(invoice.lines())
                .extracting(InvoiceLine::amount)
                .containsExactly(eur("0.83"), eur("0.83"), eur("0.82"));
    }

    @Test
    void theLineWithTheLargerRemainderIsRaisedFirst() {
        // /a 0.50 -> 0.41322 (rem .00322), /b 0.70 -> 0.57851 (rem .00851); G 1.20, N 0.99 (0.9917), floors 0.98
        Invoice invoice = draft(List.of(usage("/a", 1, "0.50"), usage("/b", 1, "0.70")), RATE, true);

        assertThat(invoice.subtotal()).isEqualTo(eur("0.99"));
        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(eur("0.41"), eur("0.58"));
    }

    @Test
    void manyLinesAlwaysAddUpToTheSubtotalAndTheTotalIsTheRoundedSum() {
        Random random = new Random(13);
        for (int round = 0; round < 500; round++) {
            List<UsageTotal> usage = new ArrayList<>();
            int lines = 1 + random.nextInt(40);
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < lines; i++) {
                BigDecimal sum = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 6);
                exact = exact.add(sum);
                usage.add(new UsageTotal(
                        CLIENT, String.format("/e%03d", i), 1 + random.nextInt(100), sum, sum.add(BigDecimal.ONE)));
            }
            BigDecimal rate = List.of(RATE, new BigDecimal("0.06"), new BigDecimal("0.20"), BigDecimal.ZERO)
                    .get(random.nextInt(4));
            Invoice invoice = draft(usage, rate, true);

            BigDecimal gross = exact.setScale(2, RoundingMode.HALF_UP);
            assertThat(invoice.total()).isEqualTo(new Money(gross, EUR));
            assertThat(invoice.subtotal())
                    .isEqualTo(new Money(gross.divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP), EUR));
            assertThat(invoice.subtotal().plus(invoice.vat())).isEqualTo(invoice.total());
            Money sumOfLines = invoice.lines().stream()
                    .map(InvoiceLine::amount)
                    .reduce(Money.zero(EUR).rounded(), Money::plus);
            assertThat(sumOfLines).isEqualTo(invoice.subtotal());
            for (int i = 0; i < lines; i++) {
                BigDecimal exactNet = usage.get(i).sum().divide(BigDecimal.ONE.add(rate), 10, RoundingMode.HALF_UP);
                // each line is its exact net rounded down or up: never a cent further off
                assertThat(invoice.lines()
                                .get(i)
                                .amount()
                                .amount()
                                .subtract(exactNet)
                                .abs())
                        .isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void aZeroRatePaysTheInclusivePriceAsNet() {
        for (TaxTreatment treatment :
                List.of(TaxTreatment.REVERSE_CHARGE, TaxTreatment.OUTSIDE_EU, TaxTreatment.EXEMPT)) {
            Invoice invoice = InvoiceArithmetic.draft(
                    CLIENT,
                    NOVEMBER,
                    List.of(usage("/a", 3, "0.15"), usage("/b", 2, "0.10")),
                    BillingSettings.DEFAULTS.rateFor(treatment, "FR"),
                    terms(treatment, true),
                    EUR,
                    AT);

            assertThat(invoice.vatRate()).isZero();
            assertThat(invoice.subtotal()).isEqualTo(eur("0.25"));
            assertThat(invoice.vat()).isEqualTo(eur("0.00"));
            assertThat(invoice.total()).isEqualTo(eur("0.25"));
            assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(eur("0.15"), eur("0.10"));
            assertThat(invoice.terms().taxTreatment()).isEqualTo(treatment);
        }
    }

    @Test
    void aZeroRateWithoutVatIncludedChargesNoVatEither() {
        Invoice invoice = InvoiceArithmetic.draft(
                CLIENT,
                NOVEMBER,
                List.of(usage("/a", 3, "0.155")),
                BigDecimal.ZERO,
                terms(TaxTreatment.REVERSE_CHARGE, false),
                EUR,
                AT);

        assertThat(invoice.subtotal()).isEqualTo(eur("0.16"));
        assertThat(invoice.vat()).isEqualTo(eur("0.00"));
        assertThat(invoice.total()).isEqualTo(eur("0.16"));
    }

    @Test
    void halfACentRoundsUpOnTheGrossAndOnTheNet() {
        // gross 12.105 -> 12.11; 12.11 / 1.21 = 10.00826 -> 10.01; VAT 2.10
        Invoice invoice = draft(List.of(usage("/a", 1, "12.105")), RATE, true);

        assertThat(invoice.total()).isEqualTo(eur("12.11"));
        assertThat(invoice.subtotal()).isEqualTo(eur("10.01"));
        assertThat(invoice.vat()).isEqualTo(eur("2.10"));
        // 6.05 / 1.1 = 5.5 exactly: no rounding needed, no cent moved
        Invoice exact = draft(List.of(usage("/a", 1, "6.05")), new BigDecimal("0.10"), true);
        assertThat(exact.subtotal()).isEqualTo(eur("5.50"));
        assertThat(exact.vat()).isEqualTo(eur("0.55"));
    }

    @Test
    void theRateOfADomesticInvoiceIsTheClientCountrysElseTheDefault() {
        BillingSettings settings = new BillingSettings(
                RATE,
                EUR,
                BillingFrequency.MONTHLY,
                10,
                new InvoiceParty("Vigint SRL", List.of(), "BE", ""),
                java.util.Map.of("FR", new BigDecimal("0.20"), "LU", new BigDecimal("0.17")),
                false,
                30);

        assertThat(settings.rateFor(TaxTreatment.DOMESTIC, "FR")).isEqualByComparingTo("0.20");
        assertThat(settings.rateFor(TaxTreatment.DOMESTIC, "BE")).isEqualByComparingTo("0.21");
        assertThat(settings.rateFor(TaxTreatment.DOMESTIC, "")).isEqualByComparingTo("0.21");
        assertThat(settings.rateFor(TaxTreatment.REVERSE_CHARGE, "FR")).isZero();
        assertThat(settings.rateFor(TaxTreatment.OUTSIDE_EU, "US")).isZero();
        assertThat(settings.rateFor(TaxTreatment.EXEMPT, "BE")).isZero();
    }
}
