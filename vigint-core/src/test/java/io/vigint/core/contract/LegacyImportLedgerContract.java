package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.legacy.LegacyImport;
import io.vigint.core.legacy.LegacyImport.Kind;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.port.ClientDataOwner;
import org.junit.jupiter.api.Test;

/** What every {@link LegacyImportLedger} promises. */
public interface LegacyImportLedgerContract extends StorageFixture {
    LegacyImportLedger legacyImportLedger();

    /** Deletes a client's data the way the core's deletion does, before the client row goes. */
    ClientDataOwner clientDataOwner();

    @Test
    default void aDeletedClientsEntriesGoWithIt() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        legacyImportLedger().recordImport(new LegacyImport(Kind.CLIENT, "acme@example.com", acme.id(), 1, T0));
        legacyImportLedger().recordImport(new LegacyImport(Kind.CLIENT, "beta@example.com", beta.id(), 2, T0));

        transactions().inTransaction(() -> {
            clientDataOwner().deleteClientData(acme.id());
            return clientStore().delete(acme.id());
        });

        assertThat(legacyImportLedger().findImport(Kind.CLIENT, "acme@example.com"))
                .isEmpty();
        assertThat(legacyImportLedger().findImport(Kind.CLIENT, "beta@example.com"))
                .isPresent();
    }

    @Test
    default void anEntryIsFoundByKindAndReferenceAndReplacedByTheNextOfTheSameKey() {
        Client acme = clientStore().insert(newClient("Acme"));
        LegacyImport client = new LegacyImport(Kind.CLIENT, "shop@example.com", acme.id(), 1, T0);
        LegacyImport usage = new LegacyImport(Kind.USAGE, "ab".repeat(32), acme.id(), 10, T0);

        legacyImportLedger().recordImport(client);
        legacyImportLedger().recordImport(usage);
        legacyImportLedger()
                .recordImport(new LegacyImport(Kind.USAGE, "ab".repeat(32), acme.id(), 25, T0.plusSeconds(1)));

        assertThat(legacyImportLedger().findImport(Kind.CLIENT, "shop@example.com"))
                .contains(client);
        assertThat(legacyImportLedger().findImport(Kind.PAYMENT, "shop@example.com"))
                .isEmpty();
        assertThat(legacyImportLedger().findImport(Kind.CLIENT, "SHOP@example.com"))
                .as("references are exact, as the original's unique email is")
                .isEmpty();
        assertThat(legacyImportLedger().findImport(Kind.USAGE, "ab".repeat(32)))
                .contains(new LegacyImport(Kind.USAGE, "ab".repeat(32), acme.id(), 25, T0.plusSeconds(1)));
    }

    @Test
    default void anEntryWrittenInARolledBackTransactionIsGone() {
        Client acme = clientStore().insert(newClient("Acme"));
        try {
            transactions().inTransaction(() -> {
                legacyImportLedger().recordImport(new LegacyImport(Kind.CLIENT, "a@example.com", acme.id(), 1, T0));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction failed, as intended
        }

        assertThat(legacyImportLedger().findImport(Kind.CLIENT, "a@example.com"))
                .isEmpty();
    }
}
