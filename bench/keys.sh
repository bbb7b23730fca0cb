#!/usr/bin/env bash
# Benchmarks API-key verification (AuthenticateUseCase.authenticate) in memory and over PostgreSQL with JMH,
# runs the whole set several times and prints, per benchmark, the average time and the p50/p99 latencies of
# every run and their median. See docs/benchmarks.md.
#
# Usage: bench/keys.sh [JMH benchmark regexp] [extra JMH options...]
#   bench/keys.sh                     # everything (InMemory* and Postgres*)
#   bench/keys.sh InMemory            # in-memory only (no PostgreSQL needed)
#
# Environment:
#   VIGINT_BENCH_POSTGRES_URL  JDBC URL of the database (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres);
#                              each trial creates a fresh schema in it and drops it at the end
#   VIGINT_BENCH_RUNS          how many times to run the set (default 3)
#   VIGINT_BENCH_JMH_OPTS      JMH run options (default: -f 1 -wi 3 -i 5 -w 2s -r 3s, short enough for a
#                              noisy 2-core machine)
#   VIGINT_BENCH_REBUILD=1     rebuild the jar even if it exists
#   VIGINT_BENCH_OUT           directory for the raw results (default target/bench/keys-<timestamp>)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=vigint-benchmarks/target/benchmarks.jar
filter=${1:-KeyVerificationBenchmark}
shift $(($# > 0 ? 1 : 0))
runs=${VIGINT_BENCH_RUNS:-3}
read -r -a jmh_opts <<<"${VIGINT_BENCH_JMH_OPTS:--f 1 -wi 3 -i 5 -w 2s -r 3s}"
out=${VIGINT_BENCH_OUT:-target/bench/keys-$(date -u +%Y%m%dT%H%M%SZ)}

if [[ ! -f $jar || ${VIGINT_BENCH_REBUILD:-0} == 1 ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi

mkdir -p "$out"
{
    echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc:   $(nproc)"
    echo "memory:  $(free -h | awk '/^Mem:/ {print $2}')"
    echo "cpu:     $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "java:    $(java -version 2>&1 | head -n 1)"
    echo "jmh:     $filter ${jmh_opts[*]} $*"
} | tee "$out/machine.txt"

# Other work on the machine shows up in the figures: sample the 1-minute load average while running.
: >"$out/load.txt"
(while :; do cut -d' ' -f1 /proc/loadavg >>"$out/load.txt"; sleep 5; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

for ((run = 1; run <= runs; run++)); do
    echo "== run $run of $runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
    # English number format, so the CSV parses the same everywhere.
    java -Duser.language=en -Duser.country=US -jar "$jar" "$filter" "${jmh_opts[@]}" "$@" -rf csv -rff "$out/run-$run.csv" >"$out/run-$run.txt" 2>&1 || {
        echo "run $run failed; see $out/run-$run.txt" >&2
        exit 1
    }
    if grep -q '<failure>' "$out/run-$run.txt"; then
        echo "a benchmark failed in run $run; see $out/run-$run.txt" >&2
        exit 1
    fi
done

kill "$sampler" 2>/dev/null || true
echo
sort -g "$out/load.txt" | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit
    printf "1-minute load average during the runs (nproc %d): min %s, median %s, max %s\n", '"$(nproc)"', v[1], v[int((NR + 1) / 2)], v[NR]
}' | tee -a "$out/machine.txt"
echo "Medians of $runs runs (avg = AverageTime score; p50/p99 = SampleTime percentiles). Raw results: $out"
awk -F, '
    function unquote(s) { gsub(/"/, "", s); return s }
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    FNR == 1 { next }
    {
        name = unquote($1); mode = unquote($2); unit = unquote($7); score = $5 + 0
        metric = ""
        if (mode == "avgt" && name !~ /:/) metric = "avg"
        else if (mode == "sample" && name ~ /:p0\.50$/) metric = "p50"
        else if (mode == "sample" && name ~ /:p0\.99$/) metric = "p99"
        if (metric == "") next
        sub(/:.*/, "", name); sub(/^.*\.benchmarks\./, "", name); sub(/KeyVerificationBenchmark/, "", name)
        params = ""
        for (f = 8; f <= NF; f++) params = params (params == "" ? "" : ",") unquote($f)
        if (params != "") name = name "[" params "]"
        key = name SUBSEP metric
        if (!(key in values)) { order[++count] = key; units[key] = unit }
        values[key] = values[key] " " sprintf("%.1f", score)
    }
    END {
        printf "%-29s %-6s %-7s %-36s %12s\n", "benchmark", "metric", "unit", "runs", "median"
        fflush()
        for (i = 1; i <= count; i++) {
            split(order[i], part, SUBSEP)
            printf "%-29s %-6s %-7s %-36s %12.3f\n", part[1], part[2], units[order[i]], values[order[i]], median(values[order[i]]) | "sort -s -k1,2"
        }
        close("sort -s -k1,2")
    }
' "$out"/run-*.csv | tee "$out/medians.txt"

# One machine-readable line for bench/all.sh: the medians of the known- and unknown-key p50 (and the known-key
# p99 on PostgreSQL), in ns in memory and µs on PostgreSQL, with the number of clients they were measured at.
awk '
    function scaled(value, unit, want) {
        if (unit ~ /^ns/) value /= 1000
        else if (unit ~ /^ms/) value *= 1000
        return want == "ns" ? value * 1000 : value
    }
    $2 != "p50" && $2 != "p99" { next }
    {
        # Only the default lookup (one query) counts; -p lookup=two-queries measures the path before issue 14.
        if ($1 ~ /two-queries/) next
        store = $1 ~ /^InMemory/ ? "memory" : ($1 ~ /^Postgres/ ? "postgres" : "")
        if (store == "") next
        kind = $1 ~ /\.knownKey/ ? "known" : ($1 ~ /\.unknownKey/ ? "unknown" : "")
        if (kind == "") next
        want = store == "memory" ? "ns" : "us"
        line = line sprintf(" %s_%s_%s_%s=%.0f", store, kind, $2, want, scaled($NF, $3, want))
        if (match($1, /\[[0-9]+/)) clients[store] = substr($1, RSTART + 1, RLENGTH - 1)
    }
    END {
        for (s in clients) line = line " " s "_clients=" clients[s]
        print "RESULT" line
    }
' "$out/medians.txt"
