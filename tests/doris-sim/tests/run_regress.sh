#!/usr/bin/env bash
# run_regress.sh DORIS_SIM REGRESS_DIR
# Starts doris-sim on ephemeral ports with a fresh data dir, runs Doris' regression cases
# (REGRESS_DIR/run_all.sh) against it, stops the sim and returns run_all.sh's exit status.
set -u
sim="$1"; regress="$2"
data="$(mktemp -d)"; out="$data/ready.json"
"$sim" --data-dir "$data/state" --fe-http-port 0 --be-http-port 0 --mysql-port 0 >"$out" 2>"$data/sim.log" &
pid=$!
cleanup() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  [ -s "$out" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "doris-sim exited early:"; cat "$data/sim.log"; exit 1; }
  sleep 0.1
done
[ -s "$out" ] || { echo "doris-sim did not print its ready line"; exit 1; }
read -r fe mysql < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["fe_http"], d["mysql"])' "$out")
"$regress/run_all.sh" "$fe" "$mysql"
