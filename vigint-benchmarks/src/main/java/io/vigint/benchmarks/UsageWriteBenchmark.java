package io.vigint.benchmarks;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.IngestTotal;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageStore;
import io.vigint.memory.VigintCore;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.usage.MyBatisUsageStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

// Over 300 lines: one runnable benchmark (its arguments, the load it drives, the report it prints), kept whole so
// that its command line and its figures in docs/benchmarks.md are read in one place.
/**
 * Usage writes on PostgreSQL through the {@link GroupCommitUsageSink} over {@link MyBatisUsageStore}, the way
 * the server writes them: many writer threads each call {@code record} and wait until their record is
 * committed, then make the next one. Prints records per second acknowledged during the measured window, the
 * latency of {@code record} (p50, p99), the mean batch size, and the zero-loss check: after the sink is
 * closed, the table must hold exactly as many rows as calls were acknowledged, and no call may have failed.
 *
 * <p>Run with {@code java -cp vigint-benchmarks/target/benchmarks.jar io.vigint.benchmarks.UsageWriteBenchmark
 * [writers] [seconds] [batch size] [sink writer threads]} (defaults 64, 20, 1000, 4; a 5 s warm-up comes
 * first; {@value #DATABASE_VARIABLE}{@code =h2} measures the embedded H2 database instead), or
 * {@code bench/usage-writes.sh}. The database is {@value PostgresKeyVerificationBenchmark#URL_VARIABLE}; each
 * run migrates a fresh schema and drops it at the end. Commits are synchronous (the server's defaults).
 */
public final class UsageWriteBenchmark {
    /** {@code h2}: measure on a fresh embedded H2 file database instead of PostgreSQL. */
    static final String DATABASE_VARIABLE = "VIGINT_BENCH_USAGE_DATABASE";
    /**
     * {@code 1}: leave out {@link UsageStore#makeDurable()} (on H2 the records are then not durable when
     * acknowledged): to measure what the sync costs, never the server's behaviour.
     */
    static final String SKIP_SYNC_VARIABLE = "VIGINT_BENCH_SKIP_SYNC";

    static final int CLIENTS = 100;
    static final Duration WARM_UP = Duration.ofSeconds(5);

    /** What one run measured. */
    public record Result(
            int writers,
            int batchSize,
            int sinkWriters,
            double seconds,
            long measured,
            long acknowledged,
            long stored,
            long failed,
            long appends,
            long syncs,
            long cpuNanos,
            long p50Micros,
            long p99Micros) {
        public double recordsPerSecond() {
            return measured / seconds;
        }

        public long lost() {
            return acknowledged - stored;
        }

        /**
         * CPU time of the whole process (every thread: callers, sink writers, the database's own threads) in
         * the measured window per record acknowledged in it, in microseconds; -1 where the JVM cannot tell.
         */
        public double cpuMicrosPerRecord() {
            return cpuNanos < 0 || measured == 0 ? -1 : cpuNanos / 1e3 / measured;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "writers=%d batch_size=%d sink_writers=%d records_per_s=%.0f p50_us=%d p99_us=%d mean_batch=%.1f "
                            + "records_per_sync=%.1f cpu_us_per_record=%.1f acknowledged=%d stored=%d lost=%d failed=%d",
                    writers,
                    batchSize,
                    sinkWriters,
                    recordsPerSecond(),
                    p50Micros,
                    p99Micros,
                    appends == 0 ? 0.0 : (double) stored / appends,
                    syncs == 0 ? 0.0 : (double) stored / syncs,
                    cpuMicrosPerRecord(),
                    acknowledged,
                    stored,
                    lost(),
                    failed);
        }
    }

    /**
     * What one run puts on the database: {@code writers} threads calling {@code record}, a warm-up, then the
     * measured window, through a sink of {@code sinkWriters} threads writing batches of up to {@code batchSize}.
     */
    record Load(int writers, Duration warmUp, Duration measure, int batchSize, int sinkWriters, boolean skipSync) {}

    private UsageWriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int sinkWriters =
                args.length > 3 ? Integer.parseInt(args[3]) : GroupCommitUsageSink.Settings.DEFAULTS.writers();
        String url = System.getenv(PostgresKeyVerificationBenchmark.URL_VARIABLE);
        boolean skipSync = "1".equals(System.getenv(SKIP_SYNC_VARIABLE));
        Load load = new Load(writers, WARM_UP, Duration.ofSeconds(seconds), batchSize, sinkWriters, skipSync);
        Result result = "h2".equalsIgnoreCase(System.getenv(DATABASE_VARIABLE))
                ? runOnEmbeddedH2(load)
                : run(url == null || url.isBlank() ? PostgresKeyVerificationBenchmark.DEFAULT_URL : url, load);
        System.out.println(result);
        if (result.lost() != 0 || result.failed() != 0) {
            System.exit(1);
        }
    }

    /** One run on a fresh schema in the database at {@code url}. */
    public static Result run(String url, int writers, Duration warmUp, Duration measure, int batchSize, int sinkWriters)
            throws InterruptedException, SQLException {
        return run(url, new Load(writers, warmUp, measure, batchSize, sinkWriters, false));
    }

    static Result run(String url, Load load) throws InterruptedException, SQLException {
        BenchmarkSchema schema = BenchmarkSchema.create(url);
        try {
            return measure(DatabaseSettings.of(schema.url(), null, null), load);
        } finally {
            schema.drop();
        }
    }

    /** One run on a fresh embedded H2 file database (the server's default) in a temporary directory. */
    static Result runOnEmbeddedH2(Load load) throws InterruptedException, SQLException, IOException {
        Path dir = Files.createTempDirectory("vigint-bench-h2");
        try {
            return measure(DatabaseSettings.embedded(dir), load);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Result measure(DatabaseSettings settings, Load load) throws InterruptedException, SQLException {
        int writers = load.writers();
        int batchSize = load.batchSize();
        int sinkWriters = load.sinkWriters();
        try (Database database = Database.open(settings)) {
            List<ClientId> clients = new ArrayList<>();
            VigintCore core = DatabaseCore.over(database.stores());
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(core.clients()
                        .createClient(new CreateClientCommand("Client " + i, "c" + i + "@example.com", null))
                        .client()
                        .id());
            }
            AtomicLong appends = new AtomicLong();
            AtomicLong syncs = new AtomicLong();
            UsageStore counting = new CountingStore(database.stores().usage(), appends, syncs, load.skipSync());
            GroupCommitUsageSink sink = new GroupCommitUsageSink(
                    counting,
                    GroupCommitUsageSink.Settings.DEFAULTS
                            .withBatchSize(batchSize)
                            .withWriters(sinkWriters));
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong measured = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long[][] latencies = new long[writers][];
            CountDownLatch done = new CountDownLatch(writers);
            Money price = Money.of("0.05", "EUR");
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Thread thread = new Thread(
                        () -> {
                            long[] samples = new long[1 << 16];
                            int sampled = 0;
                            long n = 0;
                            try {
                                while (!stop.get()) {
                                    ClientId client = clients.get((int) ((writer + n) % CLIENTS));
                                    UsageRecord record = new UsageRecord(
                                            new ApiKeyId(writer + 1),
                                            client,
                                            "/api/video/analyze",
                                            "POST",
                                            200,
                                            price,
                                            Instant.now(),
                                            "bench-" + writer + "-" + n++);
                                    long start = System.nanoTime();
                                    try {
                                        sink.record(record);
                                    } catch (RuntimeException e) {
                                        failed.incrementAndGet();
                                        continue;
                                    }
                                    long took = System.nanoTime() - start;
                                    acknowledged.incrementAndGet();
                                    if (measuring.get()) {
                                        measured.incrementAndGet();
                                        if (sampled < samples.length) {
                                            samples[sampled++] = took;
                                        }
                                    }
                                }
                            } finally {
                                latencies[writer] = Arrays.copyOf(samples, sampled);
                                done.countDown();
                            }
                        },
                        "usage-writer-" + w);
                thread.start();
            }
            Thread.sleep(load.warmUp().toMillis());
            measuring.set(true);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            Thread.sleep(load.measure().toMillis());
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpuAfter = processCpuNanos();
            stop.set(true);
            done.await();
            sink.close();
            long stored;
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM usage_records")) {
                rows.next();
                stored = rows.getLong(1);
            }
            long[] all = Arrays.stream(latencies)
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
            return new Result(
                    writers,
                    batchSize,
                    sinkWriters,
                    seconds,
                    measured.get(),
                    acknowledged.get(),
                    stored,
                    failed.get(),
                    appends.get(),
                    syncs.get(),
                    cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore,
                    percentile(all, 0.50) / 1_000,
                    percentile(all, 0.99) / 1_000);
        }
    }

    /** The CPU time used so far by this process, in nanoseconds, or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /**
     * Counts the transactions ({@code append} calls) and the syncs ({@code makeDurable} calls) to report the mean
     * batch size and the records each sync made durable.
     */
    private record CountingStore(UsageStore delegate, AtomicLong appends, AtomicLong syncs, boolean skipSync)
            implements UsageStore {
        @Override
        public void append(List<UsageRecord> records, List<IngestUsage> ingest) {
            delegate.append(records, ingest);
            appends.incrementAndGet();
        }

        @Override
        public void makeDurable() {
            if (!skipSync) {
                delegate.makeDurable();
                syncs.incrementAndGet();
            }
        }

        @Override
        public List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId, int limit) {
            return delegate.latest(clientId, apiKeyId, limit);
        }

        @Override
        public List<UsageEntry> list(ClientId clientId, UsagePeriod period, UsageCursor.AfterRecord after, int limit) {
            return delegate.list(clientId, period, after, limit);
        }

        @Override
        public List<UsageGroup> sumByDay(ClientId clientId, UsagePeriod period, LocalDate afterDay, int limit) {
            return delegate.sumByDay(clientId, period, afterDay, limit);
        }

        @Override
        public List<UsageGroup> sumByEndpoint(ClientId clientId, UsagePeriod period, String afterEndpoint, int limit) {
            return delegate.sumByEndpoint(clientId, period, afterEndpoint, limit);
        }

        @Override
        public List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit) {
            return delegate.ingestByMinute(clientId, period, limit);
        }

        @Override
        public List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period) {
            return delegate.ingestBySource(clientId, period);
        }
    }
}
