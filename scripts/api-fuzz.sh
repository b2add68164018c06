#!/usr/bin/env bash
# API fuzz test: runs schemathesis (from PyPI) with all its checks against a running kbserve,
# generating requests from /openapi.json, so that the document and the server keep agreeing.
#   scripts/api-fuzz.sh                               # builds kbserve (debug) and fuzzes it
#   KBSERVE_BIN=path/to/kbserve scripts/api-fuzz.sh   # fuzzes an already built binary (e.g. release)
#   API_FUZZ_EXAMPLES=50 scripts/api-fuzz.sh          # examples per operation (default 25; about 30 s)
# Installs schemathesis with pip into .build/api-fuzz-venv when it is missing. Rate limits are
# raised for the run (--post-rate-limit, --search-rate-limit, --auth-failure-rate-limit), since
# the fuzzer sends thousands of requests from one client. Ends with "api-fuzz: N passed, N failed"
# (API operations) and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
EXAMPLES="${API_FUZZ_EXAMPLES:-25}"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.build/api-fuzz-venv"

if [ ! -x "$VENV/bin/schemathesis" ]; then
    echo "==> Installing schemathesis"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet schemathesis
fi

if [ -n "${KBSERVE_BIN:-}" ]; then
    BIN="$KBSERVE_BIN"
else
    echo "==> Building kbserve"
    swift build --product kbserve
    BIN="$(swift build --show-bin-path)/kbserve"
fi

TOKEN="fuzz-$RANDOM$RANDOM"
export KBSERVE_ADMIN_TOKEN="$TOKEN"
source "$ROOT/scripts/lib/test-server.sh"
start_test_server \
    --post-rate-limit 1000000 --search-rate-limit 1000000 --auth-failure-rate-limit 1000000 --log-level warning

echo "==> schemathesis: all checks, $EXAMPLES examples per operation"
status=0
"$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" \
    --checks all --max-examples "$EXAMPLES" --seed 20261201 --request-timeout 10 \
    -H "Authorization: Bearer $TOKEN" \
    --report junit --report-junit-path "$DATA/junit.xml" || status=$?

if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "The server died during the run:"
    tail -n 40 "$DATA/server.log"
    status=1
fi

# One line for CI: API operations that passed and failed every check.
read -r passed failed < <("$PYTHON" - "$DATA/junit.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
try:
    cases = ET.parse(sys.argv[1]).getroot().iter("testcase")
except Exception:
    print(0, 1)
    raise SystemExit
passed = failed = 0
for case in cases:
    if case.find("failure") is not None or case.find("error") is not None:
        failed += 1
    elif case.find("skipped") is None:
        passed += 1
print(passed, failed)
PY
)
if [ "$failed" -ne 0 ] && [ "$status" -eq 0 ]; then status=1; fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "api-fuzz: $passed passed, $failed failed"
exit "$status"
