package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.EmailProvider;
import io.vigint.core.mail.SmtpSecurity;
import io.vigint.core.mail.StoredEmailConfig;
import io.vigint.core.port.ClientDataOwner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailConfigStore} promises: one configuration per client, stored and read back
 * field for field, replaced keeping its creation time, and gone when the client is deleted (through
 * the adapter's {@link ClientDataOwner} or the database's cascade).
 */
public interface EmailConfigStoreContract extends StorageFixture {
    EmailConfigStore emailConfigStore();

    /** The owner that the core calls before deleting a client (may be a no-op where the schema cascades). */
    ClientDataOwner emailConfigOwner();

    Instant T1 = T0.plusSeconds(60);

    static List<EmailConfig> everyProvider() {
        return List.of(
                EmailConfig.smtp("alerts@acme.test", "Acme Alerts", "smtp.acme.test", 2525, "mailer", SmtpSecurity.SSL),
                EmailConfig.smtp("alerts@acme.test", null, "localhost", 25, null, SmtpSecurity.NONE),
                new EmailConfig(
                        EmailProvider.MAILGUN,
                        "a@mg.acme.test",
                        "A",
                        null,
                        null,
                        null,
                        null,
                        "mg.acme.test",
                        "eu",
                        null),
                new EmailConfig(EmailProvider.SENDGRID, "b@acme.test", null, null, null, null, null, null, null, null),
                new EmailConfig(EmailProvider.POSTMARK, "c@acme.test", "C", null, null, null, null, null, null, null),
                new EmailConfig(
                        EmailProvider.SES,
                        "d@acme.test",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "eu-west-1",
                        "AKIAIOSFODNN7EXAMPLE"));
    }

    @Test
    default void everyProvidersFieldsRoundTrip() {
        for (EmailConfig config : everyProvider()) {
            Client client = clientStore().insert(newClient("Client " + config.provider() + config.port()));
            String sealed = config.needsSecret() ? "v1:sealed-" + client.id().value() : null;
            StoredEmailConfig stored = new StoredEmailConfig(client.id(), config, sealed, T0, T0);

            assertThat(emailConfigStore().insertEmailConfig(stored)).isTrue();

            assertThat(emailConfigStore().findEmailConfig(client.id())).contains(stored);
        }
    }

    @Test
    default void aClientHasAtMostOneConfigAndOthersAreUntouched() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        StoredEmailConfig first =
                new StoredEmailConfig(acme.id(), everyProvider().get(0), "v1:x", T0, T0);

        assertThat(emailConfigStore().insertEmailConfig(first)).isTrue();
        assertThat(emailConfigStore()
                        .insertEmailConfig(
                                new StoredEmailConfig(acme.id(), everyProvider().get(3), "v1:y", T1, T1)))
                .isFalse();

        assertThat(emailConfigStore().findEmailConfig(acme.id())).contains(first);
        assertThat(emailConfigStore().findEmailConfig(beta.id())).isEmpty();
        assertThat(emailConfigStore().findEmailConfig(new ClientId(987_654))).isEmpty();
    }

    @Test
    default void updateReplacesEverythingButTheCreationTime() {
        Client acme = clientStore().insert(newClient("Acme"));
        emailConfigStore()
                .insertEmailConfig(
                        new StoredEmailConfig(acme.id(), everyProvider().get(0), "v1:x", T0, T0));
        StoredEmailConfig replacement =
                new StoredEmailConfig(acme.id(), everyProvider().get(5), "v1:z", T1, T1);

        assertThat(emailConfigStore().updateEmailConfig(replacement)).isTrue();

        assertThat(emailConfigStore().findEmailConfig(acme.id()))
                .contains(new StoredEmailConfig(acme.id(), everyProvider().get(5), "v1:z", T0, T1));
        Client beta = clientStore().insert(newClient("Beta"));
        assertThat(emailConfigStore()
                        .updateEmailConfig(
                                new StoredEmailConfig(beta.id(), everyProvider().get(3), "v1:y", T1, T1)))
                .isFalse();
        assertThat(emailConfigStore().findEmailConfig(beta.id())).isEmpty();
    }

    @Test
    default void deleteRemovesOnlyThatClientsConfig() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        emailConfigStore()
                .insertEmailConfig(
                        new StoredEmailConfig(acme.id(), everyProvider().get(3), "v1:a", T0, T0));
        emailConfigStore()
                .insertEmailConfig(
                        new StoredEmailConfig(beta.id(), everyProvider().get(4), "v1:b", T0, T0));

        assertThat(emailConfigStore().deleteEmailConfig(acme.id())).isTrue();
        assertThat(emailConfigStore().deleteEmailConfig(acme.id())).isFalse();

        assertThat(emailConfigStore().findEmailConfig(acme.id())).isEmpty();
        assertThat(emailConfigStore().findEmailConfig(beta.id())).isPresent();
    }

    @Test
    default void deletingTheClientDeletesItsConfig() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        emailConfigStore()
                .insertEmailConfig(
                        new StoredEmailConfig(acme.id(), everyProvider().get(2), "v1:a", T0, T0));
        emailConfigStore()
                .insertEmailConfig(
                        new StoredEmailConfig(beta.id(), everyProvider().get(2), "v1:b", T0, T0));

        transactions().run(() -> {
            emailConfigOwner().deleteClientData(acme.id());
            clientStore().delete(acme.id());
        });

        assertThat(emailConfigStore().findEmailConfig(acme.id())).isEmpty();
        assertThat(emailConfigStore().findEmailConfig(beta.id())).isPresent();
    }
}
