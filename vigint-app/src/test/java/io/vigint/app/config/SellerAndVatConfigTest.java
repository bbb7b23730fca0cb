package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.billing.BillingConfig;
import io.vigint.billing.SellerConfig;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.config.ConfigurationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seller's identity, the per-country VAT rates and the default price mode, from file and environment. */
class SellerAndVatConfigTest {
    @TempDir
    Path cwd;

    private Settings settings(Map<String, String> environment) {
        return Settings.resolve(Settings.Flags.none(), environment, cwd);
    }

    @Test
    void byDefaultTheSellerIsVigintWith30DaysAndOneRateOnNetPrices() {
        SellerConfig seller = settings(Map.of()).seller();
        BillingConfig billing = settings(Map.of()).billing();

        assertThat(seller.name()).isEqualTo("Vigint");
        assertThat(seller.country()).isEmpty();
        assertThat(seller.vatId()).isEmpty();
        assertThat(seller.iban()).isEmpty();
        assertThat(seller.paymentTermsDays()).isEqualTo(30);
        assertThat(billing.vatRates()).isEmpty();
        assertThat(billing.pricesIncludeVat()).isFalse();
        BillingSettings core = billing.settings(seller);
        assertThat(core.rateFor(TaxTreatment.DOMESTIC, "FR")).isEqualByComparingTo("0.21");
        assertThat(core.paymentTermsDays()).isEqualTo(30);
    }

    @Test
    void theConfigFileSetsTheWholeSellerAndTheRates() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                String.join(
                        "\n",
                        "billing.seller.name=Vigint SRL",
                        "billing.seller.address=Rue de la Loi 16; 1000 Brussels",
                        "billing.seller.country=be",
                        "billing.seller.vat_id=BE 0403.019.261",
                        "billing.seller.registration=RPM Brussels 0403.019.261",
                        "billing.seller.iban=BE71 0961 2345 6769",
                        "billing.seller.bic=GKCCBEBB",
                        "billing.seller.email=billing@vigint.example",
                        "billing.seller.payment_terms_days=14",
                        "billing.seller.footer=Thank you",
                        "billing.vat_rates=FR:0.20, LU=0.17",
                        "billing.prices_include_vat=true",
                        ""));

        SellerConfig seller = settings(Map.of()).seller();
        BillingConfig billing = settings(Map.of()).billing();

        assertThat(seller.seller().name()).isEqualTo("Vigint SRL");
        assertThat(seller.seller().addressLines()).containsExactly("Rue de la Loi 16", "1000 Brussels");
        assertThat(seller.seller().country()).isEqualTo("BE");
        assertThat(seller.seller().vatId()).isEqualTo("BE0403019261");
        assertThat(seller.seller().registration()).isEqualTo("RPM Brussels 0403.019.261");
        assertThat(seller.seller().iban()).isEqualTo("BE71096123456769");
        assertThat(seller.seller().bic()).isEqualTo("GKCCBEBB");
        assertThat(seller.seller().email()).isEqualTo("billing@vigint.example");
        assertThat(seller.seller().footer()).isEqualTo("Thank you");
        assertThat(seller.paymentTermsDays()).isEqualTo(14);
        assertThat(billing.vatRates()).isEqualTo(Map.of("FR", new BigDecimal("0.20"), "LU", new BigDecimal("0.17")));
        assertThat(billing.pricesIncludeVat()).isTrue();
        BillingSettings core = billing.settings(seller);
        assertThat(core.seller().vatId()).isEqualTo("BE0403019261");
        assertThat(core.seller().addressLines()).containsExactly("Rue de la Loi 16", "1000 Brussels");
        assertThat(core.rateFor(TaxTreatment.DOMESTIC, "LU")).isEqualByComparingTo("0.17");
        assertThat(core.rateFor(TaxTreatment.DOMESTIC, "BE")).isEqualByComparingTo("0.21");
    }

    @Test
    void aBadValueNamesTheVariableAndWhatIsExpected() {
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("VIGINT_BILLING_SELLER_VAT_ID", "BE12"),
                Map.entry("VIGINT_BILLING_SELLER_COUNTRY", "Belgium"),
                Map.entry("VIGINT_BILLING_SELLER_IBAN", "BE71096123456760"),
                Map.entry("VIGINT_BILLING_SELLER_BIC", "nope"),
                Map.entry("VIGINT_BILLING_SELLER_EMAIL", "not-an-email"),
                Map.entry("VIGINT_BILLING_SELLER_PAYMENT_TERMS_DAYS", "400"))) {
            assertThatThrownBy(
                            () -> settings(Map.of(bad.getKey(), bad.getValue())).seller())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(bad.getKey());
        }
        assertThatThrownBy(() -> settings(Map.of(
                                "VIGINT_BILLING_SELLER_COUNTRY", "FR", "VIGINT_BILLING_SELLER_VAT_ID", "BE0403019261"))
                        .seller())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("a VAT ID of the seller's country FR");
        for (String rates : List.of("BE", "BE:x", "XX:0.2", "BE:1.5", "BE:0.21,BE:0.06")) {
            assertThatThrownBy(() ->
                            settings(Map.of("VIGINT_BILLING_VAT_RATES", rates)).billing())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("VIGINT_BILLING_VAT_RATES")
                    .hasMessageContaining("BE:0.21,FR:0.20");
        }
    }

    @Test
    void anUnknownSellerKeyInTheFileIsRefused() throws IOException {
        Files.writeString(cwd.resolve("vigint.conf"), "billing.seller.vat=BE0403019261\n");

        assertThatThrownBy(() -> settings(Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown setting 'billing.seller.vat'");
    }
}
