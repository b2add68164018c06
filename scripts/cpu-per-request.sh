#!/usr/bin/env bash
# Server CPU per request (not a test): starts the release kbserve, warms it up, then runs wrk
# (1 thread, 32 keep-alive connections) for N seconds and prints the server process's user +
# system time (from /proc/PID/stat) divided by the requests wrk completed, with req/s and the
# machine's load average (other builds on the machine inflate both).
#   scripts/cpu-per-request.sh [--duration 6] [--connections 32] /livez
#   scripts/cpu-per-request.sh --mix 2200            # cycle the 2,200-query search mix (scripts/search-mix.py)
#   KBSERVE_SERVE_ARGS="--search-cache 0" scripts/cpu-per-request.sh --mix 2200   # every search uncached
#   KBSERVE_BIN=path/to/release/kbserve scripts/cpu-per-request.sh /livez            # skip the build
# Several targets in one server: scripts/cpu-per-request.sh /livez --mix 2200 "/api/v1/search?q=reset+pin"
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DURATION=6
CONNECTIONS=32
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="${2%s}"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --mix) TARGETS+=("mix:$2"); shift 2 ;;
        /*) TARGETS+=("$1"); shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(/livez)
command -v wrk >/dev/null 2>&1 || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

if [ -n "${KBSERVE_BIN:-}" ]; then
    BIN="$KBSERVE_BIN"
else
    swift build -c release --product kbserve >&2
    BIN="$(swift build -c release --show-bin-path)/kbserve"
fi

WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

source "$ROOT/scripts/lib/bench-server.sh"
start_bench_server

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICK="$(getconf CLK_TCK)"
echo "server options: ${KBSERVE_SERVE_ARGS:-(defaults)}; wrk 1 thread, $CONNECTIONS connections, ${DURATION}s"
printf '%-44s %10s %14s  %s\n' "target" "req/s" "CPU µs/req" "load average"
for target in "${TARGETS[@]}"; do
    if [[ "$target" == mix:* ]]; then
        python3 "$ROOT/scripts/search-mix.py" "${target#mix:}" "$WORK/paths.txt"
    else
        echo "$target" >"$WORK/paths.txt"
    fi
    write_cycle_script "$WORK/paths.txt" "$WORK/cycle.lua"
    wrk -t1 -c"$CONNECTIONS" -d2s -s "$WORK/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null 2>&1 || true # warm-up
    before="$(cpu_ticks)"
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$WORK/cycle.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.txt"
    after="$(cpu_ticks)"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    python3 - "$WORK/wrk.txt" "$before" "$after" "$TICK" "$target" "$load" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
requests = int(re.search(r"(\d+) requests in", text).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
cpu = (int(sys.argv[3]) - int(sys.argv[2])) / int(sys.argv[4])
note = f"  ({errors.group(1)} non-2xx)" if errors else ""
print("%-44s %10.0f %14.1f  %s%s" % (sys.argv[5][:44], rps, cpu / max(requests, 1) * 1e6, sys.argv[6], note))
EOF
done
