#!/usr/bin/env bash
# Stalled-peers benchmark: the latency other clients see while 200 peers hold stalled request bodies (the
# headers and one byte of a chunked POST /auth/token, then nothing) and 50 more hold half-sent headers, against
# `vigint serve` with its default settings. io.vigint.benchmarks.StalledPeersLoad runs closed-loop clients that
# alternate GET /api/health and POST /api/v1/keys (fresh connection per request), first with no slow peer, then
# with the stalled peers, in ROUNDS rounds; it prints p50/p99/max per phase and the median p99 under stalled peers.
# Goal: p99 under 200 ms with 200 stalled bodies. See docs/benchmarks.md ("Stalled peers").
#
# Usage: bench/stalled-peers.sh
#
# Environment:
#   ROUNDS            measured rounds (default 3)
#   SECONDS_PER_PHASE duration of each phase (default 15; keep it under server.idle_timeout - 5 s)
#   STALLED           stalled bodies (default 200; a quarter as many stalled headers are added)
#   CLIENTS           concurrent closed-loop clients (default 4)
#   VIGINT_BENCH_JAVA_OPTS  JVM options for the server (default none)
#
# Needs: java 17. Only loopback traffic. Fresh temporary data directory (embedded H2), removed at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=${ROUNDS:-3}
seconds=${SECONDS_PER_PHASE:-15}
stalled=${STALLED:-200}
clients=${CLIENTS:-4}
jar=vigint-cli/target/vigint.jar
bench_jar=vigint-benchmarks/target/benchmarks.jar
read -r -a java_opts <<<"${VIGINT_BENCH_JAVA_OPTS:-}"

if [[ ! -f $jar ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-cli -am package -DskipTests
fi
if [[ ! -f $bench_jar ]]; then
    echo "Building $bench_jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
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

data=$(mktemp -d -t vigint-stalled-bench.XXXXXX)
pid=
cleanup() {
    local status=$?
    if [[ -n $pid ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
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

created=$(java -jar "$jar" clients create --name stalled-bench --email stalled-bench@example.com --output json \
    --data-dir "$data" 2>/dev/null)
api_key=$(sed -n 's/.*"api_key" *: *"\([^"]*\)".*/\1/p' <<<"$created")
client_id=$(grep -m1 '"id"' <<<"$created" | sed 's/[^0-9]//g')
[[ $api_key == vgt_* && -n $client_id ]] || {
    echo "could not create the benchmark client" >&2
    exit 1
}
java -jar "$jar" clients set-rate-limit --client-id "$client_id" --per-minute 1000000 --data-dir "$data" >/dev/null

echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:  nproc $(nproc), memory $(free -h | awk '/^Mem:/ {print $2}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:     $(java -version 2>&1 | head -n 1)"
echo "load:     $clients clients, ${seconds}s per phase, $rounds rounds, $stalled stalled bodies + $((stalled / 4)) stalled headers"
java -cp "$bench_jar" io.vigint.benchmarks.StalledPeersLoad "$port" "$api_key" "$stalled" "$clients" "$seconds" "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
