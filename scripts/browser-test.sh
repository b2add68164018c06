#!/usr/bin/env bash
# Browser test: drives the site as a patient would with headless Chromium (WebDriver),
# runs axe-core on every page (zero serious/critical violations allowed) and saves
# phone-width and desktop screenshots to artifacts/screenshots/, then signs in to the insights
# dashboard (/admin) with a fresh admin token and checks it the same way.
#   scripts/browser-test.sh            # builds kbserve (debug) and tests it
#   KBSERVE_BIN=path/to/kbserve scripts/browser-test.sh   # tests an already built binary
# Installs Debian's chromium + chromium-driver and the Python packages selenium and
# axe-selenium-python when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "==> Installing chromium and chromium-driver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c "import selenium, axe_selenium_python" >/dev/null 2>&1; then
    echo "==> Installing selenium and axe-selenium-python"
    "$PYTHON" -m pip install --quiet selenium axe-selenium-python \
        || "$PYTHON" -m pip install --quiet --break-system-packages selenium axe-selenium-python
fi

if [ -n "${KBSERVE_BIN:-}" ]; then
    BIN="$KBSERVE_BIN" # an already built binary
else
    echo "==> Building kbserve"
    swift build --product kbserve
    BIN="$(swift build --show-bin-path)/kbserve"
fi

# The dashboard is tested too: the server and the script share a fresh admin token.
KBSERVE_ADMIN_TOKEN="browser-$RANDOM$RANDOM"
export KBSERVE_ADMIN_TOKEN
source "$ROOT/scripts/lib/test-server.sh"
start_test_server

echo "==> Driving the site"
status=0
"$PYTHON" "$ROOT/scripts/browser_test.py" --base-url "http://127.0.0.1:$PORT" --artifacts "$ROOT/artifacts/screenshots" || status=$?
"$PYTHON" "$ROOT/scripts/embed_test.py" --bin "$BIN" --artifacts "$ROOT/artifacts/screenshots" || status=$?
if [ "$status" -ne 0 ]; then
    echo "==> Server log (last lines)"
    tail -n 40 "$DATA/server.log"
fi
exit "$status"
