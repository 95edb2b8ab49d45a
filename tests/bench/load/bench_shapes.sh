#!/usr/bin/env bash
# Benchmark (issue 14): doris-import load against curl --location-trusted -T of the same file, into the same
# doris-sim (--sink discard), on the shapes analysts bring (tests/bench/load/gen_shapes.py): RFC 4180 with quoted
# names holding commas and doubled quotes, Excel's CSV UTF-8 (BOM, CRLF), and the Chinese rows in GB18030 (whose
# baseline is curl of the same rows in UTF-8). Not a ctest. Needs a release build with doris-sim.
#
#   tests/bench/load/bench_shapes.sh [BUILD_DIR] [SIZE_MB] [SHAPES...]
#
# With DORIS_STREAMLOADER=/path/to/doris-streamloader (the Go peer, built from source: see README "Performance")
# it is run too, with 4 workers, on curl's copy (it splits by lines and sends no quotes fix of its own).
#
# Reports per shape and contender the median seconds of REPEAT (default 3) interleaved rounds, the ratio of
# throughput to curl (>1: faster than curl) and the peak RSS. Files are kept in $DIA_BENCH_DATA (default
# /tmp/dia-bench-data) between runs. Holds /tmp/dia-build.lock so no build competes for the cores.
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
SIZE_MB="${2:-1024}"
shift $(( $# >= 2 ? 2 : $# )) || true
SHAPES=("$@")
[[ ${#SHAPES[@]} -gt 0 ]] || SHAPES=(rfc4180 excel gb18030)
DORIS_IMPORT="$BUILD/bin/doris-import"
DORIS_SIM="$BUILD/bin/doris-sim"
bench_need_bins "$DORIS_IMPORT" "$DORIS_SIM"
DATA="${DIA_BENCH_DATA:-/tmp/dia-bench-data}"
mkdir -p "$DATA"
WORK="$(mktemp -d /tmp/dia-bench-shapes.XXXXXX)"
SIM_PID=""
cleanup() { [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
bench_lock

file_for() { # SHAPE -> path, generated once
    local shape="$1" path="$DATA/$1_${SIZE_MB}.csv"
    if [[ ! -s "$path" ]]; then
        echo "generating $path..." >&2
        python3 "$ROOT/tests/bench/load/gen_shapes.py" "$shape" "$path.tmp" "$SIZE_MB" && mv "$path.tmp" "$path"
    fi
    echo "$path"
}

bench_start_sim "$DORIS_SIM" "$WORK"
mariadb -h 127.0.0.1 -P "$MYSQL" -u root --skip-ssl -e "CREATE DATABASE bench; CREATE TABLE bench.t (id BIGINT, \
name VARCHAR(256), city VARCHAR(64), amount DECIMAL(18,2), created DATETIME) DUPLICATE KEY(id) DISTRIBUTED BY \
HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"

run() { # NAME COMMAND... -> "seconds rssMB"
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f %M -o "$WORK/$name.rss" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" \
        || { echo "$name failed: $(tail -3 "$WORK/$name.err")" >&2; }
    t1=$(date +%s.%N)
    echo "$(python3 -c "print(f'{$t1 - $t0:.2f}')") $(( $(tail -1 "$WORK/$name.rss") / 1024 ))"
}
# curl sends a copy whose doubled quotes are already \" (Doris 2.1 cannot read "", facts 12.3) with the headers that
# make Doris read it right: the baseline is the wire and the server, not a load that filters every row
CURL=(curl -sS --location-trusted -u root: -H "Expect: 100-continue" -H "column_separator: ," -H "skip_lines: 1"
    -H "enclose: \"" -H "escape: \\" -H "trim_double_quotes: true")
curl_copy() { # FILE -> the same rows with \" for "" (made once)
    local copy="${1%.csv}.curl.csv"
    [[ -s "$copy" ]] || sed 's/""/\\"/g' "$1" > "$copy"
    echo "$copy"
}
DIA=(env DORIS_PASSWORD= "$DORIS_IMPORT" load --fe "http://127.0.0.1:$FE" --mysql "127.0.0.1:$MYSQL" --table bench.t --json)

REPEAT="${REPEAT:-3}"
printf '%-9s %-8s %8s %8s %8s\n' shape run seconds vs_curl rss_MB
for shape in "${SHAPES[@]}"; do
    file=$(file_for "$shape")
    baseline="$file"
    [[ "$shape" == gb18030 ]] && baseline=$(file_for utf8zh)
    baseline=$(curl_copy "$baseline")
    line_delimiter=()
    [[ "$shape" == excel ]] && line_delimiter=(-H "line_delimiter: \r\n")
    declare -A S=() R=()
    contenders=(curl dia_1 dia_4)
    # the peer splits by lines and refuses a \r\n line_delimiter: only the LF shape is a fair race
    [[ -n "${DORIS_STREAMLOADER:-}" && "$shape" == rfc4180 ]] && contenders+=(streamloader_4)
    for round in $(seq 1 "$REPEAT"); do
        for who in "${contenders[@]}"; do
            case "$who" in
            curl) read -r secs rss < <(run curl "${CURL[@]}" "${line_delimiter[@]}" -T "$baseline" "http://127.0.0.1:$FE/api/bench/t/_stream_load")
                grep -q '"Status": "Success"' "$WORK/curl.out" || echo "curl: $(head -c 300 "$WORK/curl.out")" >&2 ;;
            dia_1) read -r secs rss < <(run dia_1 "${DIA[@]}" "$file" --parallel 1 --journal "$WORK/j1_${shape}_$round.json") ;;
            dia_4) read -r secs rss < <(run dia_4 "${DIA[@]}" "$file" --parallel 4 --journal "$WORK/j4_${shape}_$round.json") ;;
            streamloader_4)
                header='column_separator:,?enclose:"?escape:\?trim_double_quotes:true?max_filter_ratio:0.001'
                [[ "$shape" == excel ]] && header+='?line_delimiter:\r\n'
                read -r secs rss < <(run streamloader_4 "$DORIS_STREAMLOADER" -source_file="$baseline" \
                    -url="http://127.0.0.1:$FE" -header="$header" -db=bench -table=t -u=root -p= -workers=4 -auto_retry_times=0 \
                    -log_filename="$WORK/streamloader.log")
                grep -qi 'Status: *Success\|"Status": *"Success"\|success' "$WORK/streamloader_4.out" "$WORK/streamloader_4.err" \
                    || echo "streamloader: $(tail -c 300 "$WORK/streamloader_4.out")" >&2 ;;
            esac
            [[ "$who" == curl || "$who" == streamloader_4 ]] || grep -q '"status":"Success"' "$WORK/$who.out" \
                || echo "$who: $(tail -c 300 "$WORK/$who.out") $(tail -2 "$WORK/$who.err")" >&2
            S[$who]+="$secs "; R[$who]+="$rss "
            echo "  round $round $shape $who: ${secs}s ${rss}MB" >&2
        done
    done
    c=$(echo "${S[curl]}" | bench_median)
    for who in "${contenders[@]}"; do
        s=$(echo "${S[$who]}" | bench_median)
        r=$(echo "${R[$who]}" | tr ' ' '\n' | grep . | sort -g | tail -1)
        printf '%-9s %-8s %8s %8s %8s\n' "$shape" "$who" "$s" "$(python3 -c "print(f'{$c / $s:.2f}x')")" "$r"
    done
    unset S R
done
