#!/usr/bin/env python3
"""Checks the README's search table against a `kbbench search` output (not a test).

Each row of the table "| set (…) | kbserve | FTS5 | tantivy | bm25s |" whose set kbbench printed
("  set (N): kbserve hit@1 H MRR@10 M  | FTS5 h / m  | tantivy h / m  | bm25s h / m") is compared
cell by cell; rows that differ are listed, and with --write the cells are set to the run's figures
(the row's description and any bold figure keep their place). The first line printed for a set
counts (kbbench prints each set once per collection).

    swift run -c release kbbench search --repeats 3 > run.txt
    scripts/readme-search-table.py run.txt            # list the stale rows
    scripts/readme-search-table.py run.txt --write    # and update them in README.md
"""
import re
import sys
from pathlib import Path

from kbbench_output import set_line

FIGURES = re.compile(r"(\**)([\d.]+)(\**) / ([\d.]+)")


def run_figures(path):
    figures = {}
    for line in Path(path).read_text().splitlines():
        run = set_line(line)
        if run and run.name not in figures:
            figures[run.name] = [(run.hit, run.mrr)] + [(hit, mrr) for _, hit, mrr in run.peers]
    return figures


def updated(row, figures):
    """The row with its figure cells set to `figures` (kbserve first, then the peers in order)."""
    cells = row.split("|")
    for offset, (hit, mrr) in enumerate(figures):
        cell = cells[2 + offset]
        match = FIGURES.search(cell)
        if match:
            cells[2 + offset] = cell[:match.start()] + f"{match.group(1)}{hit}{match.group(3)} / {mrr}" + cell[match.end():]
    return "|".join(cells)


def main():
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    figures = run_figures(sys.argv[1])
    readme = Path(__file__).resolve().parent.parent / "README.md"
    lines = readme.read_text().split("\n")
    stale = 0
    for number, line in enumerate(lines):
        match = re.match(r"\| (\S+) \(", line)
        if not match or match.group(1) not in figures or line.count("|") != 6:
            continue
        new = updated(line, figures[match.group(1)])
        if new != line:
            stale += 1
            print(f"README.md:{number + 1}: {match.group(1)}\n  was {line.split('|', 2)[2].strip()}\n  run {new.split('|', 2)[2].strip()}")
            lines[number] = new
    if "--write" in sys.argv and stale:
        readme.write_text("\n".join(lines))
    print(f"{stale} row(s) differ from the run" + (" (written)" if "--write" in sys.argv and stale else ""))


if __name__ == "__main__":
    main()
