#!/usr/bin/env bash
# Analysis under load (issue 11): frame-ingest latency while cameras are analyzed every second. Starts
# `vigint serve` (embedded H2, fresh data directory, default local motion analyzer), creates a client, then
# io.vigint.benchmarks.AnalysisLoad streams CAMERAS cameras at FPS frames/s of WIDTHxHEIGHT JPEGs with a
# walking block (POST /api/video/multi-source/buffer, raw image/jpeg) and analyzes each camera once a second
# (POST /api/video/analyze), at most one frame and one analysis in flight per camera (a late tick is
# skipped and counted, as a camera client drops a frame), for WARMUP s (not measured) then SECONDS_MEASURED
# s. Prints frame-ingest latency p50/p99/max, analyze latency p50/p99/max, failures, and the calls made
# against the calls the server metered (read with `vigint usage report` after the server has stopped, so every record is flushed).
# See docs/benchmarks.md ("Analysis under load (issue 11)").
#
# Usage: bench/analysis-load.sh
#
# Environment:
#   SECONDS_MEASURED  measured seconds (default 60)
#   WARMUP            warm-up seconds under the same load, not measured (default 10)
#   CAMERAS           cameras (default 8)
#   FPS               frames per second per camera (default 10)
#   WIDTH, HEIGHT     frame size (default 320x240)
#   MAX_LOAD          if set, wait (up to WAIT_MINUTES, default 15) until the 1-minute load average is below it
#                     before starting; the run goes ahead anyway after that, and the load is printed
#   VIGINT_JAR        the server jar (default vigint-cli/target/vigint.jar, built if missing)
#   VIGINT_BENCH_JAVA_OPTS  JVM options for the server (default none)
#   VIGINT_BENCH_OUT  directory for the output (default target/bench/analysis-load-<timestamp>)
#
# Needs: java 17, python3 (to sum the usage report). Only loopback traffic. The data directory is removed
# at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${SECONDS_MEASURED:-60}
warmup=${WARMUP:-10}
cameras=${CAMERAS:-8}
fps=${FPS:-10}
width=${WIDTH:-320}
height=${HEIGHT:-240}
jar=${VIGINT_JAR:-vigint-cli/target/vigint.jar}
bench_jar=vigint-benchmarks/target/benchmarks.jar
out=${VIGINT_BENCH_OUT:-target/bench/analysis-load-$(date -u +%Y%m%dT%H%M%SZ)}
read -r -a java_opts <<<"${VIGINT_BENCH_JAVA_OPTS:-}"

for value in "$seconds" "$cameras" "$fps" "$width" "$height"; do
    [[ $value =~ ^[1-9][0-9]*$ ]] || {
        echo "SECONDS_MEASURED, CAMERAS, FPS, WIDTH and HEIGHT must be positive integers: $value" >&2
        exit 2
    }
done
[[ $warmup =~ ^[0-9]+$ ]] || {
    echo "WARMUP must be a whole number of seconds: $warmup" >&2
    exit 2
}

if [[ ! -f $jar ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-cli -am package -DskipTests
fi
if [[ ! -f $bench_jar ]]; then
    echo "Building $bench_jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi

if [[ -n ${MAX_LOAD:-} ]]; then
    deadline=$(($(date +%s) + ${WAIT_MINUTES:-15} * 60))
    while awk -v max="$MAX_LOAD" '{exit !($1 >= max)}' /proc/loadavg && (($(date +%s) < deadline)); do
        echo "load average $(cut -d' ' -f1 /proc/loadavg) >= $MAX_LOAD; waiting ..." >&2
        sleep 20
    done
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 40000))
    port_in_use "$candidate" || {
        port=$candidate
        break
    }
done
[[ -n $port ]] || {
    echo "no free port found" >&2
    exit 1
}

data=$(mktemp -d -t vigint-analysis-bench.XXXXXX)
pid=
stop_server() {
    if [[ -n $pid ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=
    fi
}
cleanup() {
    local status=$?
    stop_server
    rm -rf "$data"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

java "${java_opts[@]}" -jar "$jar" serve --port "$port" --data-dir "$data" >"$data/vigint.log" 2>&1 &
pid=$!
for _ in $(seq 240); do
    grep -q "Vigint is listening" "$data/vigint.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
grep -q "Vigint is listening" "$data/vigint.log" || {
    echo "the server did not start; its output:" >&2
    cat "$data/vigint.log" >&2
    exit 1
}

created=$(java -jar "$jar" clients create --name analysis-bench --email analysis-bench@example.com --output json \
    --data-dir "$data" 2>/dev/null)
api_key=$(sed -n 's/.*"api_key" *: *"\([^"]*\)".*/\1/p' <<<"$created")
client_id=$(grep -m1 '"id"' <<<"$created" | sed 's/[^0-9]//g')
[[ $api_key == vgt_* && -n $client_id ]] || {
    echo "could not create the benchmark client" >&2
    exit 1
}
java -jar "$jar" clients set-rate-limit --client-id "$client_id" --per-minute 1000000 --data-dir "$data" >/dev/null

mkdir -p "$out"
clock_ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v hz="$clock_ticks" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
{
    echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown) (server jar $jar)"
    echo "machine:  nproc $(nproc), memory $(free -h | awk '/^Mem:/ {print $2}'), cpu $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "java:     $(java -version 2>&1 | head -n 1)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "note:     the server and the load driver share these cores (and whatever else runs on the machine)"
} | tee "$out/summary.txt"

cpu_before=$(cpu_seconds "$pid")
java -cp "$bench_jar" io.vigint.benchmarks.AnalysisLoad "$port" "$api_key" "$cameras" "$fps" "$seconds" "$warmup" \
    "$width" "$height" | tee "$out/load.txt"
cpu_after=$(cpu_seconds "$pid")
{
    echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "server CPU time during the load: $(awk -v a="$cpu_after" -v b="$cpu_before" 'BEGIN {printf "%.1f", a - b}') s"
} | tee -a "$out/summary.txt"

# Stop the server so that every usage record is written, then read what it metered.
stop_server
java -jar "$jar" usage report --client-id "$client_id" --from 2000-01-01 --to 2100-01-01 --output json \
    --data-dir "$data" >"$out/usage.json" 2>"$out/usage.err" || {
    echo "could not read the usage report:" >&2
    cat "$out/usage.err" >&2
    exit 1
}
made=$(sed -n 's/^calls made: \([0-9]*\) .*/\1/p' "$out/load.txt")
answered=$(sed -n 's/^calls made: .*answered 200: \([0-9]*\).*/\1/p' "$out/load.txt")
python3 - "$out/usage.json" "$made" "$answered" <<'PY' | tee -a "$out/summary.txt"
import json, sys
report = json.load(open(sys.argv[1]))
items = report["usage"]
metered = sum(int(item["count"]) for item in items)
lines = ", ".join(f"{item['endpoint']} {item['count']}" for item in items)
print(f"metered calls: {metered}; calls made {sys.argv[2]}, answered 200 {sys.argv[3]} ({lines})")
PY
echo "output in $out"
