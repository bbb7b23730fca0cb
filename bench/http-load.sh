#!/usr/bin/env bash
# HTTP load benchmark of `vigint serve` with wrk: in one run and one server, interleaved rounds of
#   1. GET /api/health without a key (no authentication, no rate limiting), then
#   2. GET /api/health with X-API-Key (the same resource, plus API-key authentication and the per-client
#      rate limit, set high enough never to refuse),
# with the same wrk settings. Prints each round's requests/s and the ratio authenticated/unauthenticated,
# then the medians. Target: authenticated >= 0.90 x unauthenticated. See docs/benchmarks.md.
#
# Usage: bench/http-load.sh
#
# Environment:
#   ROUNDS            measured rounds (default 5); one warm-up round before them is discarded
#   DURATION          wrk duration of each measurement (default 10s)
#   WARMUP_DURATION   wrk duration of each half of the warm-up round (default 30s: the JIT needs it)
#   CONNECTIONS       wrk connections (default 32)
#   THREADS           wrk threads (default 2)
#   VIGINT_BENCH_JAVA_OPTS  extra JVM options for the server (e.g. a JFR recording); default none
#   VIGINT_BENCH_PATH the path requested (default /api/health, metered with a key); /health is the same resource
#                     outside /api/, so authenticated and rate-limited but not metered: it measures the request
#                     path without the usage write
#   VIGINT_BENCH_JAR  the server jar (default vigint-cli/target/vigint.jar, built if missing); e.g. a jar of
#                     another commit, to compare before and after back to back
#   VIGINT_BENCH_OUT  directory for the raw wrk output (default target/bench/http-<timestamp>)
#
# Needs: java 17, curl; wrk is installed from Debian's packages if missing (apt-get, as root or via sudo).
# Only loopback traffic. The server gets a fresh temporary data directory (embedded H2), removed at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=${ROUNDS:-5}
duration=${DURATION:-10s}
warmup_duration=${WARMUP_DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
jar=${VIGINT_BENCH_JAR:-vigint-cli/target/vigint.jar}
out=${VIGINT_BENCH_OUT:-target/bench/http-$(date -u +%Y%m%dT%H%M%SZ)}
read -r -a server_java_opts <<<"${VIGINT_BENCH_JAVA_OPTS:-}"

if ! [[ $rounds =~ ^[1-9][0-9]*$ ]]; then
    echo "ROUNDS must be a positive integer: $rounds" >&2
    exit 2
fi

# --- wrk ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk not found; installing it from Debian's packages ..." >&2
    as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || {
            echo "wrk is missing and this is not root (and there is no sudo): apt-get install wrk" >&2
            exit 1
        }
        as_root=(sudo)
    fi
    # Refresh the package lists only when wrk is not known yet.
    if ! apt-cache policy wrk 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        "${as_root[@]}" apt-get update -q
    fi
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q wrk
fi

# --- the server jar ----------------------------------------------------------------------------------
if [[ ! -f $jar ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-cli package -DskipTests
fi

# --- a free loopback port ----------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! port_in_use "$candidate"; then
        port=$candidate
        break
    fi
done
[[ -n $port ]] || {
    echo "no free port found" >&2
    exit 1
}
base=http://127.0.0.1:$port
bench_path=${VIGINT_BENCH_PATH:-/api/health}
url=$base$bench_path

# --- server in a temporary data directory ------------------------------------------------------------
data=$(mktemp -d -t vigint-http-bench.XXXXXX)
server_pid=
cleanup() {
    local status=$?
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        # Graceful shutdown waits for in-flight requests (Grizzly allows up to 10 s).
        for _ in $(seq 60); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "server $server_pid did not stop after SIGTERM; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$data"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

vigint() { java -jar "$jar" "$@" --data-dir "$data"; }

# The server writes one access-log line per request to its standard output: keep it in the temp dir.
java "${server_java_opts[@]}" -jar "$jar" serve --port "$port" --data-dir "$data" >"$data/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
    grep -q "Vigint is listening on $base/" "$data/server.log" && break
    kill -0 "$server_pid" 2>/dev/null || {
        echo "the server exited; its output:" >&2
        cat "$data/server.log" >&2
        exit 1
    }
    sleep 0.5
done
grep -q "Vigint is listening on $base/" "$data/server.log" || {
    echo "the server did not start within 60 s; its output:" >&2
    cat "$data/server.log" >&2
    exit 1
}

created=$(vigint clients create --name http-bench --email http-bench@example.com --output json 2>/dev/null)
api_key=$(sed -n 's/.*"api_key" *: *"\([^"]*\)".*/\1/p' <<<"$created")
# The first "id" of the output is the client's (the key's own id comes later, under "key").
client_id=$(grep -m1 '"id"' <<<"$created" | sed 's/[^0-9]//g')
[[ $api_key == vgt_* && -n $client_id ]] || {
    echo "could not create the benchmark client" >&2
    exit 1
}
vigint clients set-rate-limit --client-id "$client_id" --per-minute 1000000 >/dev/null

# Every request of the authenticated side must be a 200 that went through the rate limiter (it carries
# RateLimit-Limit), and the key must really be checked (a wrong key is a 401). Checked before and after.
check_responses() {
    local when=$1 plain auth wrong
    plain=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    auth=$(curl -s -D - -o /dev/null -H "X-API-Key: $api_key" "$url" | tr -d '\r')
    wrong=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: vgt_notAKeyThatWasEverIssued" "$url")
    if [[ $plain != 200 ]] || ! grep -q '^HTTP/1.1 200' <<<"$auth" ||
        ! grep -qi '^RateLimit-Limit: 1000000$' <<<"$auth" || [[ $wrong != 401 ]]; then
        echo "check $when failed: without key $plain, with key: $(head -n1 <<<"$auth")," \
            "RateLimit-Limit: $(grep -i '^RateLimit-Limit' <<<"$auth" || echo none), wrong key $wrong" >&2
        return 1
    fi
    echo "check $when: without key 200, with key 200 (RateLimit-Limit: 1000000), wrong key 401"
}

mkdir -p "$out"
cores=$(nproc)
{
    echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine:  nproc $cores, memory $(free -h | awk '/^Mem:/ {print $2}'), cpu $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "java:     $(java -version 2>&1 | head -n 1)"
    echo "wrk:      $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
    echo "server:   $url (fresh H2 data dir, client $client_id with limit 1000000/min)${VIGINT_BENCH_JAVA_OPTS:+, JVM options: $VIGINT_BENCH_JAVA_OPTS}"
    echo "jar:      $jar"
    echo "wrk args: -t$threads -c$connections -d$duration (warm-up round: -d$warmup_duration, discarded)"
    echo "note:     the server JVM and wrk share these $cores cores (and any other work on the machine);"
    echo "          the figures are for this whole machine, not for the server alone"
} | tee "$out/machine.txt"

check_responses before | tee -a "$out/machine.txt"

clock_ticks=$(getconf CLK_TCK)
cpu_times_file=$data/times.txt

# Sets snapshot to the CPU time (in clock ticks) of: the whole machine (busy: user+nice+system, and all),
# the server process (all its threads), and this shell's finished children (wrk): "busy all server wrk".
# Call it directly, never in $(...): a subshell would not see this shell's children.
cpu_snapshot() {
    times >"$cpu_times_file" # a builtin with a redirection runs in this shell
    local machine server children
    machine=$(awk '/^cpu / {print $2 + $3 + $4, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)
    server=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    # The server's Grizzly threads alone (selectors and workers: parsing, Jersey, the filters, the resource),
    # to tell the request path's CPU from the background threads' (usage writer, database).
    local http=0 task comm stat rest
    for task in /proc/"$server_pid"/task/*; do
        read -r comm <"$task/comm" 2>/dev/null || continue
        [[ $comm == grizzly* ]] || continue
        stat=$(<"$task/stat") 2>/dev/null || continue
        rest=${stat##*) }
        read -r -a fields <<<"$rest"
        http=$((http + fields[11] + fields[12]))
    done
    children=$(awk -v hz="$clock_ticks" 'NR == 2 {
        total = 0
        for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); total += t[1] * 60 + t[2] }
        printf "%d", total * hz }' "$cpu_times_file")
    snapshot="$machine $server $children $http"
}

# Runs wrk in this shell and sets: rps, bad (non-2xx/3xx responses), sock (socket errors), server_us
# (server CPU time per request, in microseconds), http_us (the part of it in the server's Grizzly threads) and others (CPU used by everything except the server
# and wrk meanwhile, in cores; includes kernel time not charged to either, so it is an upper bound).
run_wrk() {
    local file=$1 dur=$2
    shift 2
    local before after requests
    cpu_snapshot
    before=$snapshot
    wrk -t"$threads" -c"$connections" -d"$dur" "$@" "$url" >"$file" 2>&1 || {
        echo "wrk failed; see $file" >&2
        cat "$file" >&2
        return 1
    }
    cpu_snapshot
    after=$snapshot
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
    requests=$(awk '/ requests in / {print $1}' "$file")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")
    bad=${bad:-0}
    sock=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$file")
    sock=${sock:-0}
    [[ -n $rps && -n $requests && $requests -gt 0 ]] || {
        echo "no result from wrk; see $file" >&2
        cat "$file" >&2
        return 1
    }
    read -r server_us others http_us < <(awk -v hz="$clock_ticks" -v n="$requests" -v cores="$cores" \
        -v b="$before" -v a="$after" 'BEGIN {
            split(b, x, " "); split(a, y, " ")
            busy = y[1] - x[1]; wall = (y[2] - x[2]) / cores; server = y[3] - x[3]; wrk = y[4] - x[4]
            other = busy - server - wrk; if (other < 0) other = 0
            printf "%.1f %.2f %.1f\n", server / hz * 1e6 / n, (wall > 0 ? other / wall : 0), (y[5] - x[5]) / hz * 1e6 / n }')
    echo "$file: requests $requests; clock ticks (1/$clock_ticks s) before [busy all server wrk]: $before;" \
        "after: $after" >>"$out/cpu.txt"
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "== warm-up round (discarded), load average $(cut -d' ' -f1 /proc/loadavg)"
run_wrk "$out/warmup-plain.txt" "$warmup_duration"
run_wrk "$out/warmup-auth.txt" "$warmup_duration" -H "X-API-Key: $api_key"

plain_all=()
auth_all=()
ratio_all=()
plain_us_all=()
plain_http_us_all=()
auth_http_us_all=()
auth_us_all=()
failed_requests=0
socket_errors=0
row() { printf '%-6s %12s %12s %6s %13s %13s %12s %8s %12s\n' "$@"; }
{
    echo
    echo "req/s: wrk's Requests/sec. server us/req: CPU time of the server process per request (user+system)."
    echo "other CPU: cores busy with anything but the server and wrk meanwhile (other work on the machine;"
    echo "  kernel time charged to neither also lands here). load: 1-minute load average at the round's start."
    row round "no key" "key" ratio "no key us/req" "key us/req" "other CPU" load "non-2xx/sock"
} | tee "$out/rounds.txt"
for ((round = 1; round <= rounds; round++)); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    run_wrk "$out/round-$round-plain.txt" "$duration"
    plain=$rps plain_bad=$bad plain_sock=$sock plain_us=$server_us plain_others=$others
    plain_http_us_all+=("$http_us")
    run_wrk "$out/round-$round-auth.txt" "$duration" -H "X-API-Key: $api_key"
    auth=$rps auth_bad=$bad auth_sock=$sock auth_us=$server_us auth_others=$others
    auth_http_us_all+=("$http_us")
    ratio=$(awk -v a="$auth" -v p="$plain" 'BEGIN {printf "%.3f", a / p}')
    plain_all+=("$plain")
    auth_all+=("$auth")
    ratio_all+=("$ratio")
    plain_us_all+=("$plain_us")
    auth_us_all+=("$auth_us")
    failed_requests=$((failed_requests + plain_bad + auth_bad))
    socket_errors=$((socket_errors + plain_sock + auth_sock))
    row "$round" "$plain" "$auth" "$ratio" "$plain_us" "$auth_us" "$plain_others/$auth_others" "$load" \
        "$((plain_bad + auth_bad))/$((plain_sock + auth_sock))" | tee -a "$out/rounds.txt"
done

plain_median=$(printf '%s\n' "${plain_all[@]}" | median)
auth_median=$(printf '%s\n' "${auth_all[@]}" | median)
ratio_median=$(printf '%s\n' "${ratio_all[@]}" | median | awk '{printf "%.3f", $1}')
plain_us_median=$(printf '%s\n' "${plain_us_all[@]}" | median)
auth_us_median=$(printf '%s\n' "${auth_us_all[@]}" | median)
{
    row median "$plain_median" "$auth_median" "$ratio_median" "$plain_us_median" "$auth_us_median"
    echo
    echo "median requests/s: without key $plain_median, with key $auth_median"
    echo "median of the per-round ratios (with key / without key): $ratio_median (target >= 0.90)"
    echo "ratio of the medians: $(awk -v a="$auth_median" -v p="$plain_median" 'BEGIN {printf "%.3f", a / p}')"
    echo "median server CPU per request: without key $plain_us_median us, with key $auth_us_median us" \
        "(without/with = $(awk -v a="$auth_us_median" -v p="$plain_us_median" 'BEGIN {printf "%.3f", p / a}'))"
    echo "median CPU per request in the server's Grizzly threads (request path: parsing, Jersey, filters, resource;"
    echo "  the rest is background threads: usage writer, database): without key" \
        "$(printf '%s\n' "${plain_http_us_all[@]}" | median) us, with key $(printf '%s\n' "${auth_http_us_all[@]}" | median) us" \
        "(per round: without ${plain_http_us_all[*]}; with ${auth_http_us_all[*]})"
    echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$out/rounds.txt"

check_responses after | tee -a "$out/machine.txt"
if ((socket_errors > 0)); then
    echo "warning: wrk reported $socket_errors socket errors (connect/read/write/timeout); see $out" >&2
fi
if ((failed_requests > 0)); then
    echo "FAILED: $failed_requests responses were not 2xx/3xx; see $out" >&2
    exit 1
fi
echo "raw wrk output: $out"
# One machine-readable line for bench/all.sh (medians).
echo "RESULT auth_ratio=$ratio_median plain_rps=$plain_median auth_rps=$auth_median plain_us=$plain_us_median auth_us=$auth_us_median"
