#!/usr/bin/env bash
# .xls benchmark (not run by ctest). Usage: tests/bench/xls/bench_xls.sh [BUILD_DIR] [WORK_DIR]
# Generates a 65,535-row x 10-column .xls with xlwt (numbers, text, dates, datetimes, booleans), then reports
# median wall time and peak RSS (/usr/bin/time) of `doris-import inspect` (with --no-types and with type
# inference) against xlrd reading every cell, and the ratios. Release build first:
#   cmake --preset release && flock /tmp/dia-build.lock cmake --build build/release --target doris-import -j2
#   flock /tmp/dia-build.lock tests/bench/xls/bench_xls.sh build/release
set -euo pipefail
BUILD=${1:-build/release}
WORK=${2:-/work/tmp/dia-bench-xls}
BIN="$BUILD/bin/doris-import"
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
mkdir -p "$WORK"
trap 'rm -f "$WORK"/rows.xls' EXIT
"$PY" "$HERE/gen_xls.py" "$WORK/rows.xls"
ls -l "$WORK/rows.xls"
REPEAT=${REPEAT:-5}
# measure LABEL COMMAND...: REPEAT runs; prints the median wall time (s) and the largest peak RSS (MB)
declare -A WALL
measure() {
    local label=$1; shift
    local walls=() rss=0 out wall r
    for _ in $(seq 1 "$REPEAT"); do
        out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -1 )
        read -r wall r <<< "$out"
        walls+=("$wall")
        (( r > rss )) && rss=$r
    done
    local median
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    WALL[$label]=$median
    printf '%-28s wall %6s s  peak RSS %5d MB   (runs: %s)\n' "$label" "$median" $((rss / 1024)) "${walls[*]}"
}
cat "$WORK/rows.xls" >/dev/null
measure "xlrd, every cell" "$PY" "$HERE/xlrd_read.py" "$WORK/rows.xls"
measure "inspect --no-types" "$BIN" inspect --json --no-types "$WORK/rows.xls"
measure "inspect (with types)" "$BIN" inspect --json "$WORK/rows.xls"
awk -v x="${WALL[xlrd, every cell]}" -v a="${WALL[inspect --no-types]}" -v b="${WALL[inspect (with types)]}" \
    'BEGIN { printf "ratio xlrd / inspect --no-types: %.1fx   xlrd / inspect with types: %.1fx\n", x / a, x / b }'
