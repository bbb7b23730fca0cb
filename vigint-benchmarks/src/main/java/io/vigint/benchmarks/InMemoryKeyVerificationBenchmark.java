package io.vigint.benchmarks;

import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * API-key verification over {@link InMemoryStorage}: {@code authenticate} hashes the presented key
 * (SHA-256), looks the hash up, checks the key and its client. The store holds {@link #clients}
 * clients with one key each; every key was authenticated once during setup, so no "last used" write falls
 * inside a run shorter than a minute.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InMemoryKeyVerificationBenchmark extends KeyVerificationBenchmark {

    /** Creates the clients and keys through the core's administration use cases. */
    @Setup(Level.Trial)
    public void populate() {
        core = VigintCore.builder().storage(new InMemoryStorage()).build();
        keys = KeyPopulation.create(core, clients, 42L);
    }
}
