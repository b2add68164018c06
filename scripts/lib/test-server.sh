# Sourced by the scripts that drive a real kbserve: starts "$BIN serve" on a free loopback
# port with ./Content and a fresh data folder, stops it (and removes the folder) on exit,
# and waits until /healthz answers.
#   start_test_server [extra serve options...]
# Needs BIN, ROOT and PYTHON; sets PORT, DATA and SERVER.
start_test_server() {
    PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    DATA="$(mktemp -d)"
    "$BIN" serve --content "$ROOT/Content" --host 127.0.0.1 --port "$PORT" --data "$DATA/db" "$@" >"$DATA/server.log" 2>&1 &
    SERVER=$!
    trap stop_test_server EXIT
    echo "==> Waiting for http://127.0.0.1:$PORT/healthz"
    for _ in $(seq 1 120); do
        if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then return 0; fi
        if ! kill -0 "$SERVER" 2>/dev/null; then echo "The server exited:"; cat "$DATA/server.log"; exit 1; fi
        sleep 0.5
    done
    echo "The server did not become healthy"; cat "$DATA/server.log"; exit 1
}

stop_test_server() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -rf "$DATA"
}
