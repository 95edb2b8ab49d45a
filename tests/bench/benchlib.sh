# Shared by the benchmark scripts (sourced, not run): binaries check, the build lock, medians and peak RSS.

# bench_need_bins BIN...: stops with a message when a binary is missing (build the release preset first).
bench_need_bins() {
    local bin
    for bin in "$@"; do
        [[ -x "$bin" ]] || { echo "missing $bin (build the release preset first)" >&2; exit 2; }
    done
}

# bench_lock: holds /tmp/dia-build.lock until the script exits, so no build competes for the cores.
bench_lock() {
    exec 9>/tmp/dia-build.lock
    flock 9
}

# bench_median: the median of the numbers on standard input, one per line or separated by spaces.
bench_median() {
    tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

# bench_measure COMMAND...: runs it ${REPEAT:-3} times with its output discarded; sets BENCH_WALL (median wall
# seconds), BENCH_RSS (largest peak RSS, MB) and BENCH_RUNS (every wall time).
bench_measure() {
    local walls=() rss=0 out wall r
    for _ in $(seq 1 "${REPEAT:-3}"); do
        out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -1 )
        read -r wall r <<< "$out"
        walls+=("$wall")
        (( r > rss )) && rss=$r
    done
    BENCH_WALL=$(printf '%s\n' "${walls[@]}" | bench_median)
    BENCH_RSS=$((rss / 1024))
    BENCH_RUNS="${walls[*]}"
}

# bench_start_sim DORIS_SIM DIR: starts doris-sim --sink discard with its data in DIR/sim (a fresh one) on free
# ports; sets SIM_PID and its ports FE, BE and MYSQL.
bench_start_sim() {
    local sim=$1 dir=$2
    rm -rf "$dir/sim"; mkdir -p "$dir/sim"
    "$sim" --data-dir "$dir/sim" --fe-http-port 0 --be-http-port 0 --mysql-port 0 --sink discard \
        > "$dir/sim.out" 2> "$dir/sim.err" &
    SIM_PID=$!
    for _ in $(seq 1 100); do [[ -s "$dir/sim.out" ]] && break; sleep 0.1; done
    FE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["fe_http"])' "$dir/sim.out")
    BE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["be_http"])' "$dir/sim.out")
    MYSQL=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["mysql"])' "$dir/sim.out")
}
