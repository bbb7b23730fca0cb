package io.vigint.http.billing;

/**
 * The body of {@code PUT /admin/v1/clients/{id}/payment-details}: {@code method} and {@code frequency}
 * are required; {@code iban}/{@code bic} or {@code customer_id} depending on the method.
 */
public record SetPaymentDetailsRequest(
        String method, String frequency, Boolean autoPay, String iban, String bic, String customerId) {}
