package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A billing profile command's own checks, and which treatment fits which customer ({@link TaxRules}). */
class SetBillingProfileCommandTest {
    private static final ClientId CLIENT = new ClientId(1);

    private static SetBillingProfileCommand command(String country, String vatId, TaxTreatment treatment) {
        return new SetBillingProfileCommand(
                CLIENT,
                "Acme SA",
                List.of("Rue de la Loi 16", "1000 Brussels"),
                country,
                Optional.ofNullable(vatId).map(VatId::parse),
                treatment,
                Optional.empty());
    }

    private static void refused(Runnable action, CoreErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void theCountryIsRequiredAndIsAnIsoCode() {
        assertThat(command("be", null, TaxTreatment.DOMESTIC).country()).isEqualTo("BE");
        refused(() -> command(null, null, TaxTreatment.DOMESTIC), CoreErrorCode.VALIDATION_FAILED, "country");
        refused(() -> command("Belgium", null, TaxTreatment.DOMESTIC), CoreErrorCode.VALIDATION_FAILED, "country");
        refused(() -> command("QQ", null, TaxTreatment.DOMESTIC), CoreErrorCode.VALIDATION_FAILED, "country");
    }

    @Test
    void theLegalNameAndAddressAreBounded() {
        refused(
                () -> new SetBillingProfileCommand(
                        CLIENT, " ", List.of(), "BE", Optional.empty(), TaxTreatment.DOMESTIC, Optional.empty()),
                CoreErrorCode.VALIDATION_FAILED,
                "legal_name");
        refused(
                () -> new SetBillingProfileCommand(
                        CLIENT,
                        "Acme",
                        List.of("1", "2", "3", "4", "5", "6"),
                        "BE",
                        Optional.empty(),
                        TaxTreatment.DOMESTIC,
                        Optional.empty()),
                CoreErrorCode.VALIDATION_FAILED,
                "address");
        refused(
                () -> new SetBillingProfileCommand(
                        CLIENT, "Acme", List.of(), "BE", Optional.empty(), null, Optional.empty()),
                CoreErrorCode.VALIDATION_FAILED,
                "tax_treatment");
    }

    @Test
    void aMalformedVatIdIsInvalidVatId() {
        refused(() -> command("BE", "BE12", TaxTreatment.DOMESTIC), CoreErrorCode.INVALID_VAT_ID, "vat_id");
    }

    @Test
    void reverseChargeNeedsAnotherMemberStateAndAVatIdOfIt() {
        assertThatCode(() -> TaxRules.check(command("FR", "FR40303265045", TaxTreatment.REVERSE_CHARGE), "BE"))
                .doesNotThrowAnyException();
        refused(
                () -> TaxRules.check(command("BE", "BE0403019261", TaxTreatment.REVERSE_CHARGE), "BE"),
                CoreErrorCode.VALIDATION_FAILED,
                "country");
        refused(
                () -> TaxRules.check(command("US", null, TaxTreatment.REVERSE_CHARGE), "BE"),
                CoreErrorCode.VALIDATION_FAILED,
                "country");
        refused(
                () -> TaxRules.check(command("FR", null, TaxTreatment.REVERSE_CHARGE), "BE"),
                CoreErrorCode.VALIDATION_FAILED,
                "vat_id");
        refused(
                () -> TaxRules.check(command("FR", "DE136695976", TaxTreatment.REVERSE_CHARGE), "BE"),
                CoreErrorCode.VALIDATION_FAILED,
                "vat_id");
        refused(
                () -> TaxRules.check(command("FR", "FR40303265045", TaxTreatment.REVERSE_CHARGE), ""),
                CoreErrorCode.VALIDATION_FAILED,
                "tax_treatment");
    }

    @Test
    void greekVatIdsSayElAndFitGreece() {
        assertThatCode(() -> TaxRules.check(command("GR", "EL094259216", TaxTreatment.REVERSE_CHARGE), "BE"))
                .doesNotThrowAnyException();
    }

    @Test
    void outsideTheEuNeedsACountryOutsideTheEu() {
        assertThatCode(() -> TaxRules.check(command("US", null, TaxTreatment.OUTSIDE_EU), "BE"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TaxRules.check(command("CH", "CHE116281710", TaxTreatment.OUTSIDE_EU), "BE"))
                .doesNotThrowAnyException();
        refused(
                () -> TaxRules.check(command("DE", null, TaxTreatment.OUTSIDE_EU), "BE"),
                CoreErrorCode.VALIDATION_FAILED,
                "country");
    }

    @Test
    void domesticAndExemptFitAnyCountry() {
        for (String country : List.of("BE", "FR", "US")) {
            assertThatCode(() -> TaxRules.check(command(country, null, TaxTreatment.DOMESTIC), "BE"))
                    .doesNotThrowAnyException();
            assertThatCode(() -> TaxRules.check(command(country, null, TaxTreatment.EXEMPT), ""))
                    .doesNotThrowAnyException();
        }
    }
}
