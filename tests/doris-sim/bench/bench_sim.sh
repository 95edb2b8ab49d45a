#!/usr/bin/env bash
# bench_sim.sh [SIZE_MB]   (not run by ctest)
# Release-builds doris-sim, generates a SIZE_MB (default 1024) CSV, loads it with `curl -T` into
# `--sink discard` (rows still split, converted and counted) and prints MB/s and the row count.
# Heavy: run it holding the shared lock, e.g.  flock /tmp/dia-build.lock tests/doris-sim/bench/bench_sim.sh
set -euo pipefail
size_mb="${1:-1024}"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="$src/build/release-sim"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDIA_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target doris-sim >/dev/null
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
csv="$work/data.csv"
python3 - "$csv" "$size_mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
line_block = "".join("%d,customer_%d,%d.%02d,2024-01-%02d 12:34:56,some free text value %d\n"
                     % (i, i % 9973, i % 100000, i % 100, i % 28 + 1, i) for i in range(20000)).encode()
with open(path, "wb") as f:
    written = 0
    while written < mb * 1024 * 1024:
        f.write(line_block)
        written += len(line_block)
PY
bytes=$(stat -c %s "$csv")
"$build/bin/doris-sim" --data-dir "$work/state" --fe-http-port 0 --be-http-port 0 --mysql-port 0 \
    --sink discard >"$work/ready" 2>"$work/sim.log" &
pid=$!
for _ in $(seq 1 100); do [ -s "$work/ready" ] && break; sleep 0.1; done
read -r fe my < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["fe_http"], d["mysql"])' "$work/ready")
mariadb -h127.0.0.1 -P"$my" -uroot --skip-ssl -e "CREATE DATABASE bench; CREATE TABLE bench.t (id BIGINT, name VARCHAR(64), amount DECIMAL(12,2), ts DATETIME, note STRING) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\"=\"1\")"
c0=$(awk '{print $14+$15}' /proc/$pid/stat)
start=$(date +%s.%N)
resp=$(curl -sS --location-trusted -u root: -H "Expect:100-continue" -H "column_separator:," \
    -T "$csv" "http://127.0.0.1:$fe/api/bench/t/_stream_load")
end=$(date +%s.%N)
c1=$(awk '{print $14+$15}' /proc/$pid/stat)
cpu_s=$(python3 -c "import os,sys; print((int(sys.argv[2])-int(sys.argv[1]))/os.sysconf('SC_CLK_TCK'))" "$c0" "$c1")
rows=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["Status"], d["NumberTotalRows"], d["NumberLoadedRows"])' "$resp")
rss=$(awk '/VmHWM/ {print $2" "$3}' /proc/$pid/status)
python3 - "$bytes" "$start" "$end" "$rows" "$rss" "$cpu_s" <<'PY'
import sys
b, s, e = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
cpu = float(sys.argv[6])
print("doris-sim bench: %.1f MB in %.2f s = %.0f MB/s wall; sim CPU %.2f s = %.0f MB per CPU-second; "
      "status/total/loaded: %s; sim peak RSS %s"
      % (b / 1048576, e - s, b / 1048576 / (e - s), cpu, b / 1048576 / max(cpu, 1e-9), sys.argv[4], sys.argv[5]))
PY
