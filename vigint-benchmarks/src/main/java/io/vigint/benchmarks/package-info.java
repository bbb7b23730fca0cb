/**
 * JMH benchmarks of Vigint's hot paths, built into {@code vigint-benchmarks/target/benchmarks.jar} and run by
 * hand (see {@code bench/keys.sh} and {@code docs/benchmarks.md}); never run by the build.
 *
 * <p>API-key verification is {@code AuthenticateUseCase.authenticate}: SHA-256 of the presented key, lookup by
 * hash, client check. It is measured over the in-memory adapter and over PostgreSQL.
 */
package io.vigint.benchmarks;
