#!/usr/bin/env bash
# Frame-ingest benchmark with wrk: 50 KB JPEG frames POSTed to `vigint serve` (POST /api/video/buffer, with an
# API key: authentication, rate limit, frame validation, buffering), as a raw image/jpeg body and as base64 JSON,
# each compared with a plain Grizzly HttpHandler (io.vigint.benchmarks.PlainIngestServer: same Grizzly version,
# reads the same bytes, answers a short JSON) in the same run, in interleaved rounds with the same wrk settings.
# Prints each round's requests/s and the ratios Vigint/plain, then the medians. Target for raw bodies: >= 0.8.
# See docs/benchmarks.md ("Frame ingest (wrk)").
#
# Usage: bench/frame-ingest.sh
#
# Environment:
#   ROUNDS            measured rounds (default 5); one warm-up round before them is discarded
#   DURATION          wrk duration of each measurement (default 10s)
#   WARMUP_DURATION   wrk duration of each part of the warm-up round (default 20s)
#   CONNECTIONS       wrk connections (default 16)
#   THREADS           wrk threads (default 2)
#   FRAME_BYTES       approximate size of the JPEG frame (default 50000)
#   VIGINT_BENCH_JAVA_OPTS  JVM options for both servers (default none)
#   VIGINT_JAR        the vigint jar to measure (default vigint-cli/target/vigint.jar; e.g. one built from main)
#   VIGINT_BENCH_OUT  directory for the raw wrk output (default target/bench/frame-ingest-<timestamp>)
#
# Needs: java 17, curl; wrk is installed from Debian's packages if missing (apt-get, as root or via sudo).
# Only loopback traffic. Fresh temporary data directory (embedded H2), removed at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=${ROUNDS:-5}
duration=${DURATION:-10s}
warmup_duration=${WARMUP_DURATION:-20s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
frame_bytes=${FRAME_BYTES:-50000}
jar=${VIGINT_JAR:-vigint-cli/target/vigint.jar}
bench_jar=vigint-benchmarks/target/benchmarks.jar
out=${VIGINT_BENCH_OUT:-target/bench/frame-ingest-$(date -u +%Y%m%dT%H%M%SZ)}
read -r -a java_opts <<<"${VIGINT_BENCH_JAVA_OPTS:-}"

[[ $rounds =~ ^[1-9][0-9]*$ ]] || {
    echo "ROUNDS must be a positive integer: $rounds" >&2
    exit 2
}

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
    if ! apt-cache policy wrk 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        "${as_root[@]}" apt-get update -q
    fi
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q wrk
fi

if [[ ! -f $jar ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-cli -am package -DskipTests
fi
if [[ ! -f $bench_jar ]]; then
    echo "Building $bench_jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local candidate
    for _ in $(seq 50); do
        candidate=$((20000 + RANDOM % 40000))
        port_in_use "$candidate" || {
            echo "$candidate"
            return
        }
    done
    echo "no free port found" >&2
    exit 1
}
vigint_port=$(free_port)
plain_port=$(free_port)
[[ $vigint_port != "$plain_port" ]] || plain_port=$((vigint_port + 1))
vigint_url=http://127.0.0.1:$vigint_port/api/video/buffer
plain_url=http://127.0.0.1:$plain_port/api/video/buffer

data=$(mktemp -d -t vigint-frame-bench.XXXXXX)
pids=()
cleanup() {
    local status=$? pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$data"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

await_line() { # file pattern pid
    for _ in $(seq 360); do
        grep -q "$2" "$1" && return 0
        kill -0 "$3" 2>/dev/null || break
        sleep 0.5
    done
    echo "a server did not start; its output:" >&2
    cat "$1" >&2
    exit 1
}

java -cp "$bench_jar" io.vigint.benchmarks.BenchFrames "$data/frames" "$frame_bytes"
jpeg=$data/frames/frame.jpg
json=$data/frames/frame.json

java "${java_opts[@]}" -jar "$jar" serve --port "$vigint_port" --data-dir "$data" >"$data/vigint.log" 2>&1 &
pids+=($!)
await_line "$data/vigint.log" "Vigint is listening" "${pids[-1]}"
java "${java_opts[@]}" -cp "$bench_jar" io.vigint.benchmarks.PlainIngestServer "$plain_port" >"$data/plain.log" 2>&1 &
pids+=($!)
await_line "$data/plain.log" "listening" "${pids[-1]}"
vigint_pid=${pids[0]}
plain_pid=${pids[1]}

created=$(java -jar "$jar" clients create --name frame-bench --email frame-bench@example.com --output json \
    --data-dir "$data" 2>/dev/null)
api_key=$(sed -n 's/.*"api_key" *: *"\([^"]*\)".*/\1/p' <<<"$created")
client_id=$(grep -m1 '"id"' <<<"$created" | sed 's/[^0-9]//g')
[[ $api_key == vgt_* && -n $client_id ]] || {
    echo "could not create the benchmark client" >&2
    exit 1
}
java -jar "$jar" clients set-rate-limit --client-id "$client_id" --per-minute 1000000 --data-dir "$data" >/dev/null
# wrk sends as fast as the server answers, from one source: lift the ingest limits (30 frames/s per source and
# 8 MiB/s per client by default) so that every frame is buffered, not refused: 10,000 frames/s and 1e9 bytes/s
# (the most the limiter holds: a higher byte rate makes every frame fail over to "limiter unavailable").
java -jar "$jar" clients set-ingest-limit --client-id "$client_id" --frames-per-second 10000 \
    --bytes-per-second 1000000000 --data-dir "$data" >/dev/null

# Vigint must really buffer (200 "buffered"), check the key (401) and the frame (400 INVALID_FRAME).
check() {
    local raw body wrong garbage
    raw=$(curl -s -w ' %{http_code}' -H "X-API-Key: $api_key" -H 'Content-Type: image/jpeg' --data-binary "@$jpeg" "$vigint_url")
    body=$(curl -s -w ' %{http_code}' -H "X-API-Key: $api_key" -H 'Content-Type: application/json' --data-binary "@$json" "$vigint_url")
    wrong=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-API-Key: vgt_notAKeyThatWasEverIssued' -H 'Content-Type: image/jpeg' --data-binary "@$jpeg" "$vigint_url")
    garbage=$(head -c "$frame_bytes" /dev/urandom | curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $api_key" -H 'Content-Type: image/jpeg' --data-binary @- "$vigint_url")
    if [[ $raw != *'"buffered"'*' 200' || $body != *'"buffered"'*' 200' || $wrong != 401 || $garbage != 400 ]]; then
        echo "check $1 failed: raw [$raw], json [$body], wrong key $wrong, garbage $garbage" >&2
        return 1
    fi
    echo "check $1: raw 200 buffered, json 200 buffered, wrong key 401, garbage 400"
}

cat >"$data/post.lua" <<'LUA'
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*all")
f:close()
wrk.headers["Content-Type"] = os.getenv("BODY_TYPE")
local key = os.getenv("API_KEY")
if key ~= nil and key ~= "" then
    wrk.headers["X-API-Key"] = key
end
LUA

mkdir -p "$out"
{
    echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine:  nproc $(nproc), memory $(free -h | awk '/^Mem:/ {print $2}'), cpu $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "java:     $(java -version 2>&1 | head -n 1)"
    echo "wrk:      $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), -t$threads -c$connections -d$duration (warm-up -d$warmup_duration, discarded)"
    echo "frame:    $(stat -c %s "$jpeg") bytes JPEG; JSON body $(stat -c %s "$json") bytes"
    echo "note:     both servers and wrk share these cores (and whatever else runs on the machine)"
} | tee "$out/machine.txt"
check before | tee -a "$out/machine.txt"

clock_ticks=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run_wrk FILE URL BODY_FILE TYPE DURATION KEY PID: sets rps, bad (non-2xx responses + socket errors) and us
# (CPU time of server process PID per request, user + system, in microseconds)
run_wrk() {
    local file=$1 url=$2 dur=$5 pid=$7 before after requests
    before=$(cpu_of "$pid")
    BODY_FILE=$3 BODY_TYPE=$4 API_KEY=$6 wrk -t"$threads" -c"$connections" -d"$dur" -s "$data/post.lua" "$url" >"$file" 2>&1 || {
        echo "wrk failed; see $file" >&2
        cat "$file" >&2
        return 1
    }
    after=$(cpu_of "$pid")
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
    requests=$(awk '/ requests in / {print $1}' "$file")
    us=$(awk -v a="$after" -v b="$before" -v n="$requests" -v hz="$clock_ticks" 'BEGIN {printf "%.0f", (a - b) / hz * 1e6 / n}')
    local non2xx sock
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")
    sock=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$file")
    bad=$((${non2xx:-0} + ${sock:-0}))
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "== warm-up (discarded)"
run_wrk "$out/warmup-plain-raw.txt" "$plain_url" "$jpeg" image/jpeg "$warmup_duration" "" "$plain_pid"
run_wrk "$out/warmup-vigint-raw.txt" "$vigint_url" "$jpeg" image/jpeg "$warmup_duration" "$api_key" "$vigint_pid"
run_wrk "$out/warmup-plain-json.txt" "$plain_url" "$json" application/json "$warmup_duration" "" "$plain_pid"
run_wrk "$out/warmup-vigint-json.txt" "$vigint_url" "$json" application/json "$warmup_duration" "$api_key" "$vigint_pid"

row() { printf '%-6s %10s %10s %6s %10s %10s %6s %16s %16s %6s %4s\n' "$@"; }
echo "req/s from wrk; us/req: CPU time of each server process per request (plain / vigint)" | tee "$out/rounds.txt"
row round "plain raw" "vig raw" ratio "plain json" "vig json" ratio "raw us/req" "json us/req" load bad | tee -a "$out/rounds.txt"
raw_ratios=()
json_ratios=()
raw_cpu_ratios=()
json_cpu_ratios=()
all_bad=0
for ((round = 1; round <= rounds; round++)); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    run_wrk "$out/round-$round-plain-raw.txt" "$plain_url" "$jpeg" image/jpeg "$duration" "" "$plain_pid"
    p_raw=$rps b1=$bad pu_raw=$us
    run_wrk "$out/round-$round-vigint-raw.txt" "$vigint_url" "$jpeg" image/jpeg "$duration" "$api_key" "$vigint_pid"
    v_raw=$rps b2=$bad vu_raw=$us
    run_wrk "$out/round-$round-plain-json.txt" "$plain_url" "$json" application/json "$duration" "" "$plain_pid"
    p_json=$rps b3=$bad pu_json=$us
    run_wrk "$out/round-$round-vigint-json.txt" "$vigint_url" "$json" application/json "$duration" "$api_key" "$vigint_pid"
    v_json=$rps b4=$bad vu_json=$us
    raw_cpu_ratios+=("$(awk -v a="$pu_raw" -v b="$vu_raw" 'BEGIN {printf "%.3f", a / b}')")
    json_cpu_ratios+=("$(awk -v a="$pu_json" -v b="$vu_json" 'BEGIN {printf "%.3f", a / b}')")
    r_raw=$(awk -v a="$v_raw" -v b="$p_raw" 'BEGIN {printf "%.3f", a / b}')
    r_json=$(awk -v a="$v_json" -v b="$p_json" 'BEGIN {printf "%.3f", a / b}')
    raw_ratios+=("$r_raw")
    json_ratios+=("$r_json")
    all_bad=$((all_bad + b1 + b2 + b3 + b4))
    row "$round" "$p_raw" "$v_raw" "$r_raw" "$p_json" "$v_json" "$r_json" "$pu_raw / $vu_raw" "$pu_json / $vu_json" "$load" "$((b1 + b2 + b3 + b4))" | tee -a "$out/rounds.txt"
done
{
    echo "median ratio vigint/plain, raw image/jpeg:  $(printf '%s\n' "${raw_ratios[@]}" | median)  (target >= 0.8)"
    echo "median ratio vigint/plain, base64 JSON:     $(printf '%s\n' "${json_ratios[@]}" | median)"
    echo "median ratio of CPU cost per request plain/vigint (what the ratio would be if each server had the"
    echo "  machine to itself): raw $(printf '%s\n' "${raw_cpu_ratios[@]}" | median), JSON $(printf '%s\n' "${json_cpu_ratios[@]}" | median)"
    echo "failed requests (non-2xx or socket errors) in all rounds: $all_bad"
    echo "vigint server CPU time: $(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f s", ($14 + $15) / hz}' "/proc/$vigint_pid/stat")"
} | tee -a "$out/rounds.txt"
check after | tee -a "$out/machine.txt"
# /metrics needs an operator key (X-Admin-Key)
admin_key=$(java -jar "$jar" admin-keys create --name frame-bench --output json --data-dir "$data" 2>/dev/null |
    sed -n 's/.*"admin_key" *: *"\([^"]*\)".*/\1/p') || true
curl -s -H "X-Admin-Key: $admin_key" "http://127.0.0.1:$vigint_port/metrics" | grep '^vigint_frame_buffer' \
    >"$out/metrics.txt" || true
echo "raw output in $out"
# One machine-readable line for bench/all.sh (medians).
echo "RESULT raw_ratio=$(printf '%s\n' "${raw_ratios[@]}" | median) json_ratio=$(printf '%s\n' "${json_ratios[@]}" | median)" \
    "raw_cpu_ratio=$(printf '%s\n' "${raw_cpu_ratios[@]}" | median) json_cpu_ratio=$(printf '%s\n' "${json_cpu_ratios[@]}" | median)" \
    "failed=$all_bad"
