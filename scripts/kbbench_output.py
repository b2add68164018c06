"""Reads the set lines of a `kbbench search` output, for the scripts that compare runs
(`compare-relevance.py`) or put them in the README (`readme-search-table.py`):

    "  search-tune (116): kbserve hit@1 0.914 MRR@10 0.938  | FTS5 0.724 / 0.815  | tantivy …"
"""
import re
from typing import NamedTuple

SET_LINE = re.compile(r"\s+(\S.*?) \((\d+)\): kbserve hit@1 ([\d.]+) MRR@10 ([\d.]+)(.*)")
PEER = re.compile(r"\| (FTS5|tantivy|bm25s) ([\d.]+) / ([\d.]+)")


class SetLine(NamedTuple):
    name: str
    count: int
    hit: str
    mrr: str
    # (engine, hit@1, MRR@10) of each peer the line names, in its order; figures as printed.
    peers: list


def set_line(line):
    """The set line's figures, or None when `line` is no set line."""
    match = SET_LINE.match(line)
    if not match:
        return None
    return SetLine(match.group(1), int(match.group(2)), match.group(3), match.group(4), PEER.findall(match.group(5)))
