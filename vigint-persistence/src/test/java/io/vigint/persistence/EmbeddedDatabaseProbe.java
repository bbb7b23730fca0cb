package io.vigint.persistence;

import io.vigint.core.client.Client;
import io.vigint.core.client.NewClient;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A second process for {@link EmbeddedDatabaseSharingIT}: opens the embedded database in the data
 * directory given as the first argument, as the CLI would, stores a client named by the second, and
 * prints its id.
 */
final class EmbeddedDatabaseProbe {
    private EmbeddedDatabaseProbe() {}

    public static void main(String[] args) {
        try (Database database = Database.open(DatabaseSettings.embedded(Path.of(args[0])))) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Client client =
                    database.stores().clients().insert(new NewClient(args[1], args[1] + "@example.com", null, now));
            System.out.println("stored client " + client.id());
        }
    }
}
