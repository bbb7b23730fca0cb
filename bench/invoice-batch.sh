#!/usr/bin/env bash
# Benchmarks the invoice batch on PostgreSQL against the bare GROUP BY over the same rows (psql), in the
# same run. See docs/benchmarks.md, "Invoice batch".
#
# Usage: bench/invoice-batch.sh [CLIENTS] [ROWS]
#   bench/invoice-batch.sh                    # 10,000 clients, 10,000,000 usage rows
#   bench/invoice-batch.sh 10000 2000000      # fewer rows on a busy machine
#
# Environment:
#   VIGINT_BENCH_POSTGRES_URL  JDBC URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres); a fresh
#                              schema is created in it and dropped at the end (VIGINT_BENCH_KEEP=1 keeps it)
#   VIGINT_BENCH_RUNS          how many times each side is timed (default 3); the medians are compared
#   VIGINT_BENCH_REBUILD=1     rebuild the jar even if it exists
#   VIGINT_BENCH_SCHEMA        reuse a schema generated earlier (with VIGINT_BENCH_KEEP=1) instead of generating
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=${1:-10000}
rows=${2:-10000000}
runs=${VIGINT_BENCH_RUNS:-3}
url=${VIGINT_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
jar=vigint-benchmarks/target/benchmarks.jar

# psql connection from the JDBC URL: jdbc:postgresql://HOST[:PORT]/DB[?user=U...]
re='^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+)(\?(.*))?$'
[[ $url =~ $re ]] || { echo "cannot read $url" >&2; exit 2; }
host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} db=${BASH_REMATCH[4]} query=${BASH_REMATCH[6]:-}
user=$(sed -n 's/.*\buser=\([^&]*\).*/\1/p' <<<"$query")
psql_cmd=(psql -X -q -h "$host" -p "$port" -d "$db" ${user:+-U "$user"})

if [[ ! -f $jar || ${VIGINT_BENCH_REBUILD:-0} == 1 ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi
run() { java -Xms512m -Xmx1g -cp "$jar" io.vigint.benchmarks.InvoiceBatchRun "$@"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  memory: $(free -h | awk '/^Mem:/ {print $2}')"
echo "postgres: $("${psql_cmd[@]}" -Atc 'SHOW server_version')  shared_buffers: $("${psql_cmd[@]}" -Atc 'SHOW shared_buffers')"
start=$(date +%s)
if [[ -n ${VIGINT_BENCH_SCHEMA:-} ]]; then
    schema=$VIGINT_BENCH_SCHEMA
    echo "reusing schema $schema: $(run rows "$url" "$schema") rows inside 2026-10"
else
    schema=$(run setup "$url" "$clients" "$rows")
    echo "generated $clients clients and $rows usage rows in $(( $(date +%s) - start )) s (schema $schema);" \
         "$(run rows "$url" "$schema") rows inside 2026-10"
fi
[[ ${VIGINT_BENCH_KEEP:-0} == 1 ]] || trap 'run drop "$url" "$schema"' EXIT

bare_sql="SELECT client_id, endpoint, COUNT(*), SUM(cost) FROM usage_records
          WHERE occurred_at >= '2026-10-01 00:00:00+00' AND occurred_at < '2026-11-01 00:00:00+00'
          GROUP BY client_id, endpoint"
bare() {
    "${psql_cmd[@]}" -c "SET search_path TO $schema" -c '\timing on' -c "$bare_sql" \
        | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
}

bare >/dev/null   # the same warm cache for both sides
bare_times=() batch_times=()
for ((i = 1; i <= runs; i++)); do
    b=$(bare)
    read -r ms invoices lines total < <(run batch "$url" "$schema")
    echo "run $i: bare GROUP BY ${b} ms, invoice batch ${ms} ms ($invoices invoices, $lines lines, total $total EUR)"
    bare_times+=("$b") batch_times+=("$ms")
done
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
batch_median=$(printf '%s\n' "${batch_times[@]}" | median)
echo "median: bare GROUP BY $bare_median ms, invoice batch $batch_median ms," \
     "ratio $(awk -v a="$batch_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')"
# One machine-readable line for bench/all.sh (medians).
echo "RESULT invoice_ratio=$(awk -v a="$batch_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')" \
     "batch_ms=$batch_median bare_ms=$bare_median clients=$clients rows=$rows"
