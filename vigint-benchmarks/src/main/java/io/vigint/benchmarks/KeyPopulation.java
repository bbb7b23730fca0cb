package io.vigint.benchmarks;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.port.RandomSource;
import io.vigint.memory.VigintCore;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;

/**
 * Clients and their keys created through the core's own use cases, for a benchmark to present. Holds the
 * plain-text keys in memory only (they are test data, never printed).
 */
public final class KeyPopulation {
    private final String[] knownKeys;
    private final String unknownKey;

    private KeyPopulation(String[] knownKeys, String unknownKey) {
        this.knownKeys = knownKeys;
        this.unknownKey = unknownKey;
    }

    /**
     * Creates {@code clients} clients, each with its first key, and then authenticates every key once, so the
     * one-write-per-minute "last used" update has already happened and the measured window is read-only.
     * The keys come back in an order shuffled by {@code seed}, so presenting them in sequence hits the store
     * at random.
     */
    public static KeyPopulation create(VigintCore core, int clients, long seed) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1");
        }
        String[] keys = new String[clients];
        for (int i = 0; i < clients; i++) {
            String name = String.format("bench-client-%06d", i);
            keys[i] = core.clients()
                    .createClient(new CreateClientCommand(name, name + "@bench.vigint.invalid", null))
                    .apiKey()
                    .plainText();
        }
        Collections.shuffle(Arrays.asList(keys), new Random(seed));
        for (int i = 0; i < clients; i++) {
            // Fresh copies, allocated in shuffled order: walking the array then reads the key texts from
            // consecutive memory, as a server reads a key just parsed from a request, and the cache misses
            // measured are the store's own.
            keys[i] = new String(keys[i].toCharArray());
        }
        KeyPopulation population = new KeyPopulation(keys, ApiKeyFormat.generate(RandomSource.secure()));
        population.requireAllAuthenticate(core);
        return population;
    }

    /**
     * Keys already stored (by a bulk load), presented in an order shuffled by {@code seed}; {@code sample} of them,
     * spread over the whole list, are authenticated once through {@code core} and must be accepted.
     */
    public static KeyPopulation stored(VigintCore core, String[] storedKeys, long seed, int sample) {
        String[] keys = storedKeys.clone();
        Collections.shuffle(Arrays.asList(keys), new Random(seed));
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new String(keys[i].toCharArray());
        }
        KeyPopulation population = new KeyPopulation(keys, ApiKeyFormat.generate(RandomSource.secure()));
        int step = Math.max(1, keys.length / Math.max(1, sample));
        for (int i = 0; i < keys.length; i += step) {
            population.requireAuthenticates(core, keys[i]);
        }
        return population;
    }

    /** Authenticates every known key once and fails unless each is accepted. */
    private void requireAllAuthenticate(VigintCore core) {
        for (String key : knownKeys) {
            requireAuthenticates(core, key);
        }
    }

    private void requireAuthenticates(VigintCore core, String key) {
        AuthenticationResult result = core.authentication().authenticate(key);
        if (!(result instanceof AuthenticationResult.Authenticated)) {
            throw new IllegalStateException("a freshly issued key was refused: " + result);
        }
    }

    /** How many known keys there are. */
    public int size() {
        return knownKeys.length;
    }

    /** The known key at {@code index} (0 to {@link #size()} - 1), in shuffled order. */
    public String knownKey(int index) {
        return knownKeys[index];
    }

    /** A well-formed key that was never issued: authentication hashes it and finds nothing. */
    public String unknownKey() {
        return unknownKey;
    }
}
