package io.vigint.benchmarks;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.memory.VigintCore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two measurements of API-key verification, shared by the benchmarks over each storage: a subclass fills
 * {@link #core} and {@link #keys} in its trial setup, with {@link #clients} clients of one key each, and
 * names the modes and units it is measured in (warm-up, measurement and fork are the same for all). JMH generates the benchmarks for each subclass.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class KeyVerificationBenchmark {
    /** How many clients (one key each) the store holds. */
    @Param("100000")
    public int clients;

    VigintCore core;
    KeyPopulation keys;

    /** A known, active key of an active client, a different one each call: accepted. */
    @Benchmark
    public AuthenticationResult knownKey(KeyCursor cursor) {
        return core.authentication().authenticate(keys.knownKey(cursor.next(keys.size())));
    }

    /** A well-formed key that was never issued: hashed, looked up (on a database, an index miss), refused. */
    @Benchmark
    public AuthenticationResult unknownKey() {
        return core.authentication().authenticate(keys.unknownKey());
    }
}
