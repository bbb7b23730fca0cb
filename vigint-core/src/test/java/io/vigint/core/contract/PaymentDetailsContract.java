package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link io.vigint.core.billing.PaymentDetailsStore} promises, exercised through the use case. */
public interface PaymentDetailsContract extends BillingFixture {
    String IBAN = "NL91ABNA0417164300";

    private ClientId client(String name) {
        return clientStore().insert(Fixtures.newClient(name)).id();
    }

    private static SetPaymentDetailsCommand directDebit(ClientId id, BillingFrequency frequency) {
        return new SetPaymentDetailsCommand(
                id,
                PaymentMethod.DIRECT_DEBIT,
                frequency,
                true,
                Optional.of(Iban.parse(IBAN)),
                Optional.of(Bic.parse("ABNANL2A")),
                Optional.empty());
    }

    @Test
    default void ibanIsStoredSealedAndShownMasked() {
        ClientId id = client("Sealed Iban");

        paymentDetailsService().setPaymentDetails(directDebit(id, BillingFrequency.WEEKLY));

        PaymentDetails stored = paymentDetailsStore().findPaymentDetails(id).orElseThrow();
        assertThat(stored.iban().orElseThrow().sealed()).doesNotContain(IBAN).doesNotContain("4300");
        assertThat(new ReversibleTestCipher()
                        .decrypt(stored.iban().orElseThrow().sealed()))
                .isEqualTo(IBAN);
        assertThat(stored.iban().orElseThrow().masked()).isEqualTo("NL91 **** **** **** 4300");
        assertThat(stored.toString()).doesNotContain(IBAN);
        assertThat(stored.bic()).contains(new Bic("ABNANL2A"));
        assertThat(stored.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(stored.frequency()).isEqualTo(BillingFrequency.WEEKLY);
        assertThat(stored.autoPay()).isTrue();
        assertThat(stored.updatedAt()).isEqualTo(Fixtures.micros(clock().instant()));
    }

    @Test
    default void newDetailsReplaceTheOldOnes() {
        ClientId id = client("Replaced");
        paymentDetailsService().setPaymentDetails(directDebit(id, BillingFrequency.WEEKLY));

        paymentDetailsService()
                .setPaymentDetails(new SetPaymentDetailsCommand(
                        id,
                        PaymentMethod.CREDIT_CARD,
                        BillingFrequency.QUARTERLY,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("cus_Q8m2kXh31LpZ")));

        PaymentDetails shown = paymentDetailsService().paymentDetails(id);
        assertThat(shown.method()).isEqualTo(PaymentMethod.CREDIT_CARD);
        assertThat(shown.frequency()).isEqualTo(BillingFrequency.QUARTERLY);
        assertThat(shown.iban()).isEmpty();
        assertThat(shown.bic()).isEmpty();
        assertThat(shown.customerId().orElseThrow().masked()).isEqualTo("****1LpZ");
        assertThat(shown.customerId().orElseThrow().sealed()).doesNotContain("cus_Q8m2kXh31LpZ");
    }

    @Test
    default void unknownClientHasNoDetailsAndGetsNone() {
        ClientId missing = new ClientId(987_654);

        assertThatThrownBy(
                        () -> paymentDetailsService().setPaymentDetails(directDebit(missing, BillingFrequency.MONTHLY)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
        assertThat(paymentDetailsStore().findPaymentDetails(missing)).isEmpty();
    }

    @Test
    default void clientWithoutDetailsIsReportedAsSuch() {
        ClientId id = client("No Details");

        assertThatThrownBy(() -> paymentDetailsService().paymentDetails(id))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.PAYMENT_DETAILS_NOT_FOUND));
    }
}
