#!/usr/bin/env bash
# Benchmark (issue 14): `load --create` (infer the whole file, CREATE TABLE, load) against `load` into the table
# that already exists, same file, same doris-sim (--sink discard), interleaved rounds, medians; target <= 1.3x.
# Also times `inspect` (the inference pass alone). Not a ctest. Needs a release build with doris-sim.
#   tests/bench/load/bench_create.sh [BUILD_DIR] [SIZE_MB] [SHAPE]    (defaults: build/release 1024 rfc4180)
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
SIZE_MB="${2:-1024}"
SHAPE="${3:-rfc4180}"
DORIS_IMPORT="$BUILD/bin/doris-import"
DORIS_SIM="$BUILD/bin/doris-sim"
bench_need_bins "$DORIS_IMPORT" "$DORIS_SIM"
DATA="${DIA_BENCH_DATA:-/tmp/dia-bench-data}"
mkdir -p "$DATA"
FILE="$DATA/${SHAPE}_${SIZE_MB}.csv"
if [[ ! -s "$FILE" ]]; then
    echo "generating $FILE..." >&2
    python3 "$ROOT/tests/bench/load/gen_shapes.py" "$SHAPE" "$FILE.tmp" "$SIZE_MB" && mv "$FILE.tmp" "$FILE"
fi
WORK="$(mktemp -d /tmp/dia-bench-create.XXXXXX)"
SIM_PID=""
cleanup() { [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
bench_lock

bench_start_sim "$DORIS_SIM" "$WORK"
LOAD=(env DORIS_PASSWORD= "$DORIS_IMPORT" load "$FILE" --fe "http://127.0.0.1:$FE" --mysql "127.0.0.1:$MYSQL"
    --parallel 4 --json)

run() { # NAME COMMAND... -> "seconds rssMB"
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f %M -o "$WORK/$name.rss" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" \
        || echo "$name failed: $(tail -3 "$WORK/$name.err")" >&2
    t1=$(date +%s.%N)
    echo "$(python3 -c "print(f'{$t1 - $t0:.2f}')") $(( $(tail -1 "$WORK/$name.rss") / 1024 ))"
}

cat "$FILE" > /dev/null
REPEAT="${REPEAT:-3}"
declare -A S=() R=()
for round in $(seq 1 "$REPEAT"); do
    line="  round $round:"
    for who in create load inspect; do
        case "$who" in
        create) cmd=("${LOAD[@]}" --table "bench.t$round" --create --journal "$WORK/c$round.json") ;;
        load) cmd=("${LOAD[@]}" --table "bench.t$round" --journal "$WORK/l$round.json") ;;
        inspect) cmd=("$DORIS_IMPORT" inspect --json "$FILE") ;;
        esac
        read -r secs rss < <(run "$who" "${cmd[@]}")
        S[$who]+="$secs "; R[$who]+="$rss "
        line+=" $who ${secs}s"
    done
    echo "$line" >&2
done
for who in create load inspect; do
    grep -q . "$WORK/$who.out" || echo "$who wrote nothing: $(tail -2 "$WORK/$who.err")" >&2
done
l=$(echo "${S[load]}" | bench_median)
for who in create load inspect; do
    s=$(echo "${S[$who]}" | bench_median)
    r=$(echo "${R[$who]}" | tr ' ' '\n' | grep . | sort -g | tail -1)
    printf '%-8s %8s s %8s of load %6s MB peak RSS\n' "$who" "$s" "$(python3 -c "print(f'{$s / $l:.2f}x')")" "$r"
done
echo "cores: $(nproc)"
