package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.BillingProfileService;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.billing.SetBillingProfileCommand;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.billing.VatId;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillingProfileStore} promises, through the profile use case and the invoice batch:
 * profiles are stored and replaced whole, the price mode can be set alone and survives a new profile
 * that does not name one, and each invoice is issued under its client's profile with the terms copied
 * onto it (and read back the same from storage).
 */
public interface BillingProfileContract extends BillingFixture {
    BillingPeriod NOVEMBER = BillingPeriod.parse("2026-11");
    Instant IN_NOVEMBER = Instant.parse("2026-11-14T12:00:00Z");
    Instant AFTER_NOVEMBER = Instant.parse("2026-12-01T00:05:00Z");

    BillingProfileStore billingProfileStore();

    /** A Belgian seller with French and Luxembourg rates, 14 days to pay. */
    BillingSettings BELGIAN_SELLER = new BillingSettings(
            new BigDecimal("0.21"),
            Currency.getInstance("EUR"),
            BillingFrequency.MONTHLY,
            500,
            new InvoiceParty("Vigint SRL", List.of("Rue de la Loi 16", "1000 Brussels"), "BE", "BE0403019261"),
            Map.of("FR", new BigDecimal("0.20"), "LU", new BigDecimal("0.17")),
            false,
            14);

    private ClientId client(String name) {
        return clientStore().insert(Fixtures.newClient(name)).id();
    }

    private BillingProfileService profiles() {
        return new BillingProfileService(clientStore(), billingProfileStore(), BELGIAN_SELLER, transactions(), clock());
    }

    private InvoicingService invoicingWithProfiles() {
        return new InvoicingService(
                invoiceStore(), billingProfileStore(), followUpStore(), transactions(), BELGIAN_SELLER, clock());
    }

    private static SetBillingProfileCommand profile(
            ClientId id, String country, String vatId, TaxTreatment treatment, Optional<Boolean> inclusive) {
        return new SetBillingProfileCommand(
                id,
                "Acme " + country + " SA",
                List.of("Main Street 1", "Town " + country),
                country,
                Optional.ofNullable(vatId).map(VatId::parse),
                treatment,
                inclusive);
    }

    private Invoice invoiceOf(InvoiceRunReport report, ClientId id) {
        return report.invoices().stream()
                .filter(i -> i.clientId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    default void aProfileIsStoredAndReplacedWhole() {
        ClientId id = client("Profiled");

        profiles().setProfile(profile(id, "FR", "FR40303265045", TaxTreatment.REVERSE_CHARGE, Optional.of(true)));
        BillingProfile stored = billingProfileStore().findProfile(id).orElseThrow();
        assertThat(stored.legalName()).isEqualTo("Acme FR SA");
        assertThat(stored.addressLines()).containsExactly("Main Street 1", "Town FR");
        assertThat(stored.country()).isEqualTo("FR");
        assertThat(stored.vatId()).contains(VatId.parse("FR40303265045"));
        assertThat(stored.taxTreatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
        assertThat(stored.pricesIncludeVat()).contains(true);
        assertThat(stored.updatedAt()).isEqualTo(Fixtures.micros(clock().instant()));

        profiles().setProfile(profile(id, "US", null, TaxTreatment.OUTSIDE_EU, Optional.of(false)));
        BillingProfile replaced = profiles().profile(id);
        assertThat(replaced.country()).isEqualTo("US");
        assertThat(replaced.vatId()).isEmpty();
        assertThat(replaced.taxTreatment()).isEqualTo(TaxTreatment.OUTSIDE_EU);
        assertThat(replaced.pricesIncludeVat()).contains(false);
        assertThat(billingProfileStore().findProfiles(List.of(id, new ClientId(987654))))
                .containsOnlyKeys(id);
    }

    @Test
    default void thePriceModeSetAloneSurvivesAProfileThatDoesNotNameOne() {
        ClientId id = client("Imported");
        ClientId other = client("Default");

        billingProfileStore().savePricesIncludeVat(id, true, Fixtures.micros(clock().instant()));
        assertThat(billingProfileStore().findProfile(id)).isEmpty();
        assertThat(billingProfileStore().findPricesIncludeVat(List.of(id, other)))
                .isEqualTo(Map.of(id, true));
        assertThat(profiles().pricesIncludeVat(id)).isTrue();
        assertThat(profiles().pricesIncludeVat(other)).isFalse();

        profiles().setProfile(profile(id, "BE", null, TaxTreatment.DOMESTIC, Optional.empty()));
        assertThat(profiles().profile(id).pricesIncludeVat()).contains(true);
        billingProfileStore().savePricesIncludeVat(id, false, Fixtures.micros(clock().instant()));
        assertThat(profiles().profile(id).pricesIncludeVat()).contains(false);
        assertThat(profiles().profile(id).legalName()).isEqualTo("Acme BE SA");
    }

    @Test
    default void unknownClientsAndMissingProfilesAreNotFound() {
        ClientId none = new ClientId(987654);
        assertThatThrownBy(
                        () -> profiles().setProfile(profile(none, "BE", null, TaxTreatment.DOMESTIC, Optional.empty())))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
        ClientId id = client("Bare");
        assertThatThrownBy(() -> profiles().profile(id))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.BILLING_PROFILE_NOT_FOUND));
        assertThatThrownBy(() -> profiles()
                        .setProfile(profile(id, "BE", "BE0403019261", TaxTreatment.REVERSE_CHARGE, Optional.empty())))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.details()).containsEntry("field", "country");
                });
        assertThat(billingProfileStore().findProfile(id)).isEmpty();
    }

    @Test
    default void eachInvoiceIsIssuedUnderItsClientsProfileAndKeepsItsTerms() {
        ClientId plain = client("No Profile");
        ClientId french = client("French Domestic");
        ClientId reverse = client("French Business");
        ClientId american = client("American");
        ClientId inclusive = client("Inclusive");
        profiles().setProfile(profile(french, "FR", null, TaxTreatment.DOMESTIC, Optional.empty()));
        profiles().setProfile(profile(reverse, "FR", "FR40303265045", TaxTreatment.REVERSE_CHARGE, Optional.of(true)));
        profiles().setProfile(profile(american, "US", null, TaxTreatment.OUTSIDE_EU, Optional.empty()));
        billingProfileStore().savePricesIncludeVat(inclusive, true, Fixtures.micros(clock().instant()));
        for (ClientId id : List.of(plain, french, reverse, american, inclusive)) {
            recordUsage(id, "/api/video/analyze", "0.50", IN_NOVEMBER);
            recordUsage(id, "/api/video/analyze", "0.50", IN_NOVEMBER);
            recordUsage(id, "/api/video/buffer", "0.21", IN_NOVEMBER);
        }
        clock().advance(java.time.Duration.between(clock().instant(), AFTER_NOVEMBER));

        InvoiceRunReport report = invoicingWithProfiles()
                .runInvoices(new RunInvoicesCommand(Optional.of(NOVEMBER), false))
                .get(0);

        Invoice p = invoiceOf(report, plain);
        assertThat(p.terms().taxTreatment()).isEqualTo(TaxTreatment.DOMESTIC);
        assertThat(p.vatRate()).isEqualByComparingTo("0.21");
        assertThat(p.terms().buyer()).isEqualTo(InvoiceParty.UNKNOWN);
        assertThat(p.subtotal()).isEqualTo(eur("1.21"));
        assertThat(p.vat()).isEqualTo(eur("0.25"));
        assertThat(p.total()).isEqualTo(eur("1.46"));
        assertThat(p.terms().supplyDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(p.terms().dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(p.terms().paymentTermsDays()).isEqualTo(14);
        assertThat(p.terms().seller()).isEqualTo(BELGIAN_SELLER.seller());

        Invoice f = invoiceOf(report, french);
        assertThat(f.vatRate()).isEqualByComparingTo("0.20");
        assertThat(f.vat()).isEqualTo(eur("0.24"));
        assertThat(f.terms().buyer().legalName()).isEqualTo("Acme FR SA");
        assertThat(f.terms().buyer().country()).isEqualTo("FR");

        Invoice r = invoiceOf(report, reverse);
        assertThat(r.terms().taxTreatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
        assertThat(r.terms().pricesIncludeVat()).isTrue();
        assertThat(r.vatRate()).isZero();
        assertThat(r.subtotal()).isEqualTo(eur("1.21"));
        assertThat(r.vat()).isEqualTo(eur("0.00"));
        assertThat(r.total()).isEqualTo(eur("1.21"));
        assertThat(r.terms().buyer().vatId()).isEqualTo("FR40303265045");

        Invoice a = invoiceOf(report, american);
        assertThat(a.terms().taxTreatment()).isEqualTo(TaxTreatment.OUTSIDE_EU);
        assertThat(a.total()).isEqualTo(eur("1.21"));

        Invoice i = invoiceOf(report, inclusive);
        assertThat(i.terms().pricesIncludeVat()).isTrue();
        assertThat(i.total()).isEqualTo(eur("1.21"));
        assertThat(i.subtotal()).isEqualTo(eur("1.00"));
        assertThat(i.vat()).isEqualTo(eur("0.21"));
        assertThat(i.lines()).extracting(l -> l.amount()).containsExactly(eur("0.83"), eur("0.17"));

        for (Invoice issued : report.invoices()) {
            Invoice stored =
                    invoiceStore().findInvoice(issued.number().orElseThrow()).orElseThrow();
            assertThat(stored.terms()).isEqualTo(issued.terms());
            assertThat(stored.lines()).isEqualTo(issued.lines());
            assertThat(stored.total()).isEqualTo(issued.total());
            assertThat(invoicingWithProfiles()
                            .verify(issued.number().orElseThrow())
                            .differences())
                    .isEmpty();
        }
    }

    @Test
    default void changingAProfileOrTheSellerLaterNeverChangesAnIssuedInvoice() {
        ClientId id = client("Changes Later");
        profiles().setProfile(profile(id, "FR", "FR40303265045", TaxTreatment.REVERSE_CHARGE, Optional.of(true)));
        recordUsage(id, "/api/video/analyze", "0.05", IN_NOVEMBER);
        clock().advance(java.time.Duration.between(clock().instant(), AFTER_NOVEMBER));
        Invoice issued = invoicingWithProfiles()
                .runInvoices(new RunInvoicesCommand(Optional.of(NOVEMBER), false))
                .get(0)
                .invoices()
                .get(0);

        profiles().setProfile(profile(id, "BE", null, TaxTreatment.DOMESTIC, Optional.of(false)));
        InvoicingService otherSeller = new InvoicingService(
                invoiceStore(),
                billingProfileStore(),
                followUpStore(),
                transactions(),
                BillingSettings.DEFAULTS,
                clock());

        Invoice reread = otherSeller.invoice(issued.number().orElseThrow());
        assertThat(reread.terms()).isEqualTo(issued.terms());
        assertThat(reread.terms().seller().vatId()).isEqualTo("BE0403019261");
        assertThat(otherSeller.verify(issued.number().orElseThrow()).differences())
                .isEmpty();
    }
}
