#!/usr/bin/env bash
# Usage writes on PostgreSQL through the group-commit sink (GroupCommitUsageSink over MyBatisUsageStore):
# records per second acknowledged by many concurrent writers, each waiting until its record is committed,
# with a zero-loss check after every run, and the process CPU time per record (all threads, measured window).
# Runs several times and prints every run and the medians.
# See docs/benchmarks.md, "Usage writes on PostgreSQL".
#
# Usage: bench/usage-writes.sh [writers] [seconds] [batch size] [sink writer threads]
#   (defaults 256 20 1000 4; each run has a 5 s warm-up first)
#
# Environment:
#   VIGINT_BENCH_POSTGRES_URL  JDBC URL of the database (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres);
#                              each run creates a fresh schema in it and drops it at the end
#   VIGINT_BENCH_USAGE_DATABASE=h2  measure on a fresh embedded H2 file database (in a temporary directory) instead
#   VIGINT_BENCH_SKIP_SYNC=1   leave out the sync after each commit (on H2 the records are then NOT durable when
#                              acknowledged): only to measure what the sync costs
#   VIGINT_BENCH_RUNS          how many runs (default 5)
#   VIGINT_BENCH_REBUILD=1     rebuild the jar even if it exists
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=vigint-benchmarks/target/benchmarks.jar
writers=${1:-256}
seconds=${2:-20}
batch=${3:-1000}
sink_writers=${4:-4}
runs=${VIGINT_BENCH_RUNS:-5}
out=${VIGINT_BENCH_OUT:-target/bench/usage-$(date -u +%Y%m%dT%H%M%SZ)}

if [[ ! -f $jar || ${VIGINT_BENCH_REBUILD:-0} == 1 ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi

mkdir -p "$out"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), nproc $(nproc), $(java -version 2>&1 | head -n 1)" | tee "$out/machine.txt"
for ((run = 1; run <= runs; run++)); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(java -cp "$jar" io.vigint.benchmarks.UsageWriteBenchmark "$writers" "$seconds" "$batch" "$sink_writers" 2>"$out/run-$run.err" | grep '^writers=') || {
        echo "run $run failed (or lost records); see $out/run-$run.err" >&2
        exit 1
    }
    echo "run $run (load before: $load): $line" | tee -a "$out/runs.txt"
done
echo "Medians of $runs runs (raw: $out):"
awk '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "records_per_s") r[NR] = kv[2]; if (kv[1] == "p50_us") a[NR] = kv[2]; if (kv[1] == "p99_us") b[NR] = kv[2]; if (kv[1] == "cpu_us_per_record") c[NR] = kv[2]; if (kv[1] == "lost") l += kv[2] }
} END {
    n = asort(r); asort(a); asort(b); asort(c)
    m = (n % 2) ? (n + 1) / 2 : n / 2
    printf "records_per_s=%s p50_us=%s p99_us=%s cpu_us_per_record=%s lost_in_all_runs=%d\n", r[m], a[m], b[m], c[m], l
}' "$out/runs.txt"
