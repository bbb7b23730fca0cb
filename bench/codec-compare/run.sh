#!/usr/bin/env bash
# Issue 11 codec spike: JCodec vs FFmpeg-through-JavaCV. Measures jar size, decode support and speed,
# encode time and output, and prints a table (also kept in target/results.txt).
# Usage, from the repository root:  bench/codec-compare/run.sh
# Uses ~1 core for ~2 minutes; Debian's ffmpeg is only used to make inputs and check outputs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
cd "$here"
if ! command -v ffmpeg >/dev/null || ! command -v ffprobe >/dev/null; then
  apt-get update -q && apt-get install -y -q ffmpeg
fi
"$root/mvnw" -q -f "$here/pom.xml" compile dependency:copy-dependencies -DoutputDirectory=target/deps \
  dependency:build-classpath -Dmdep.outputFile=target/cp.txt
./make-inputs.sh
CP="target/classes:$(cat target/cp.txt)"
raw=target/raw.tsv; : > "$raw"; mkdir -p target/out
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load before: $(cut -d' ' -f1-3 /proc/loadavg)" > target/machine.txt
for c in jcodec javacv; do
  for m in luma image; do java -cp "$CP" bench.Bench decode "$c" "$m" target/inputs/*.mp4 >> "$raw"; done
  rm -f "target/out/$c.mp4"; java -cp "$CP" bench.Bench encode "$c" "target/out/$c.mp4" >> "$raw"
done
# truncated uploads: cut at 300,000 bytes, as written by ffmpeg (moov at the end) and remuxed with moov first
mkdir -p target/trunc
for f in h264high_640x480_10fps mpeg4sp_640x480_10fps; do
  head -c 300000 "target/inputs/$f.mp4" > "target/trunc/${f}_cut.mp4"
  ffmpeg -v error -y -i "target/inputs/$f.mp4" -c copy -movflags +faststart "target/trunc/${f}_fs.mp4"
  head -c 300000 "target/trunc/${f}_fs.mp4" > "target/trunc/${f}_moovfirst_cut.mp4"; rm "target/trunc/${f}_fs.mp4"
done
for c in jcodec javacv; do java -cp "$CP" bench.Bench decode "$c" luma target/trunc/*_cut.mp4 2>/dev/null | sed 's/^DECODE/TRUNC/' >> "$raw"; done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> target/machine.txt

mb() { du -cb "$@" | tail -1 | awk '{printf "%.1f", $1/1048576}'; }
{
  cat target/machine.txt
  echo
  echo "jar MB: jcodec $(mb target/deps/jcodec-*.jar) ($(cd target/deps && ls jcodec-*.jar | tr '\n' ' '))"
  echo "jar MB: javacv $(mb target/deps/javacv-*.jar target/deps/javacpp-*.jar target/deps/ffmpeg-*.jar) ($(cd target/deps && ls javacv-*.jar javacpp-*.jar ffmpeg-*.jar | tr '\n' ' '))"
  echo
  echo "decode (frames/s, median of 3 after 1 warm-up; luma = decoder's own YUV, Y plane; image = BufferedImage)"
  printf "%-8s %-32s %-6s %8s %8s  %s\n" codec input result luma image "luma check"
  awk -F'\t' '$1=="DECODE" { k=$2 FS $4; res[k]=$5; fps[k,$3]=$7; if ($3=="luma") note[k]=$8; if (!(k in seen)) { seen[k]=1; order[++n]=k } }
    END { for (i=1;i<=n;i++) { k=order[i]; split(k,a,FS); printf "%-8s %-32s %-6s %8s %8s  %s\n", a[1], a[2], res[k], fps[k,"luma"], fps[k,"image"], note[k] } }' "$raw"
  echo
  echo "truncated inputs (300,000 bytes of the file; frames decoded before the end)"
  awk -F'\t' '$1=="TRUNC" { printf "%-8s %-42s %-5s frames=%-4s %s\n", $2, $4, $5, $6, ($5=="FAIL" ? substr($8,1,90) : "") }' "$raw"
  echo
  echo "encode: 100 BufferedImages 640x480 -> H.264 in MP4 at 10 fps (median of 3 after 1 warm-up)"
  for c in jcodec javacv; do
    line=$(awk -F'\t' -v c="$c" '$1=="ENCODE" && $2==c' "$raw")
    echo "$c: $(echo "$line" | cut -f4-)"
    echo "  ffprobe: $(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,profile,pix_fmt,width,height,r_frame_rate,nb_frames,duration -of compact=p=0 target/out/$c.mp4) | format: $(ffprobe -v error -show_entries format=format_name,duration -of compact=p=0 target/out/$c.mp4)"
    psnr=$(ffmpeg -i "target/out/$c.mp4" -f rawvideo -pix_fmt rgb24 -s 640x480 -r 10 -i target/out/source_640x480_10fps.rgb \
      -lavfi "[0:v][1:v]psnr" -f null - 2>&1 | grep -o 'PSNR y:[0-9.]* .*average:[0-9.]*' || echo "?")
    yr=$(ffmpeg -i "target/out/$c.mp4" -vf "signalstats,metadata=print" -frames:v 1 -f null - 2>&1 | grep -oE 'Y(MIN|MAX)=[0-9]+' | head -2 | tr '\n' ' ')
    echo "  vs source as ffmpeg decodes it: $psnr; first frame luma range: $yr(limited range is 16-235)"
    echo "  moov before mdat (faststart): $(echo "$line" | grep -o 'boxes=[a-z,]*' | awk -F'[=,]' '{m=0;d=0;for(i=2;i<=NF;i++){if($i=="moov")m=i;if($i=="mdat")d=i} print (m && d && m<d) ? "yes" : "no"}')"
  done
} | tee target/results.txt
