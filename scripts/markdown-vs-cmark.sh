#!/usr/bin/env bash
# Markdown against the reference implementation (a measurement, not a test): renders every
# Markdown file of a corpus (front matter removed) as GFM with kbserve's parser and with
# cmark-gfm (Debian's package; raw HTML passed through as ours does, --unsafe; tables,
# strikethrough, autolinks, tag filter, task lists), counts the files whose HTML is byte for
# byte the same, and compares the CPU (user + system) of both over the whole corpus as one
# input, in the same run.
#   scripts/markdown-vs-cmark.sh [CORPUS]        # default ../shared/corpus/msdocs
#   KBSERVE_BIN=path/to/release/kbserve scripts/markdown-vs-cmark.sh   # skip the build
# Installs cmark-gfm from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/msdocs}"
if ! command -v cmark-gfm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq cmark-gfm >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq cmark-gfm >/dev/null; fi
fi
if [ -z "${KBSERVE_BIN:-}" ]; then
    swift build -c release --product kbserve >/dev/null
    KBSERVE_BIN="$(swift build -c release --show-bin-path)/kbserve"
fi
KBSERVE_BIN="$(realpath "$KBSERVE_BIN")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bodies" "$WORK/ours" "$WORK/cmark"

# The bodies, numbered (file names repeat across folders), and all of them as one input.
python3 - "$CORPUS" "$WORK" <<'PY'
import pathlib, sys
corpus, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted(p for p in corpus.rglob("*.md") if p.is_file())
with open(work / "all.md", "w", encoding="utf-8") as joined:
    for number, path in enumerate(files):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end >= 0:
                text = text[end + 5:]
        (work / "bodies" / f"{number:05d}.md").write_text(text, encoding="utf-8")
        joined.write(text + "\n\n")
PY
EXTENSIONS=(--unsafe -e table -e strikethrough -e autolink -e tagfilter -e tasklist)
COUNT=$(ls "$WORK/bodies" | wc -l)
(cd "$WORK/bodies" && ls | xargs "$KBSERVE_BIN" render --flavor gfm --output-dir "$WORK/ours")
for body in "$WORK"/bodies/*.md; do
    name="$(basename "$body" .md)"
    cmark-gfm "${EXTENSIONS[@]}" "$body" >"$WORK/cmark/$name.html"
done
SAME=0
for page in "$WORK"/cmark/*.html; do
    if cmp -s "$page" "$WORK/ours/$(basename "$page")"; then SAME=$((SAME + 1)); fi
done
BYTES=$(wc -c <"$WORK/all.md")

# CPU of one process over the whole corpus (best of three each, alternated).
cpu() { /usr/bin/time -f "%U %S" "$@" >/dev/null 2>"$WORK/time" && awk '{printf "%.3f", $1 + $2}' "$WORK/time"; }
best_ours=999 best_cmark=999
for _ in 1 2 3; do
    ours=$(cpu "$KBSERVE_BIN" render --flavor gfm "$WORK/all.md")
    cmark=$(cpu cmark-gfm "${EXTENSIONS[@]}" "$WORK/all.md")
    best_ours=$(python3 -c "print(min($best_ours, $ours))")
    best_cmark=$(python3 -c "print(min($best_cmark, $cmark))")
done
echo "markdown: $COUNT files, $(python3 -c "print(f'{$BYTES / 1e6:.2f}')") MB of Markdown; cmark-gfm $(cmark-gfm --version | head -1 | awk '{print $2}')"
echo "  the same HTML as cmark-gfm: $SAME of $COUNT files"
echo "  CPU for the whole corpus as one input (best of 3): kbserve ${best_ours} s, cmark-gfm ${best_cmark} s, ratio $(python3 -c "print(f'{$best_ours / $best_cmark:.2f}')")"
