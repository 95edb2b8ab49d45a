#!/usr/bin/env bash
# Benchmark (issue 17): compression on a slow link, not a ctest.
#
#   tests/bench/cluster/bench_cluster.sh [BUILD_DIR] [SIZE_MB] [RATE] [DELAY]     (defaults: build/release 200 100Mbit 20ms)
#
# A CSV of analysts' shapes (quoted fields with commas and doubled quotes, CRLF) goes into doris-sim
# (--sink discard) through a slow-link proxy at RATE and DELAY, both the FE and the BE port (the load is sent
# to the proxied BE with --be, curl straight to the proxied BE, which executes Stream Loads itself):
#   curl -T FILE                         the reference
#   doris-import load --compress none    target >= 0.9x curl's speed
#   doris-import load --compress auto    target: at most half curl's time
# and on loopback (no proxy) auto vs none (target: auto >= 0.95x none). The proxy is dia-slowlink
# (tests/tools/slowlink) when built, else tests/bench/cluster/slowlink.py (same token bucket + delay idea).
# DIA_EXTRA_ARGS adds load options to every doris-import run (e.g. "--chunk-size 16MiB").
# Holds /tmp/dia-build.lock for the whole run so no build competes for the cores.
set -euo pipefail
source "$(dirname "$0")/../benchlib.sh"

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
SIZE_MB="${2:-200}"
RATE="${3:-100Mbit}"
DELAY="${4:-20ms}"
REPEAT="${REPEAT:-1}"
EXTRA_ARGS=(${DIA_EXTRA_ARGS:-})
DORIS_IMPORT="$BUILD/bin/doris-import"
DORIS_SIM="$BUILD/bin/doris-sim"
bench_need_bins "$DORIS_IMPORT" "$DORIS_SIM"
SLOWLINK=""
for candidate in "$BUILD/bin/dia-slowlink" "$BUILD/bin/tests/dia-slowlink" "$BUILD/tests/tools/slowlink/dia-slowlink"; do
    [[ -x "$candidate" ]] && { SLOWLINK="$candidate"; break; }
done

WORK="$(mktemp -d /tmp/dia-bench-cluster.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

bench_lock

CSV="$WORK/data.csv"
echo "generating ${SIZE_MB} MB CSV of analysts' shapes..." >&2
python3 - "$CSV" "$SIZE_MB" <<'PY'
import random, sys
path, size_mb = sys.argv[1], int(sys.argv[2])
target = size_mb * 1024 * 1024
rnd = random.Random(17)
cities = ["Shanghai", "Beijing", "Shenzhen", "München", "São Paulo", "New York, NY"]
names = ["Müller, Anna", "O'Brien \"Bob\"", "Zhang Wei", "Smith, John Jr.", "Lefèvre, Éloïse"]
with open(path, "w", newline="") as f:
    f.write("order_id,customer,city,amount,ordered_at,note\r\n")
    written, i = 0, 0
    while written < target:
        block = []
        for _ in range(10000):
            i += 1
            name = names[i % len(names)].replace('"', '""')
            city = cities[rnd.randrange(len(cities))]
            block.append(f'{i},"{name}","{city}",{rnd.randrange(100000) / 100:.2f},'
                         f'2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00,"{"ok" if i % 7 else "late, again"}"\r\n')
        chunk = "".join(block)
        f.write(chunk)
        written += len(chunk.encode())
PY
BYTES=$(stat -c %s "$CSV")
echo "file: $BYTES bytes" >&2

start_sim() {
    bench_start_sim "$DORIS_SIM" "$WORK"
    PIDS+=("$SIM_PID")
    mysql -h 127.0.0.1 -P "$MYSQL" -u root --skip-ssl -e "CREATE DATABASE IF NOT EXISTS bench; CREATE TABLE bench.t (order_id BIGINT, customer VARCHAR(64), city VARCHAR(32), amount DECIMAL(10,2), ordered_at DATETIME, note VARCHAR(32)) DUPLICATE KEY(order_id) DISTRIBUTED BY HASH(order_id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\");" 2>/dev/null \
      || mysql -h 127.0.0.1 -P "$MYSQL" -u root -e "CREATE DATABASE IF NOT EXISTS bench; CREATE TABLE bench.t (order_id BIGINT, customer VARCHAR(64), city VARCHAR(32), amount DECIMAL(10,2), ordered_at DATETIME, note VARCHAR(32)) DUPLICATE KEY(order_id) DISTRIBUTED BY HASH(order_id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\");"
}

# start_proxy → FE_P, BE_P: the proxied FE and BE ports
start_proxy() {
    if [[ -n "$SLOWLINK" ]]; then
        "$SLOWLINK" --rate "$RATE" --delay "$DELAY" --map "0=$FE" --map "0=$BE" > "$WORK/proxy.out" 2> "$WORK/proxy.err" &
    else
        python3 "$ROOT/tests/bench/cluster/slowlink.py" --rate "$RATE" --delay "$DELAY" "0:$FE" "0:$BE" \
            > "$WORK/proxy.out" 2> "$WORK/proxy.err" &
    fi
    PIDS+=($!)
    for _ in $(seq 1 100); do [[ -s "$WORK/proxy.out" ]] && break; sleep 0.1; done
    read -r FE_P BE_P < <(python3 -c '
import json, sys
ports = json.load(open(sys.argv[1]))["ports"]
if isinstance(ports, dict):  # slowlink.py: {listen: target}
    by_target = {int(t): int(l) for l, t in ports.items()}
    print(by_target[int(sys.argv[2])], by_target[int(sys.argv[3])])
else:  # dia-slowlink: listening ports in --map order
    print(ports[0], ports[1])' "$WORK/proxy.out" "$FE" "$BE")
}

# run NAME COMMAND... → "NAME seconds"
run() {
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || { echo "$name failed:" >&2; tail -5 "$WORK/$name.err" >&2; }
    t1=$(date +%s.%N)
    python3 -c "print(f'{$t1 - $t0:.2f}')"
}

HEADERS=(-H "Expect: 100-continue" -H "format: csv" -H "column_separator: ," -H "enclose: \"" -H "skip_lines: 1"
    -H "line_delimiter: \\x0d\\x0a")
dia() { # dia NAME FE_PORT [--be HOST:PORT] --compress MODE
    local name="$1" fe="$2"; shift 2
    run "$name" env DORIS_PASSWORD= "$DORIS_IMPORT" load "$CSV" --fe "http://127.0.0.1:$fe" \
        --mysql "127.0.0.1:$MYSQL" --table bench.t --parallel 1 --journal "$WORK/$name.$RANDOM.json" --json \
        "$@" "${EXTRA_ARGS[@]}"
}
reason() { python3 -c 'import json,sys; c=json.load(open(sys.argv[1])).get("compression",{}); print(c.get("codec"), "-", c.get("reason",""))' "$WORK/$1.out" 2>/dev/null || true; }

start_sim
start_proxy
echo "link: $RATE, $DELAY one way ($( [[ -n "$SLOWLINK" ]] && echo dia-slowlink || echo slowlink.py ))" >&2
declare -A S
for round in $(seq 1 "$REPEAT"); do
    S[curl]+="$(run curl curl -sS -u root: "${HEADERS[@]}" -H "label: bench_curl_$$_$round" -T "$CSV" \
        "http://127.0.0.1:$BE_P/api/bench/t/_stream_load") "
    grep -q '"Status": *"Success"' "$WORK/curl.out" || { echo "curl did not succeed:" >&2; cat "$WORK/curl.out" >&2; }
    S[none]+="$(dia none "$FE_P" --be "127.0.0.1:$BE_P" --compress none) "
    S[auto]+="$(dia auto "$FE_P" --be "127.0.0.1:$BE_P" --compress auto) "
    echo "round $round: curl ${S[curl]} none ${S[none]} auto ${S[auto]}; auto chose: $(reason auto)" >&2
    S[lo_none]+="$(dia lo_none "$FE" --compress none) "
    S[lo_auto]+="$(dia lo_auto "$FE" --compress auto) "
    echo "round $round loopback: none ${S[lo_none]} auto ${S[lo_auto]}; auto chose: $(reason lo_auto)" >&2
done
for name in none auto lo_none lo_auto; do
    grep -q '"status":"Success"' "$WORK/$name.out" || { echo "$name did not succeed:" >&2; tail -3 "$WORK/$name.err" >&2; }
done

C=$(echo "${S[curl]}" | bench_median); N=$(echo "${S[none]}" | bench_median); A=$(echo "${S[auto]}" | bench_median)
LN=$(echo "${S[lo_none]}" | bench_median); LA=$(echo "${S[lo_auto]}" | bench_median)
python3 - "$BYTES" "$C" "$N" "$A" "$LN" "$LA" "$RATE" "$DELAY" <<'PY'
import sys
b, c, n, a, ln, la = (float(x) for x in sys.argv[1:7])
mb = b / 1e6
print(f"{sys.argv[7]}, {sys.argv[8]}: {mb:.0f} MB")
print(f"  curl -T                 {c:7.2f} s  {mb / c:6.1f} MB/s")
print(f"  load --compress none    {n:7.2f} s  {mb / n:6.1f} MB/s  speed vs curl {c / n:.2f}x (target >= 0.90)")
print(f"  load --compress auto    {a:7.2f} s  {mb / a:6.1f} MB/s  time vs curl  {a / c:.2f}  (target <= 0.50)")
print(f"loopback:")
print(f"  load --compress none    {ln:7.2f} s")
print(f"  load --compress auto    {la:7.2f} s  speed vs none {ln / la:.2f}x (target >= 0.95)")
PY
