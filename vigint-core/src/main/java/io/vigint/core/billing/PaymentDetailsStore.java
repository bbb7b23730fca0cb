package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import java.util.Optional;

/**
 * Keeps each client's payment details (at most one set per client). It stores references only in the
 * sealed form it is given. Deleting a client deletes its details.
 */
public interface PaymentDetailsStore {
    /** Stores {@code details}, replacing the client's previous ones. The client must exist. */
    void savePaymentDetails(PaymentDetails details);

    /** The client's details, if any were set. */
    Optional<PaymentDetails> findPaymentDetails(ClientId clientId);
}
