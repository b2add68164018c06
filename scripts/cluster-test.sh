#!/usr/bin/env bash
# Cluster test: two kbserve replicas (release build) on loopback behind nginx, sharing one
# PostgreSQL database, as deploy/ describes. Checks that
#   - both replicas are ready and report the same content version (the hash of ./Content);
#   - feedback sent through nginx is stored once, and insights from either replica count it;
#   - search counts from both replicas add up in the shared database;
#   - a word no article writes, searched once, is stored as [word] (UnknownWordGate);
#   - a dashboard session signed in on one replica and signed out on the other is refused by both;
#   - behind the trusted proxy each client has its own rate-limit bucket, and a client cannot
#     choose its bucket by sending X-Forwarded-For itself;
#   - while wrk drives searches through nginx, one replica is killed with SIGKILL and nginx
#     (proxy_next_upstream) keeps answering: failures at most the connections in flight;
#   - PostgreSQL stopped: /readyz is 503 on both replicas, searches are still answered and
#     feedback gets 503 with a clear message; started again: both are ready without a restart,
#     and every acknowledged vote is stored exactly once;
#   - SIGTERM: the replica exits cleanly and its buffered search counts are written;
#   - /metrics counts routes by template and never carries what was typed;
# and reports the throughput through nginx with one and with two replicas (on 2 cores it may
# not grow; correctness is the point). Ends with "cluster-test: N passed, N failed" and exits
# non-zero on any failure.
#   scripts/cluster-test.sh                                   # builds kbserve (release)
#   KBSERVE_BIN=.build/release/kbserve scripts/cluster-test.sh   # an already built binary
#   CLUSTER_WRK_SECONDS=5 scripts/cluster-test.sh             # seconds of each wrk run (default 6)
# Installs Debian's postgresql, nginx, wrk and curl when they are missing; starts PostgreSQL
# (scripts/lib/postgres.sh) and leaves it running; uses a database of its own, dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PYTHON="${PYTHON:-python3}"
WRK_SECONDS="${CLUSTER_WRK_SECONDS:-6}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
source "$ROOT/scripts/lib/postgres.sh"
ensure_postgres

if [ -n "${KBSERVE_BIN:-}" ]; then
    BIN="$KBSERVE_BIN"
else
    echo "==> Building kbserve (release)"
    swift build -c release --product kbserve
    BIN="$(swift build -c release --show-bin-path)/kbserve"
fi

WORK="$(mktemp -d)"
DB="kbserve_cluster_$$"
DATABASE_URL="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$DB"
TOKEN="cluster-$RANDOM$RANDOM"
free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT_A="$(free_port)"
PORT_B="$(free_port)"
NGINX_ONE="$(free_port)"  # upstream: replica A only
NGINX_TWO="$(free_port)"  # upstream: replicas A and B
declare -A PID=()

cleanup() {
    for name in "${!PID[@]}"; do kill "${PID[$name]}" 2>/dev/null || true; done
    for name in "${!PID[@]}"; do wait "${PID[$name]}" 2>/dev/null || true; done
    if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
    pg_as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >/dev/null 2>&1 || true
    psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "PASS  $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL  $1"; }
check() { # check "description" command...
    local description="$1"
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

# Helpers. `json FIELD` reads a (dotted) field of the JSON on stdin.
json() { "$PYTHON" -c 'import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split("."):
    value = value[int(key)] if isinstance(value, list) else value.get(key)
print("" if value is None else value)' "$1"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }
readyz() { status_of "http://127.0.0.1:$1/readyz"; }
psql_value() { psql "$DATABASE_URL" -tAc "$1"; }
wait_for() { # wait_for SECONDS command...: polls every 0.25 s
    local deadline=$((SECONDS + $1))
    shift
    while [ "$SECONDS" -lt "$deadline" ]; do
        if "$@"; then return 0; fi
        sleep 0.25
    done
    "$@"
}
is_ready() { [ "$(readyz "$1")" = 200 ]; }
is_not_ready() { [ "$(readyz "$1")" = 503 ]; }

start_replica() { # start_replica NAME PORT
    KBSERVE_ADMIN_TOKEN="$TOKEN" "$BIN" serve --content "$ROOT/Content" --host 127.0.0.1 --port "$2" \
        --data "$WORK/data-$1" --database "$DATABASE_URL" --trusted-proxy 127.0.0.1/32 \
        --search-rate-limit 10000000 --post-rate-limit 100000 --log-level notice >>"$WORK/replica-$1.log" 2>&1 &
    PID[$1]=$!
}

echo "==> PostgreSQL $PG_VERSION on port $PG_PORT; database $DB"
psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $DB"

echo "==> Two replicas (A on $PORT_A, B on $PORT_B) and nginx ($NGINX_ONE: A only; $NGINX_TWO: A and B)"
start_replica A "$PORT_A"
start_replica B "$PORT_B"
mkdir -p "$WORK/nginx"
nginx_server() { # nginx_server PORT UPSTREAM: a server block as deploy/nginx/kbserve.conf has it
    cat <<SERVER
    server {
        listen 127.0.0.1:$1;
        location / {
            proxy_pass http://$2;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_next_upstream error timeout http_502 http_504;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 1s;
            proxy_read_timeout 15s;
        }
    }
SERVER
}
{
    cat <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    upstream kbserve_one {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    upstream kbserve_two {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
NGINX
    nginx_server "$NGINX_ONE" kbserve_one
    nginx_server "$NGINX_TWO" kbserve_two
    echo "}"
} >"$WORK/nginx.conf"
"$NGINX" -t -q -c "$WORK/nginx.conf" -p "$WORK/nginx" 2>>"$WORK/nginx-error.log"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK/nginx"

show_logs() { # show_logs [LINES]
    for name in A B; do echo "--- replica $name (last lines)"; tail -n "${1:-15}" "$WORK/replica-$name.log" 2>/dev/null || true; done
    echo "--- nginx errors (last lines)"
    tail -n 10 "$WORK/nginx-error.log" 2>/dev/null || true
}

# 0. The deployment's nginx file is a valid configuration (checked, not started).
mkdir -p "$WORK/nginx-check"
cat >"$WORK/nginx-check.conf" <<NGINX
pid $WORK/nginx-check/nginx.pid;
error_log $WORK/nginx-check/error.log;
events {}
http {
    include $ROOT/deploy/nginx/kbserve.conf;
}
NGINX
check "deploy/nginx/kbserve.conf is a valid nginx configuration" \
    "$NGINX" -t -q -c "$WORK/nginx-check.conf" -p "$WORK/nginx-check"

# 1. Ready, and the same content version, equal to the hash of ./Content.
check "replica A is ready" wait_for 60 is_ready "$PORT_A"
check "replica B is ready" wait_for 60 is_ready "$PORT_B"
EXPECTED_VERSION="$("$PYTHON" - "$ROOT/Content" <<'PY'
import hashlib, os, sys
root = sys.argv[1]
files = []
for folder, dirs, names in os.walk(root):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in names:
        path = os.path.join(folder, name)
        if not name.startswith(".") and os.path.isfile(path):
            files.append(os.path.relpath(path, root))
digest = hashlib.sha256()
for relative in sorted(files, key=lambda p: p.encode()):
    data = open(os.path.join(root, relative), "rb").read()
    digest.update(relative.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
print(digest.hexdigest()[:16])
PY
)"
VERSION_A="$(curl -s "http://127.0.0.1:$PORT_A/healthz" | json contentVersion || true)"
VERSION_B="$(curl -s "http://127.0.0.1:$PORT_B/readyz" | json contentVersion || true)"
echo "      content versions: A $VERSION_A, B $VERSION_B, files $EXPECTED_VERSION"
check "both replicas report the same content version, the hash of the content files" \
    test -n "$VERSION_A" -a "$VERSION_A" = "$VERSION_B" -a "$VERSION_A" = "$EXPECTED_VERSION"

# 2. Feedback through nginx is stored once and counted by either replica's insights.
ACKNOWLEDGED=0
send_vote() { # send_vote [curl options...]: 0 when acknowledged (201)
    local code
    code="$(status_of -X POST -H 'Content-Type: application/json' \
        --data '{"article": "reset-password", "helpful": true, "comment": "Clear steps"}' "$@" "http://127.0.0.1:$NGINX_TWO/api/v1/feedback")"
    if [ "$code" = 201 ]; then ACKNOWLEDGED=$((ACKNOWLEDGED + 1)); return 0; fi
    echo "      vote answered $code"
    return 1
}
check "a vote through nginx is acknowledged" send_vote
check "the vote is stored once" test "$(psql_value 'SELECT COUNT(*) FROM feedback')" = 1
votes_in_insights() { # votes_in_insights PORT: helpful + not helpful of reset-password
    curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1/api/v1/insights" | "$PYTHON" -c 'import json, sys
rows = [r for r in json.load(sys.stdin)["helpfulness"] if r["article"] == "reset-password"]
print(sum(r["helpful"] + r["notHelpful"] for r in rows))'
}
check "insights from replica A count it once" test "$(votes_in_insights "$PORT_A")" = 1
check "insights from replica B count it once" test "$(votes_in_insights "$PORT_B")" = 1
for _ in $(seq 1 9); do send_vote >/dev/null || true; done
check "ten votes through nginx: ten rows, counted alike by both replicas" \
    test "$(psql_value 'SELECT COUNT(*) FROM feedback')" = 10 -a "$(votes_in_insights "$PORT_A")" = 10 -a "$(votes_in_insights "$PORT_B")" = 10

# 3. Search counts from both replicas add up (each writes its buffer every 5 s). The probes are
# words the articles write: a word they do not write is kept only from its fifth search on one
# replica (UnknownWordGate), which the last check of this step shows.
for _ in $(seq 1 6); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_TWO/api/v1/search?q=portal+invitation+expired"; done
curl -s -o /dev/null "http://127.0.0.1:$NGINX_TWO/api/v1/search?q=verify+zqxjv+code"
probe_count() {
    curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT_A/api/v1/insights" | "$PYTHON" -c 'import json, sys
print(sum(t["count"] for t in json.load(sys.stdin)["topQueries"] if t["text"] == "portal invitation expired"))'
}
probe_is_six() { [ "$(probe_count)" = 6 ]; }
check "six searches through nginx are counted six times by insights (both replicas' counts)" wait_for 15 probe_is_six
word_is_withheld() {
    [ "$(psql_value "SELECT COUNT(*) FROM search_day WHERE text = 'verify [word] code'")" = 1 ] \
        && [ "$(psql_value "SELECT COUNT(*) FROM search_day WHERE text LIKE '%zqxjv%'")" = 0 ] \
        && [ "$(psql_value "SELECT COUNT(*) FROM search_event WHERE text LIKE '%zqxjv%' OR words LIKE '%zqxjv%'")" = 0 ]
}
check "a word no article writes, searched once, is stored as [word]" wait_for 15 word_is_withheld

# 3b. The dashboard: a session signed in on A and signed out on B is refused by A, cookie copied or not.
set_cookie() { # set_cookie NAME HEADERS_FILE: the value a response's Set-Cookie gives NAME
    sed -n "s/^[Ss]et-[Cc]ookie: $1=\([^;]*\);.*/\1/p" "$2" | head -n 1
}
curl -s -o /dev/null -D "$WORK/sign-in-form.txt" "http://127.0.0.1:$PORT_A/admin/sign-in" || true
FORM_CSRF="$(set_cookie kbserve_admin_signin "$WORK/sign-in-form.txt")"
curl -s -o /dev/null -D "$WORK/sign-in.txt" -H "Cookie: kbserve_admin_signin=$FORM_CSRF" \
    --data-urlencode "csrf=$FORM_CSRF" --data-urlencode "token=$TOKEN" "http://127.0.0.1:$PORT_A/admin/sign-in" || true
SESSION="kbserve_admin=$(set_cookie kbserve_admin "$WORK/sign-in.txt")"
dashboard() { status_of -H "Cookie: $SESSION" "http://127.0.0.1:$1/admin"; }
check "signed in on replica A, the session opens the dashboard on A and on B" \
    test "$(dashboard "$PORT_A")" = 200 -a "$(dashboard "$PORT_B")" = 200
PAGE_CSRF="$(curl -s -H "Cookie: $SESSION" "http://127.0.0.1:$PORT_B/admin" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1 || true)"
check "signing out on replica B" \
    test "$(status_of -H "Cookie: $SESSION" --data-urlencode "csrf=$PAGE_CSRF" "http://127.0.0.1:$PORT_B/admin/sign-out")" = 303
check "the signed-out session's cookie is refused by replica A and by B (sent to the sign-in form)" \
    test "$(dashboard "$PORT_A")" = 303 -a "$(dashboard "$PORT_B")" = 303

# 4. Behind the trusted proxy (nginx on 127.0.0.1): clients 127.0.0.2 and 127.0.0.3 have their own buckets.
auth_failure() { # auth_failure SOURCE [curl options...]: the status of a wrong-token insights request via nginx
    local source="$1"
    shift
    status_of --interface "$source" -H "Authorization: Bearer wrong" "$@" "http://127.0.0.1:$NGINX_TWO/api/v1/insights"
}
LAST=""
for _ in $(seq 1 12); do LAST="$(auth_failure 127.0.0.2 -H 'X-Forwarded-For: 198.51.100.7')"; done
check "a client guessing the insights token through nginx is limited (429), whatever X-Forwarded-For it sends" test "$LAST" = 429
check "another client through the same proxy has its own bucket (401, not 429)" test "$(auth_failure 127.0.0.3)" = 401
check "a client cannot take another's bucket by naming it in X-Forwarded-For" \
    test "$(auth_failure 127.0.0.2 -H 'X-Forwarded-For: 127.0.0.3')" = 429

# 5. Throughput through nginx, one replica then two (the same search, keep-alive).
SEARCH_PATH="/api/v1/search?q=reset+password"
wrk_rate() { # wrk_rate PORT: requests/s
    wrk -t2 -c32 -d"${WRK_SECONDS}s" --latency "http://127.0.0.1:$1$SEARCH_PATH" >"$WORK/wrk-$1.txt" 2>&1 || true
    awk '/Requests\/sec/ { print $2 }' "$WORK/wrk-$1.txt"
}
RATE_ONE="$(wrk_rate "$NGINX_ONE")"
RATE_TWO="$(wrk_rate "$NGINX_TWO")"
echo "      throughput through nginx: one replica ${RATE_ONE:-?} req/s, two replicas ${RATE_TWO:-?} req/s (wrk -t2 -c32 -d${WRK_SECONDS}s)"
check "throughput was measured with one and with two replicas" test -n "$RATE_ONE" -a -n "$RATE_TWO"

# Both replicas came through the load: a replica that died says why in its log (shown).
is_running() { kill -0 "${PID[$1]}" 2>/dev/null; }
for name in A B; do
    is_running "$name" || { echo "      replica $name has exited:"; show_logs 80; }
    check "replica $name is still running after the throughput runs" is_running "$name"
done

# 6. SIGKILL one replica while wrk drives searches through nginx.
CONNECTIONS=16
wrk -t2 -c"$CONNECTIONS" -d"${WRK_SECONDS}s" "http://127.0.0.1:$NGINX_TWO$SEARCH_PATH" >"$WORK/wrk-kill.txt" 2>&1 &
WRK=$!
sleep "$(( WRK_SECONDS / 2 ))"
kill -9 "${PID[B]}" 2>/dev/null || true
wait "${PID[B]}" 2>/dev/null || true
unset 'PID[B]'
wait "$WRK" || true
read -r TOTAL FAILURES < <("$PYTHON" - "$WORK/wrk-kill.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
total = re.search(r"(\d+) requests in", text)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
failures = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(n) for n in errors.groups()) if errors else 0)
print(int(total.group(1)) if total else 0, failures)
PY
)
echo "      under SIGKILL: $TOTAL requests, $FAILURES failed (connections in flight: $CONNECTIONS)"
check "nginx kept answering while a replica was killed (failures <= connections in flight)" \
    test "$TOTAL" -gt 0 -a "$FAILURES" -le "$CONNECTIONS"
check "the surviving replica is still ready" is_ready "$PORT_A"
start_replica B "$PORT_B"
check "the killed replica, started again, is ready" wait_for 60 is_ready "$PORT_B"

# 7. PostgreSQL stopped: not ready, searches answered, feedback 503; started: ready again, nothing lost.
PID_A="${PID[A]}"
PID_B="${PID[B]}"
pg_as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
check "PostgreSQL stopped: replica A's /readyz is 503" wait_for 15 is_not_ready "$PORT_A"
check "PostgreSQL stopped: replica B's /readyz is 503" wait_for 15 is_not_ready "$PORT_B"
REASON="$(curl -s "http://127.0.0.1:$PORT_A/readyz" | json reasons.0 || true)"
echo "      readyz reason: $REASON"
check "the readiness reason names the database" grep -q "database is unavailable" <<<"$REASON"
check "searches through nginx are still answered" test "$(status_of "http://127.0.0.1:$NGINX_TWO/api/v1/search?q=forgot+password")" = 200
REFUSED="$(curl -s -w '\n%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data '{"article": "reset-password", "helpful": false}' "http://127.0.0.1:$NGINX_TWO/api/v1/feedback" || true)"
echo "      feedback while PostgreSQL is down: $(tr '\n' ' ' <<<"$REFUSED")"
check "feedback gets 503 with a clear JSON message" \
    test "$(tail -n 1 <<<"$REFUSED")" = 503 -a -n "$(head -n 1 <<<"$REFUSED" | json error.message | grep 'try again later')"
pg_as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
check "PostgreSQL started: replica A is ready again" wait_for 90 is_ready "$PORT_A"
check "PostgreSQL started: replica B is ready again" wait_for 90 is_ready "$PORT_B"
check "neither replica was restarted" kill -0 "$PID_A" "$PID_B"
check "feedback is acknowledged again" send_vote
check "every acknowledged vote is stored exactly once ($ACKNOWLEDGED)" test "$(psql_value 'SELECT COUNT(*) FROM feedback')" = "$ACKNOWLEDGED"

# 8. Metrics: routes by template, nothing typed.
METRICS="$(curl -s "http://127.0.0.1:$PORT_A/metrics" || true)"
check "/metrics counts requests by route template" grep -q 'kbserve_http_requests_total{.*route="/api/v1/search"' <<<"$METRICS"
check "/metrics carries no query text" bash -c '! grep -q -e "cluster probe" -e "reset password" -e "forgot" <<<"$1"' _ "$METRICS"
check "/metrics reports the content version" grep -q "kbserve_content_info{version=\"$EXPECTED_VERSION\"} 1" <<<"$METRICS"

# 9. SIGTERM: a clean exit that writes the buffered search counts.
for _ in $(seq 1 3); do curl -s -o /dev/null "http://127.0.0.1:$PORT_B/api/v1/search?q=security+code+expired"; done
kill -TERM "${PID[B]}"
EXIT_B=0
wait "${PID[B]}" || EXIT_B=$?
unset 'PID[B]'
check "replica B exits with 0 on SIGTERM" test "$EXIT_B" = 0
check "its buffered search counts were written at shutdown" \
    test "$(psql_value "SELECT COALESCE(SUM(total), 0) FROM search_day WHERE text = 'security code expired'")" = 3

if [ "$FAILED" -ne 0 ]; then show_logs; fi
echo "cluster-test: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
