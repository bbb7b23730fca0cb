package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.client.Client;
import io.vigint.core.client.PendingEmailChange;
import java.time.Instant;

/**
 * A client as {@code GET /api/v1/clients/me} shows it: no API key. {@code email_config} is always
 * present: {@code null} until the client configures an email provider, then that provider as {@code GET
 * /api/v1/clients/email-config} shows it ({@link EmailConfigView}: no secret, only {@code <field>_set}).
 * {@code email} is the confirmed address, the one mail goes to. While a change of address waits for its
 * confirmation link, {@code pending_email} (the new address) and {@code pending_email_expires_at} are
 * present, and the answer to the {@code PUT} that asked for it has {@code "email_confirmation":"sent"};
 * otherwise these fields are left out.
 */
@JsonPropertyOrder({"client", "email_config", "pending_email", "pending_email_expires_at", "email_confirmation"})
public record ClientView(
        @JsonUnwrapped ClientFields client,
        Object emailConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pendingEmail,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant pendingEmailExpiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String emailConfirmation) {
    /** What {@code email_confirmation} says when a confirmation link was just sent. */
    public static final String CONFIRMATION_SENT = "sent";

    /** {@code client} without an email configuration. */
    public static ClientView of(Client client) {
        return of(client, null);
    }

    /** {@code client} with its email configuration, or {@code null} if it has none. */
    public static ClientView of(Client client, EmailConfigView emailConfig) {
        return of(client, emailConfig, null, null);
    }

    /**
     * {@code client} with its email configuration (or {@code null}), its pending email change (or
     * {@code null}) and what became of the confirmation mail ({@link #CONFIRMATION_SENT}, or {@code null}).
     */
    public static ClientView of(
            Client client, EmailConfigView emailConfig, PendingEmailChange pending, String emailConfirmation) {
        return new ClientView(
                ClientFields.of(client),
                emailConfig,
                pending == null ? null : pending.email(),
                pending == null ? null : pending.expiresAt(),
                emailConfirmation);
    }
}
