#!/usr/bin/env bash
# Benchmarks the video codec adapter (issue 11) with JMH (io.vigint.benchmarks.VideoCodecBenchmark): encoding a
# 10 s 640x480 10 fps alert clip (100 JPEG frames -> H.264 MP4 with the overlay) and decoding a 10 s 640x480
# upload (H.264 High, MPEG-4 Part 2) to JPEG frames. Runs the set several times and prints, per run and as the
# median: ms per clip (wall) and CPU seconds of one core per clip, and decoded frames per second.
# Needs Debian's ffmpeg on the PATH (it makes the uploads). See docs/benchmarks.md, "Video codec (issue 11)".
#
# Environment:
#   VIGINT_BENCH_RUNS      how many times to run the set (default 3)
#   VIGINT_BENCH_JMH_OPTS  JMH options (default: the benchmark's own, 3 x 3 s warm-up, 5 x 5 s measurement)
#   VIGINT_BENCH_REBUILD=1 rebuild the jar even if it exists
#   VIGINT_BENCH_OUT       directory for the raw results (default target/bench/video-codec-<timestamp>)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=vigint-benchmarks/target/benchmarks.jar
runs=${VIGINT_BENCH_RUNS:-3}
read -r -a jmh_opts <<<"${VIGINT_BENCH_JMH_OPTS:-}"
out=${VIGINT_BENCH_OUT:-target/bench/video-codec-$(date -u +%Y%m%dT%H%M%SZ)}

command -v ffmpeg >/dev/null || { echo "Debian's ffmpeg must be on the PATH (apt-get install ffmpeg)" >&2; exit 1; }
if [[ ! -f $jar || ${VIGINT_BENCH_REBUILD:-0} == 1 ]]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -pl vigint-benchmarks -am package -DskipTests
fi

mkdir -p "$out"
{
    echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc:   $(nproc)"
    echo "cpu:     $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "java:    $(java -version 2>&1 | head -n 1)"
    echo "jmh:     VideoCodecBenchmark ${jmh_opts[*]:-}"
} | tee "$out/machine.txt"

: >"$out/load.txt"
(while :; do cut -d' ' -f1 /proc/loadavg >>"$out/load.txt"; sleep 5; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

for ((run = 1; run <= runs; run++)); do
    echo "== run $run of $runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
    java -Duser.language=en -Duser.country=US -jar "$jar" VideoCodecBenchmark ${jmh_opts[@]+"${jmh_opts[@]}"} \
        -rf csv -rff "$out/run-$run.csv" >"$out/run-$run.txt" 2>&1 || {
        echo "run $run failed; see $out/run-$run.txt" >&2
        exit 1
    }
done

kill "$sampler" 2>/dev/null || true
sort -g "$out/load.txt" | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit
    printf "1-minute load average during the runs (nproc %d): min %s, median %s, max %s\n", '"$(nproc)"', v[1], v[int((NR + 1) / 2)], v[NR]
}' | tee -a "$out/machine.txt"
echo "Per run and median of $runs runs. Raw results: $out"
# encodeClip: the primary score is ms per clip (wall); cpuNanos / clips (aux counters, summed the same way) is
# the benchmark thread's CPU per clip. decodeUpload: frames per second.
awk -F, '
    function unquote(s) { gsub(/"/, "", s); return s }
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    FNR == 1 { run++; next }
    {
        name = unquote($1); score = $5 + 0; param = unquote($8)
        if (name ~ /encodeClip$/) wall[run] = score
        else if (name ~ /encodeClip:cpuNanos$/) cpu[run] = score
        else if (name ~ /encodeClip:clips$/) clips[run] = score
        else if (name ~ /decodeUpload$/) { fps[param] = fps[param] " " sprintf("%.0f", score); params[param] = 1 }
        else if (name ~ /decodeUploadViaImageIo$/) { alt[param] = alt[param] " " sprintf("%.0f", score) }
        else if (name ~ /decodeUpload:cpuNanos$/) dcpu[param, run] = score
        else if (name ~ /decodeUpload:frames$/) dframes[param, run] = score
        else if (name ~ /decodeUploadViaImageIo:cpuNanos$/) acpu[param, run] = score
        else if (name ~ /decodeUploadViaImageIo:frames$/) aframes[param, run] = score
    }
    END {
        for (r = 1; r <= run; r++) {
            walls = walls " " sprintf("%.0f", wall[r])
            if (clips[r] > 0) cpus = cpus " " sprintf("%.3f", cpu[r] / clips[r] / 1e9)
        }
        printf "%-44s %-24s median %s\n", "encode clip, wall ms per clip", walls, median(walls)
        printf "%-44s %-24s median %s\n", "encode clip, CPU s of one core per clip", cpus, median(cpus)
        for (p in params) {
            d = ""; a = ""
            for (r = 1; r <= run; r++) {
                if (dcpu[p, r] > 0) d = d " " sprintf("%.0f", dframes[p, r] / (dcpu[p, r] / 1e9))
                if (acpu[p, r] > 0) a = a " " sprintf("%.0f", aframes[p, r] / (acpu[p, r] / 1e9))
            }
            printf "%-44s %-24s median %s\n", "decode " p ", frames/s (wall)", fps[p], median(fps[p])
            printf "%-44s %-24s median %s\n", "decode " p ", frames per CPU second", d, median(d)
            printf "%-44s %-24s median %s\n", "  via Java2D+ImageIO, frames/s (wall)", alt[p], median(alt[p])
            printf "%-44s %-24s median %s\n", "  via Java2D+ImageIO, frames per CPU second", a, median(a)
        }
    }
' "$out"/run-*.csv | tee "$out/medians.txt"
