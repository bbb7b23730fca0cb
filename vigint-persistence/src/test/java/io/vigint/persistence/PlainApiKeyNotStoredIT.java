package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.KeyHash;
import io.vigint.memory.VigintCore;
import io.vigint.persistence.testing.DatabaseCore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainApiKeyNotStoredIT {
    @TempDir
    Path dataDir;

    @Test
    void theDatabaseFilesHoldTheKeyHashButNeverThePlainKey() throws IOException {
        CreatedClient created;
        IssuedApiKey second;
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            VigintCore vigint = DatabaseCore.builder(database.stores()).build();
            created = vigint.clients().createClient(new CreateClientCommand("Acme", "security@acme.com", "HQ"));
            second = vigint.keys()
                    .issueApiKey(IssueApiKeyCommand.defaultKey(created.client().id()));
        }

        List<Path> files = filesUnder(dataDir);
        assertThat(files).isNotEmpty();
        for (String plain : List.of(created.apiKey().plainText(), second.plainText())) {
            byte[] plainBytes = plain.getBytes(StandardCharsets.UTF_8);
            byte[] hashBytes = KeyHash.of(plain).hex().getBytes(StandardCharsets.UTF_8);
            assertThat(files).noneMatch(file -> contains(file, plainBytes));
            assertThat(files).anyMatch(file -> contains(file, hashBytes));
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        byte[] haystack;
        try {
            haystack = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
