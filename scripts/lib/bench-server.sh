# Sourced by the benchmark scripts (wrk-bench.sh, cpu-per-request.sh): a release kbserve set up
# to measure serving, not logging or rate limiting, and the wrk script that cycles a list of paths.
# Needs BIN, ROOT, PORT and WORK; sets SERVER (the caller's cleanup stops it).
#   start_bench_server        # KBSERVE_SERVE_ARGS adds serve options, e.g. "--search-cache 0"
#   write_cycle_script PATHS OUT.lua

start_bench_server() {
    # Request logs are per request at info level; the benchmarks measure serving, not logging.
    # shellcheck disable=SC2086
    "$BIN" serve --content "$ROOT/Content" --port "$PORT" --data "$WORK/data" --log-level warning \
        --search-rate-limit 1000000000 ${KBSERVE_SERVE_ARGS:-} >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 120); do
        curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
        sleep 0.5
    done
    echo "The server did not become healthy"; cat "$WORK/server.log"; exit 1
}

# A wrk script that requests the lines of PATHS one after another, round and round.
write_cycle_script() {
    {
        echo 'local paths = {}'
        echo "for line in io.lines(\"$1\") do paths[#paths + 1] = line end"
        echo 'local index = 0'
        echo 'request = function()'
        echo '    index = index % #paths + 1'
        echo '    return wrk.format("GET", paths[index])'
        echo 'end'
    } >"$2"
}
