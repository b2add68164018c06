#!/usr/bin/env bash
# Runs a peer search engine (tantivy or bm25s, both from PyPI) over a JSONL corpus,
# for kbbench's side-by-side figures. Creates its own venv under .build-peers/ (git-ignored)
# on first use, then passes every argument to scripts/peer_search.py.
#
#   scripts/peer-search.sh --engine tantivy|bm25s --docs DOCS.jsonl --queries QUERIES.jsonl \
#       --k 10 --out OUT.jsonl [--snippets] [--repeats N]
#
# Environment: PEER_VENV (venv folder, default <repo>/.build-peers/venv), PYTHON (interpreter
# used to create the venv, default python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${PEER_VENV:-$root/.build-peers/venv}"
python="${PYTHON:-python3}"
packages=(tantivy bm25s PyStemmer)

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import tantivy, bm25s, Stemmer' 2>/dev/null; then
    echo "peer-search: setting up $venv (${packages[*]})" >&2
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}" >&2
fi

exec "$venv/bin/python" "$root/scripts/peer_search.py" "$@"
