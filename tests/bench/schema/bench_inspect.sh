#!/usr/bin/env bash
# Types at scan speed (not run by ctest). Usage: tests/bench/schema/bench_inspect.sh [BUILD_DIR] [WORK_DIR] [BYTES]
# Generates an analyst-shaped CSV (gen_analyst.py: CRLF, quoted names with commas and "", numbers, dates,
# decimals, empties; 300 MB by default), then reports median wall time and peak RSS of
#   doris-import inspect --json (types), inspect --json --no-types, and Python's csv module only splitting,
# and the ratio python / inspect (target >= 5). Hold the build lock while it runs:
#   flock /tmp/dia-build.lock tests/bench/schema/bench_inspect.sh build/release
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"
BUILD=${1:-build/release}
WORK=${2:-/work/tmp/dia-bench-schema}
BYTES=${3:-300000000}
BIN="$BUILD/bin/doris-import"
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
CSV="$WORK/analyst.csv"
trap 'rm -f "$CSV"' EXIT
python3 "$HERE/gen_analyst.py" "$CSV" "$BYTES"
REPEAT=${REPEAT:-3}
# measure LABEL COMMAND...: median wall time (s) into $WALL, largest peak RSS (MB) into $RSS
measure() {
    local label=$1; shift
    bench_measure "$@"
    WALL=$BENCH_WALL
    RSS=$BENCH_RSS
    printf '%-32s wall %7s s  peak RSS %6d MB   (runs: %s)\n' "$label" "$WALL" "$RSS" "$BENCH_RUNS"
}
cat "$CSV" >/dev/null
measure "python csv (split only)" python3 -c 'import csv,sys; n=sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))); print(n)' "$CSV"
PY=$WALL
measure "inspect --no-types" "$BIN" inspect --json --no-types "$CSV"
measure "inspect (types)" "$BIN" inspect --json "$CSV"
TYPES=$WALL
TYPES_RSS=$RSS
awk -v p="$PY" -v t="$TYPES" -v r="$TYPES_RSS" -v b="$BYTES" 'BEGIN {
    printf "inspect with types: %.0f MB/s, %.2fx Python csv (target >= 5x), peak RSS %d MB (target < 250)\n",
        b / 1e6 / t, p / t, r }'
"$BIN" inspect --json "$CSV" | python3 -c 'import json,sys; d=json.load(sys.stdin); [print("  ", c["name"], c["type"], c.get("format", "")) for c in d["columns"]]'
