package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SetPaymentDetailsCommandTest {
    private static final ClientId CLIENT = new ClientId(1);
    private static final Optional<Iban> IBAN = Optional.of(Iban.parse("NL91ABNA0417164300"));
    private static final Optional<Bic> BIC = Optional.of(Bic.parse("ABNANL2A"));

    private static SetPaymentDetailsCommand command(
            PaymentMethod method, boolean autoPay, Optional<Iban> iban, Optional<Bic> bic, Optional<String> customer) {
        return new SetPaymentDetailsCommand(CLIENT, method, BillingFrequency.MONTHLY, autoPay, iban, bic, customer);
    }

    private static void refused(String field, Runnable build) {
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(VigintException.class, e -> Assertions.assertThat(e.details())
                        .containsEntry("field", field));
    }

    @Test
    void directDebitNeedsAnIban() {
        assertThatCode(() -> command(PaymentMethod.DIRECT_DEBIT, true, IBAN, BIC, Optional.empty()))
                .doesNotThrowAnyException();
        refused(
                "iban",
                () -> command(PaymentMethod.DIRECT_DEBIT, true, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void creditCardNeedsACustomerIdAndNoBankAccount() {
        assertThatCode(() -> command(
                        PaymentMethod.CREDIT_CARD, true, Optional.empty(), Optional.empty(), Optional.of("cus_123")))
                .doesNotThrowAnyException();
        refused(
                "customer_id",
                () -> command(PaymentMethod.CREDIT_CARD, true, Optional.empty(), Optional.empty(), Optional.empty()));
        refused(
                "iban",
                () -> command(PaymentMethod.CREDIT_CARD, false, IBAN, Optional.empty(), Optional.of("cus_123")));
        refused(
                "customer_id",
                () -> command(
                        PaymentMethod.CREDIT_CARD, false, Optional.empty(), Optional.empty(), Optional.of("cus 1")));
    }

    @Test
    void bankTransferCannotBeAutoPaid() {
        assertThatCode(() -> command(
                        PaymentMethod.BANK_TRANSFER, false, Optional.empty(), Optional.empty(), Optional.empty()))
                .doesNotThrowAnyException();
        refused("auto_pay", () -> command(PaymentMethod.BANK_TRANSFER, true, IBAN, BIC, Optional.empty()));
        refused("bic", () -> command(PaymentMethod.BANK_TRANSFER, false, Optional.empty(), BIC, Optional.empty()));
    }

    @Test
    void methodAndFrequencyAreRequiredAndParsed() {
        refused(
                "method",
                () -> new SetPaymentDetailsCommand(
                        CLIENT, null, BillingFrequency.WEEKLY, false, IBAN, BIC, Optional.empty()));
        refused("frequency", () -> BillingFrequency.parse("daily"));
        refused("method", () -> PaymentMethod.parse("cash"));
        Assertions.assertThat(PaymentMethod.parse("Direct_Debit")).isEqualTo(PaymentMethod.DIRECT_DEBIT);
    }
}
