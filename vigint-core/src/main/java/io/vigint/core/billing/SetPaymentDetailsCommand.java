package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a client's payment details; a command that exists is consistent:
 *
 * <ul>
 *   <li>{@code direct_debit} needs an IBAN (the BIC is optional, as in SEPA);
 *   <li>{@code credit_card} needs the card provider's customer id and takes no IBAN or BIC;
 *   <li>{@code bank_transfer} may carry an IBAN (for refunds) and cannot be auto-paid, since the
 *       client pushes the money.
 * </ul>
 *
 * @param clientId whose details to set
 * @param method how the client pays
 * @param frequency how often it is invoiced
 * @param autoPay collect automatically
 * @param iban the account, validated by {@link Iban}
 * @param bic the bank, validated by {@link Bic}
 * @param customerId the card provider's customer reference (1-200 printable characters)
 */
public record SetPaymentDetailsCommand(
        ClientId clientId,
        PaymentMethod method,
        BillingFrequency frequency,
        boolean autoPay,
        Optional<Iban> iban,
        Optional<Bic> bic,
        Optional<String> customerId) {
    public SetPaymentDetailsCommand {
        Objects.requireNonNull(clientId, "clientId");
        if (method == null) {
            throw VigintException.invalid("method", "method is required");
        }
        if (frequency == null) {
            throw VigintException.invalid("frequency", "frequency is required");
        }
        iban = Objects.requireNonNullElse(iban, Optional.empty());
        bic = Objects.requireNonNullElse(bic, Optional.empty());
        customerId = Objects.requireNonNullElse(customerId, Optional.<String>empty())
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        if (customerId.isPresent() && !customerId.get().matches("[\\x21-\\x7E]{1,200}")) {
            throw VigintException.invalid("customer_id", "customer_id is 1 to 200 printable characters without spaces");
        }
        switch (method) {
            case DIRECT_DEBIT -> {
                if (iban.isEmpty()) {
                    throw VigintException.invalid("iban", "direct_debit needs an IBAN");
                }
                if (customerId.isPresent()) {
                    throw VigintException.invalid("customer_id", "direct_debit takes an IBAN, not a customer id");
                }
            }
            case CREDIT_CARD -> {
                if (customerId.isEmpty()) {
                    throw VigintException.invalid("customer_id", "credit_card needs the card provider's customer id");
                }
                if (iban.isPresent() || bic.isPresent()) {
                    throw VigintException.invalid("iban", "credit_card takes a customer id, not an IBAN or BIC");
                }
            }
            case BANK_TRANSFER -> {
                if (autoPay) {
                    throw VigintException.invalid(
                            "auto_pay", "bank_transfer cannot be auto-paid: the client sends the money");
                }
                if (customerId.isPresent()) {
                    throw VigintException.invalid("customer_id", "bank_transfer takes an IBAN, not a customer id");
                }
            }
        }
        if (bic.isPresent() && iban.isEmpty()) {
            throw VigintException.invalid("bic", "a BIC is given together with an IBAN");
        }
    }
}
