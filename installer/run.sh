#!/usr/bin/env bash
# The README's Run command. Installs the dependencies, builds Release, and opens the import wizard:
#   - with no cluster given, on the bundled local Doris sandbox (doris-sim on loopback, ephemeral ports,
#     state kept in ~/.local/share/doris-import-assistant/sandbox) with the sample workbook offered;
#   - with a cluster given, on that cluster:
#       ./installer/run.sh --fe doris-fe.example.com [--http-port 8030] [--mysql-port 9030] [--user root]
#     or the same through DORIS_FE_HOST, DORIS_FE_HTTP_PORT, DORIS_MYSQL_PORT, DORIS_USER.
#     The password comes from DORIS_PASSWORD or is asked for in the wizard, never from the command line.
set -euo pipefail
cd "$(dirname "$0")/.."

fe_host=${DORIS_FE_HOST:-}
http_port=${DORIS_FE_HTTP_PORT:-8030}
mysql_port=${DORIS_MYSQL_PORT:-9030}
user=${DORIS_USER:-root}
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --fe) fe_host=$2; shift 2 ;;
        --http-port) http_port=$2; shift 2 ;;
        --mysql-port) mysql_port=$2; shift 2 ;;
        --user) user=$2; shift 2 ;;
        --self-test) extra+=(--self-test); shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

# A window needs a display: say so before minutes of installing and building, not after.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset). Run it from a desktop session," >&2
    echo "        or try it headless with: QT_QPA_PLATFORM=offscreen ./installer/run.sh --self-test" >&2
    exit 2
fi

preset=${DIA_RUN_PRESET:-release} # dev: reuse a developer build
./installer/deps-debian.sh
cmake --preset "$preset" >/dev/null
# Only what this command runs: the wizard and the sandbox (not the tests, benchmarks or the CLI).
cmake --build --preset "$preset" --target doris-import-assistant doris-sim
bin=build/$preset/bin

if [ -n "$fe_host" ]; then
    exec "$bin/doris-import-assistant" --fe-host "$fe_host" --fe-http-port "$http_port" \
        --mysql-port "$mysql_port" --user "$user" ${extra[@]+"${extra[@]}"}
fi

data_dir=${DIA_SANDBOX_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/doris-import-assistant/sandbox}
mkdir -p "$data_dir"
coproc SIM { exec "$bin/doris-sim" --data-dir "$data_dir" --host 127.0.0.1 \
    --fe-http-port 0 --be-http-port 0 --mysql-port 0 2>"$data_dir/doris-sim.log"; }
sim_pid=$SIM_PID
trap 'kill "$sim_pid" 2>/dev/null || true' EXIT
if ! read -r -t 30 ready <&"${SIM[0]}"; then
    echo "run.sh: the sandbox did not start; see $data_dir/doris-sim.log" >&2
    exit 1
fi
port() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$ready" "$1"; }
fe_http=$(port fe_http)
mysql=$(port mysql)
echo "Sandbox Doris on 127.0.0.1: FE HTTP $fe_http, MySQL $mysql (user root, no password; data in $data_dir)"
"$bin/doris-import-assistant" --fe-host 127.0.0.1 --fe-http-port "$fe_http" --mysql-port "$mysql" --user root \
    --sandbox --open "$PWD/resources/sample/sales.xlsx" ${extra[@]+"${extra[@]}"}
