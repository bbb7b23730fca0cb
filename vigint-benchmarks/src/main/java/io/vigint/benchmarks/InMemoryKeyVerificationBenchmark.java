package io.vigint.benchmarks;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * API-key verification over {@link InMemoryStorage}: {@code authenticate} hashes the presented key
 * (SHA-256), looks the hash up, checks the key and its client. The store holds {@link Storage#clients}
 * clients with one key each; every key was authenticated once during setup, so no "last used" write falls
 * inside a run shorter than a minute.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InMemoryKeyVerificationBenchmark {

    /** The core over in-memory storage, preloaded with clients and keys. */
    @State(Scope.Benchmark)
    public static class Storage {
        /** How many clients (one key each) the store holds. */
        @Param("10000")
        public int clients;

        VigintCore core;
        KeyPopulation keys;

        /** Creates the clients and keys through the core's administration use cases. */
        @Setup(Level.Trial)
        public void populate() {
            core = VigintCore.builder().storage(new InMemoryStorage()).build();
            keys = KeyPopulation.create(core, clients, 42L);
        }
    }

    /** A known, active key of an active client, a different one each call: accepted. */
    @Benchmark
    public AuthenticationResult knownKey(Storage storage, KeyCursor cursor) {
        return storage.core.authentication().authenticate(storage.keys.knownKey(cursor.next(storage.keys.size())));
    }

    /** A well-formed key that was never issued: hashed, looked up, refused. */
    @Benchmark
    public AuthenticationResult unknownKey(Storage storage) {
        return storage.core.authentication().authenticate(storage.keys.unknownKey());
    }
}
