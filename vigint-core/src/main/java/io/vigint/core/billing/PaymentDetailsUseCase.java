package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;

/** Sets and shows a client's payment details (operator only). */
public interface PaymentDetailsUseCase {
    /**
     * Seals the references and stores the details, replacing earlier ones.
     *
     * @throws VigintException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    PaymentDetails setPaymentDetails(SetPaymentDetailsCommand command);

    /**
     * The client's details, references masked.
     *
     * @throws VigintException {@code CLIENT_NOT_FOUND}, or {@code PAYMENT_DETAILS_NOT_FOUND} when none
     *     were set
     */
    PaymentDetails paymentDetails(ClientId clientId);
}
