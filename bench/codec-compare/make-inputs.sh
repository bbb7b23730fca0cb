#!/usr/bin/env bash
# Makes the test inputs with Debian's ffmpeg: 10 s test pattern with motion, in target/inputs/.
set -euo pipefail
cd "$(dirname "$0")"
out=target/inputs; mkdir -p "$out"
mk() { # name size rate codec-args...
  local name=$1 size=$2 rate=$3; shift 3
  [ -s "$out/$name" ] || ffmpeg -v error -y -f lavfi -i "testsrc2=size=$size:rate=$rate" -t 10 -threads 1 "$@" "$out/$name"
}
for s in "640x480 10" "320x240 30"; do
  set -- $s; tag="${1}_${2}fps"
  # MPEG-4 Part 2 Simple Profile, what OpenCV's 'mp4v' fourcc writes (in .mp4, tagged mp4v)
  mk "mpeg4sp_$tag.mp4" "$1" "$2" -c:v mpeg4 -vtag mp4v -pix_fmt yuv420p -q:v 5
  for p in baseline main high; do
    mk "h264${p}_$tag.mp4" "$1" "$2" -c:v libx264 -profile:v "$p" -pix_fmt yuv420p -preset veryfast
  done
done

# reference luma of every input, decoded by Debian's ffmpeg, to check each candidate's pictures against
for f in "$out"/*.mp4; do
  g="${f%.mp4}.yuv"
  [ -s "$g" ] || ffmpeg -v error -y -threads 1 -i "$f" -pix_fmt yuv420p -f rawvideo "$g"
done
