#!/usr/bin/env bash
# Runs the benchmarks of issue 14's table one after the other and prints the table: what, script, figure,
# target, met? Each script prints a last line "RESULT name=value ..." that this script reads. See
# docs/benchmarks.md, "Running everything: bench/all.sh".
#
# Usage: bench/all.sh [http] [ingest] [invoice] [keys]     # default: all four, in this order
#
# Environment:
#   VIGINT_BENCH_SHORT=1   short settings, so that the whole set takes a few minutes (figures are then rough):
#                          one round of 5 s (warm-up 10 s) for the wrk benchmarks, 1,000 clients x 200,000 usage
#                          rows and one timing for the invoice batch, one JMH run with short iterations for keys.
#                          Without it each script runs with its own defaults (medians of >= 3 runs).
#                          Settings given explicitly in the environment (ROUNDS, DURATION, WARMUP_DURATION,
#                          VIGINT_BENCH_RUNS, VIGINT_BENCH_JMH_OPTS, VIGINT_BENCH_INVOICE_ARGS) win over both.
#   VIGINT_BENCH_INVOICE_ARGS  arguments of bench/invoice-batch.sh (CLIENTS ROWS), e.g. "10000 2000000"
#   VIGINT_BENCH_POSTGRES_URL  the PostgreSQL database of invoice-batch.sh and keys.sh (their default otherwise)
#   VIGINT_BENCH_OUT       directory for the output (default target/bench/all-<timestamp>): each script's console
#                          output in <name>.txt, its raw results in <name>/, the table in table.md
#
# The scripts build the jars they need when missing (VIGINT_BENCH_REBUILD=1 forces the benchmarks jar). A script
# that fails is reported as such in the table; the others still run, and the exit status is then 1.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

out=${VIGINT_BENCH_OUT:-target/bench/all-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
short=${VIGINT_BENCH_SHORT:-0}
selected=("$@")
((${#selected[@]} > 0)) || selected=(http ingest invoice keys)
for name in "${selected[@]}"; do
    case $name in
        http | ingest | invoice | keys) ;;
        *)
            echo "unknown benchmark '$name' (expected: http ingest invoice keys)" >&2
            exit 2
            ;;
    esac
done

if [[ $short == 1 ]]; then
    wrk_env=(ROUNDS="${ROUNDS:-1}" DURATION="${DURATION:-5s}" WARMUP_DURATION="${WARMUP_DURATION:-10s}")
    invoice_env=(VIGINT_BENCH_RUNS="${VIGINT_BENCH_RUNS:-1}")
    invoice_args=(${VIGINT_BENCH_INVOICE_ARGS:-1000 200000})
    keys_env=(VIGINT_BENCH_RUNS="${VIGINT_BENCH_RUNS:-1}"
        VIGINT_BENCH_JMH_OPTS="${VIGINT_BENCH_JMH_OPTS:--f 1 -wi 2 -i 3 -w 1s -r 2s}")
else
    wrk_env=()
    invoice_env=()
    invoice_args=(${VIGINT_BENCH_INVOICE_ARGS:-})
    keys_env=()
fi

echo "bench/all.sh: $(date -u +%Y-%m-%dT%H:%M:%SZ), nproc $(nproc), $([[ $short == 1 ]] && echo "SHORT settings" || echo "default settings"), output in $out"

# The 1-minute load average, every 5 s while the benchmarks run (the machine may be shared).
: >"$out/load.txt"
(while :; do cut -d' ' -f1 /proc/loadavg >>"$out/load.txt"; sleep 5; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null' EXIT

declare -A result status load_at
run_one() {
    local name=$1
    shift
    local log="$out/$name.txt"
    load_at[$name]=$(cut -d' ' -f1-3 /proc/loadavg)
    echo
    echo "== $name: $* (load average ${load_at[$name]}; output in $log)"
    local started=$SECONDS
    env VIGINT_BENCH_OUT="$out/$name" "$@" 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    result[$name]=$(grep '^RESULT ' "$log" | tail -n 1)
    if ((rc != 0)); then
        status[$name]="failed (exit $rc)"
    elif [[ -z ${result[$name]} ]]; then
        status[$name]="no RESULT line"
    else
        status[$name]=ok
    fi
    echo "== $name: ${status[$name]} after $((SECONDS - started)) s"
}

for name in "${selected[@]}"; do
    case $name in
        http) run_one http "${wrk_env[@]}" bench/http-load.sh ;;
        ingest) run_one ingest "${wrk_env[@]}" bench/frame-ingest.sh ;;
        invoice) run_one invoice "${invoice_env[@]}" bench/invoice-batch.sh "${invoice_args[@]}" ;;
        keys) run_one keys "${keys_env[@]}" bench/keys.sh ;;
    esac
done
kill "$sampler" 2>/dev/null

# value NAME KEY: the value of KEY=... in NAME's RESULT line, or empty.
value() { sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<"${result[$1]:-}"; }
# met VALUE OP TARGET: yes/no, or "?" without a value.
met() {
    [[ -n $1 ]] || { echo "?"; return; }
    awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v + 0 >= t + 0 : v + 0 <= t + 0; print ok ? "yes" : "no" }'
}
both() { [[ $1 == yes && $2 == yes ]] && echo yes || { [[ $1 == "?" || $2 == "?" ]] && echo "?" || echo no; }; }

rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s |' "$@")"); }
for name in "${selected[@]}"; do
    note=""
    [[ ${status[$name]} == ok ]] || note=" (${status[$name]})"
    case $name in
        http)
            r=$(value http auth_ratio)
            row "authenticated + rate-limited + metered \`/api/health\` vs unauthenticated" "\`bench/http-load.sh\`" \
                "${r:-n/a}× (server CPU $(value http auth_us) µs vs $(value http plain_us) µs per request)$note" "≥ 0.90×" \
                "$(met "$r" ">=" 0.90)"
            ;;
        ingest)
            r=$(value ingest raw_ratio)
            row "raw \`image/jpeg\` frame ingest vs a plain Grizzly handler" "\`bench/frame-ingest.sh\`" \
                "${r:-n/a}× (CPU ratio $(value ingest raw_cpu_ratio))$note" "≥ 0.80×" "$(met "$r" ">=" 0.80)"
            j=$(value ingest json_ratio)
            row "base64 JSON frame ingest vs the same plain handler" "\`bench/frame-ingest.sh\`" \
                "${j:-n/a}× (CPU ratio $(value ingest json_cpu_ratio))$note" "≥ 0.50×" "$(met "$j" ">=" 0.50)"
            ;;
        invoice)
            r=$(value invoice invoice_ratio)
            row "invoice batch, $(value invoice clients) clients × $(value invoice rows) usage rows, vs bare \`GROUP BY\`" \
                "\`bench/invoice-batch.sh\`" "${r:-n/a}× ($(value invoice batch_ms) ms vs $(value invoice bare_ms) ms)$note" \
                "≤ 1.5×" "$(met "$r" "<=" 1.5)"
            ;;
        keys)
            m=$(value keys memory_known_p50_ns)
            row "in-memory key verification, p50 ($(value keys memory_clients) keys)" "\`bench/keys.sh\`" \
                "${m:-n/a} ns (unknown key $(value keys memory_unknown_p50_ns) ns)$note" "≤ 500 ns at 100,000 keys" \
                "$(both "$(met "$m" "<=" 500)" "$(met "$(value keys memory_clients)" ">=" 100000)")"
            p50=$(value keys postgres_known_p50_us)
            p99=$(value keys postgres_known_p99_us)
            row "PostgreSQL key verification without cache, p50 / p99 ($(value keys postgres_clients) keys)" \
                "\`bench/keys.sh\`" "${p50:-n/a} µs / ${p99:-n/a} µs$note" "≤ 150 µs / ≤ 400 µs" \
                "$(both "$(met "$p50" "<=" 150)" "$(met "$p99" "<=" 400)")"
            ;;
    esac
done

{
    echo
    echo "Issue 14's table, $(date -u +%Y-%m-%dT%H:%M:%SZ), $([[ $short == 1 ]] && echo "SHORT settings (rough figures)" || echo "each script's default settings (medians)"):"
    echo
    echo "| what | script | figure | target | met? |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    sort -g "$out/load.txt" | awk -v cores="$(nproc)" '{ v[NR] = $1 } END {
        if (NR > 0) printf "1-minute load average during the run (nproc %d, sampled every 5 s): min %s, median %s, max %s\n", cores, v[1], v[int((NR + 1) / 2)], v[NR]
    }'
    for name in "${selected[@]}"; do
        echo "  $name: started at load ${load_at[$name]}, ${status[$name]}; ${result[$name]:-no RESULT line}"
    done
} | tee "$out/table.md"

for name in "${selected[@]}"; do
    [[ ${status[$name]} == ok ]] || exit 1
done
