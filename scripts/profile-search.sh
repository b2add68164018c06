#!/usr/bin/env bash
# Instruction-count profile of search (not a test): runs Benchmarks/kbprofile (a synchronous
# driver; valgrind cannot run kbserve's or kbbench's async entry points) under callgrind,
# counting only inside Searcher.search, and prints the instructions per query and the
# functions where they go. Counts, not seconds: the same figure on a busy machine.
#   scripts/profile-search.sh [CONTENT] [QUERIES] [REPEATS]
#   PROFILE=diagnose scripts/profile-search.sh Content Tests/DiagnoserTests/Fixtures/diagnose-fresh-tune.jsonl 3
# Defaults: ./Content, the help-center query sets (dev, tune, holdout), 3 repeats. With
# PROFILE=diagnose, QUERIES is a Diagnoser case file and only Diagnoser.diagnose is counted.
# Installs valgrind from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CONTENT="${1:-Content}"
QUERIES="${2:-}"
REPEATS="${3:-3}"
command -v valgrind >/dev/null 2>&1 || {
    if [ "$(id -u)" -eq 0 ]; then apt-get update && apt-get install -y valgrind; else sudo apt-get update && sudo apt-get install -y valgrind; fi
}
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "$QUERIES" ]; then
    QUERIES="$WORK/queries.txt"
    { cut -f1 ../shared/eval/kb-queries-dev.tsv
      cut -f1 Tests/KnowledgeBaseTests/Fixtures/Queries/search-tune.tsv Tests/KnowledgeBaseTests/Fixtures/Queries/search-holdout.tsv
    } | grep -v '^#' | grep -v '^query$' | sort -u >"$QUERIES"
fi
swift build -c release --product kbprofile
# valgrind 3.19 cannot read the DWARF 5 that Swift writes: profile a copy without debug info
# (function names stay, from the symbol table).
cp "$(swift build -c release --show-bin-path)/kbprofile" "$WORK/kbprofile"
strip --strip-debug "$WORK/kbprofile"
if [ "${PROFILE:-search}" = diagnose ]; then
    ENTRY='$s9DiagnoserAAV8diagnoseyAA9DiagnosisVAA0C7RequestVF'
    MODE=--diagnose
    WHAT=diagnoses
else
    ENTRY='$s13KnowledgeBase8SearcherV6searchyAA13SearchResultsVAA0E7RequestVF'
    MODE=--search
    WHAT=searches
fi
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" --toggle-collect="$ENTRY" \
    "$WORK/kbprofile" "$CONTENT" "$QUERIES" "$REPEATS" "$MODE" 2>"$WORK/valgrind.log"
TOTAL=$(grep -o 'refs: *[0-9,]*' "$WORK/valgrind.log" | tr -dc '0-9')
COUNT=$(( $(grep -c . "$QUERIES") * REPEATS ))
echo "== $COUNT $WHAT in $CONTENT: $TOTAL instructions, $((TOTAL / COUNT)) per call"
demangle() { if command -v swift >/dev/null 2>&1; then swift demangle --simplified; else cat; fi; }
echo "== inclusive (where the time goes)"
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" | sed -n '/file:function/,$p' | sed -n 2,40p | demangle | cut -c1-160
echo "== exclusive"
callgrind_annotate "$WORK/callgrind.out" | sed -n '/file:function/,$p' | sed -n 2,25p | demangle | cut -c1-160
