#!/usr/bin/env bash
# Throughput benchmark (not a test): wrk against /api/v1/search with 2,200 distinct queries
# (scripts/search-mix.py: real traffic repeats far less than a small dev set, so the result
# cache carries little), keep-alive, 1 thread, 32 connections, 20 s, on a release build; then
# nginx serving a static JSON file of the same (mean) size with the same wrk settings, in the
# same run. Prints req/s and p99 of both and their ratio.
#   scripts/wrk-bench.sh [--duration 20s] [--connections 32] [--threads 1] [--queries 2200]
#   KBSERVE_BIN=path/to/release/kbserve scripts/wrk-bench.sh   # skip the build
#   KBSERVE_SERVE_ARGS="--search-cache 0" scripts/wrk-bench.sh  # every request searches
# Target (performance issue): at least half of nginx's requests/s, p99 <= 5 ms, no errors.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DURATION=20s
CONNECTIONS=32
THREADS=1
QUERY_COUNT=2200
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --queries) QUERY_COUNT="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$ROOT/../shared/eval/kb-queries-dev.tsv" ] || { echo "No ../shared/eval beside the repository" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ -n "${KBSERVE_BIN:-}" ]; then
    BIN="$KBSERVE_BIN" # an already built (release) binary
else
    echo "==> Building kbserve (release)"
    swift build -c release --product kbserve
    BIN="$(swift build -c release --show-bin-path)/kbserve"
fi

WORK="$(mktemp -d)"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
NGINX_PORT="$(free_port)"
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# KBSERVE_SERVE_ARGS adds options, e.g. "--search-cache 0" to measure without the search cache.
echo "==> kbserve serve ${KBSERVE_SERVE_ARGS:-(default options: search cache on)}"
source "$ROOT/scripts/lib/bench-server.sh"
start_bench_server

# The request mix: distinct queries, URL-encoded, shuffled.
python3 "$ROOT/scripts/search-mix.py" "$QUERY_COUNT" "$WORK/paths.txt"
echo "==> $(wc -l <"$WORK/paths.txt") queries in the mix"

# Mean response size, and a static JSON file of that size for nginx.
TOTAL=0
COUNT=0
while read -r path; do
    size=$(curl -fsS "http://127.0.0.1:$PORT$path" | wc -c)
    TOTAL=$((TOTAL + size))
    COUNT=$((COUNT + 1))
done <"$WORK/paths.txt"
MEAN=$((TOTAL / COUNT))
mkdir -p "$WORK/www" "$WORK/tmp"
chmod 755 "$WORK" "$WORK/www" # nginx workers run as an unprivileged user
python3 -c '
import json, sys
size = int(sys.argv[1])
doc = {"query": "static", "total": 0, "results": [], "padding": ""}
doc["padding"] = "x" * max(0, size - len(json.dumps(doc)))
open(sys.argv[2], "w").write(json.dumps(doc))
' "$MEAN" "$WORK/www/search.json"
chmod 644 "$WORK/www/search.json"

write_cycle_script "$WORK/paths.txt" "$WORK/cycle.lua"
echo 'request = function() return wrk.format("GET", "/search.json") end' >"$WORK/static.lua"

{
    echo 'worker_processes auto;'
    echo "pid $WORK/nginx.pid;"
    echo "error_log $WORK/nginx-error.log warn;"
    echo 'events { worker_connections 1024; }'
    echo 'http {'
    echo '    access_log off;'
    echo '    keepalive_requests 1000000;'
    echo "    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;"
    echo "    uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;"
    echo "    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { default_type application/json; } }"
    echo '}'
} >"$WORK/nginx.conf"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 40); do curl -fsS "http://127.0.0.1:$NGINX_PORT/search.json" >/dev/null 2>&1 && break; sleep 0.25; done

run_wrk() { # url script label
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$2" "$1" >/dev/null 2>&1 || true # warm-up
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$2" "$1" | tee "$WORK/$3.txt"
}

echo "==> machine load before: $(uptime)"
echo "==> kbserve: GET /api/v1/search (mean body $MEAN bytes), $THREADS threads, $CONNECTIONS connections, $DURATION"
run_wrk "http://127.0.0.1:$PORT" "$WORK/cycle.lua" kbserve
echo "==> nginx: static JSON of $MEAN bytes, same settings"
run_wrk "http://127.0.0.1:$NGINX_PORT" "$WORK/static.lua" nginx
echo "==> machine load after: $(uptime)"

python3 -c '
import re, sys
def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    return rps, p99, int(errors.group(1)) if errors else 0
k_rps, k_p99, k_err = parse(sys.argv[1])
n_rps, n_p99, _ = parse(sys.argv[2])
print()
print("%-10s%12s%12s" % ("", "req/s", "p99 (ms)"))
print("%-10s%12.0f%12.2f" % ("kbserve", k_rps, k_p99))
print("%-10s%12.0f%12.2f" % ("nginx", n_rps, n_p99))
print(f"kbserve/nginx throughput ratio: {k_rps / n_rps:.2f}")
if k_err:
    print(f"kbserve non-2xx responses: {k_err}")
met = k_rps >= 0.5 * n_rps and k_p99 <= 5.0 and not k_err
print("target (>= 0.5 of nginx, p99 <= 5 ms, no errors): " + ("met" if met else "NOT met"))
' "$WORK/kbserve.txt" "$WORK/nginx.txt"
