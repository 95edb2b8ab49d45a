#!/usr/bin/env bash
# .xls benchmark (not run by ctest). Usage: tests/bench/xls/bench_xls.sh [BUILD_DIR] [WORK_DIR]
# Generates a 65,535-row x 10-column .xls with xlwt (numbers, text, dates, datetimes, booleans), then reports
# median wall time and peak RSS (/usr/bin/time) of `doris-import inspect` (with --no-types and with type
# inference) against xlrd reading every cell, and the ratios. Release build first:
#   cmake --preset release && flock /tmp/dia-build.lock cmake --build build/release --target doris-import -j2
#   flock /tmp/dia-build.lock tests/bench/xls/bench_xls.sh build/release
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"
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
    bench_measure "$@"
    WALL[$label]=$BENCH_WALL
    printf '%-28s wall %6s s  peak RSS %5d MB   (runs: %s)\n' "$label" "$BENCH_WALL" "$BENCH_RSS" "$BENCH_RUNS"
}
cat "$WORK/rows.xls" >/dev/null
measure "xlrd, every cell" "$PY" "$HERE/xlrd_read.py" "$WORK/rows.xls"
measure "inspect --no-types" "$BIN" inspect --json --no-types "$WORK/rows.xls"
measure "inspect (with types)" "$BIN" inspect --json "$WORK/rows.xls"
awk -v x="${WALL[xlrd, every cell]}" -v a="${WALL[inspect --no-types]}" -v b="${WALL[inspect (with types)]}" \
    'BEGIN { printf "ratio xlrd / inspect --no-types: %.1fx   xlrd / inspect with types: %.1fx\n", x / a, x / b }'
