#!/usr/bin/env python3
"""Compares two `kbbench search` outputs set by set, for deciding a ranking, analysis or
content change on the sets that may be studied before looking at the untouched ones.

Counts per set: the right article first (hit@1, as a count of queries), for the section sets
also the right section, "no article" said where none answers, and right confident answers;
Cranfield's nDCG@10. Then, summed over the tune sets (and with --untouched over the others):
the confident answers that are right and wrong, and "no article" said. By default only the
tune sets are printed (sets whose name has no "holdout", "future", "untouched" or "both
halves"): decide on them, then pass --untouched to report the rest.
    swift run -c release kbbench search --skip-peers --skip-fts5 --repeats 1 > before.txt
    (make the change, rebuild or edit the content)
    swift run -c release kbbench search --skip-peers --skip-fts5 --repeats 1 > after.txt
    scripts/compare-relevance.py before.txt after.txt [--untouched]"""
import re
import sys

from kbbench_output import set_line

# The words that mark a set kbbench never lists misses of: the same list as
# `SearchMeasure.isUntouched` (Benchmarks/kbbench/SearchMeasure.swift); change both together.
UNTOUCHED = ("holdout", "future", "untouched", "both halves")


def parse(path):
    """{name: (right, out of)} for every set line, and 'cranfield' -> nDCG@10."""
    counts, current = {}, None
    for line in open(path, encoding="utf-8"):
        if s := set_line(line):
            current, n = s.name, s.count
            counts.setdefault(current, (round(float(s.hit) * n), n))
        elif m := re.match(r"\s+(\S.*?) \((\d+)\): right article first ([\d.]+), .*\((\d+) of the (\d+) right", line):
            current, n = m.group(1), int(m.group(2))
            counts[current] = (round(float(m.group(3)) * n), n)
            counts[current + " [right section]"] = (int(m.group(4)), int(m.group(5)))
        elif current and (m := re.search(r"no article \((\d+) queries\): kbserve says so for (\d+)", line)):
            counts[current + " [no article said]"] = (int(m.group(2)), int(m.group(1)))
        elif current and (m := re.search(r"confident on (\d+) of \d+ answerable; right when confident (\d+)/", line)):
            counts[current + " [right when confident]"] = (int(m.group(2)), int(m.group(1)))
        elif m := re.search(r"nDCG@10\s+kbserve ([\d.]+)", line):
            counts["cranfield nDCG@10"] = (float(m.group(1)), None)
    return counts


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    show_untouched = "--untouched" in sys.argv
    before, after = parse(args[0]), parse(args[1])
    gained = lost = 0
    for name, (was, total) in before.items():
        if name not in after or after[name][0] == was:
            continue
        untouched = any(word in name for word in UNTOUCHED)
        if untouched and not show_untouched:
            continue
        now = after[name][0]
        if total is None:
            print(f"{name}: {was} -> {now}")
            continue
        print(f"{'untouched' if untouched else 'tune'} {name}: {was} -> {now} of {total} ({now - was:+d})")
        if "[" not in name and not untouched:
            gained, lost = gained + max(0, now - was), lost + max(0, was - now)
    print(f"tune sets, right article first: +{gained} -{lost}")
    for group in ("tune", "untouched") if show_untouched else ("tune",):
        was, now = confidence_totals(before, group), confidence_totals(after, group)
        print(f"{group} sets, confident answers right {was[0]} -> {now[0]}, wrong {was[1]} -> {now[1]}; "
              f"\"no article\" said {was[2]} -> {now[2]} of {now[3]}")


def confidence_totals(counts, group):
    """(right confident, wrong confident, "no article" said, queries with no article) over the
    tune or the untouched sets; msdocs' "both halves" line is left out, its halves count."""
    right = wrong = said = none = 0
    for name, (value, total) in counts.items():
        if "both halves" in name or any(word in name for word in UNTOUCHED) != (group == "untouched"):
            continue
        if name.endswith("[right when confident]"):
            right, wrong = right + value, wrong + total - value
        elif name.endswith("[no article said]"):
            said, none = said + value, none + total
    return right, wrong, said, none


if __name__ == "__main__":
    main()
