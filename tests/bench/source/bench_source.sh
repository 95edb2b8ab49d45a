#!/usr/bin/env bash
# Source benchmark (not run by ctest). Usage: tests/bench/source/bench_source.sh [BUILD_DIR] [WORK_DIR]
# Generates a 1 GB mixed CSV, a 1,000,000 x 10 XLSX and a 5 GB CSV, then reports side by side:
#   inspect full scan vs wc -l vs Python csv; XLSX inspect vs xlsx2csv; peak RSS (/usr/bin/time -v);
#   time to the first 200 preview rows of the 5 GB CSV. Hold the build lock while it runs:
#   flock /tmp/dia-build.lock tests/bench/source/bench_source.sh build/release
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"
BUILD=${1:-build/release}
WORK=${2:-/work/tmp/dia-bench-source}
BIN="$BUILD/bin/doris-import"
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
trap 'rm -f "$WORK"/big.csv "$WORK"/huge.csv "$WORK"/rows.xlsx' EXIT

python3 "$HERE/gen_data.py" csv "$WORK/big.csv" 1000000000
python3 "$HERE/gen_data.py" xlsx "$WORK/rows.xlsx" 1000000
REPEAT=${REPEAT:-3}
# measure LABEL COMMAND...: prints the median wall time and the largest peak RSS of REPEAT runs
measure() {
    local label=$1; shift
    bench_measure "$@"
    printf '%-34s wall %7s s  peak RSS %6d MB   (runs: %s)\n' "$label" "$BENCH_WALL" "$BENCH_RSS" "$BENCH_RUNS"
}
sync; cat "$WORK/big.csv" >/dev/null
measure "wc -l (1 GB CSV)" wc -l "$WORK/big.csv"
measure "inspect --no-types (1 GB CSV)" "$BIN" inspect --json --no-types "$WORK/big.csv"
measure "inspect, with types (1 GB CSV)" "$BIN" inspect --json "$WORK/big.csv"
REPEAT=1 measure "python csv (1 GB CSV)" python3 -c 'import csv,sys; n=sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))); print(n)' "$WORK/big.csv"
measure "inspect --no-types (1M x 10 XLSX)" "$BIN" inspect --json --no-types "$WORK/rows.xlsx"
measure "inspect, with types (1M x 10 XLSX)" "$BIN" inspect --json "$WORK/rows.xlsx"
REPEAT=1 measure "xlsx2csv (1M x 10 XLSX)" xlsx2csv "$WORK/rows.xlsx" /dev/null
# 5 GB CSV by repetition, then time to the first 200 preview rows (ddl/preview path opens and reads the start)
for _ in 1 2 3 4 5; do cat "$WORK/big.csv"; done >"$WORK/huge.csv"
measure "preview-200 (5 GB CSV)" "$BUILD/bin/bench/bench_preview" "$WORK/huge.csv"
"$BUILD/bin/bench/bench_preview" "$WORK/huge.csv"
