#!/usr/bin/env python3
"""Writes N distinct /api/v1/search paths for load tests: the help center's own query sets
(tuning, how-to, Spanish tuning and the shared dev set; the holdout sets are left alone),
then one-letter-typo variants of them (people mistype) until there are N. Deterministic
(seeded). Pasted messages of other products (msdocs) are not help-center traffic.
    scripts/search-mix.py N OUT"""
import pathlib, random, sys, urllib.parse

root = pathlib.Path(__file__).resolve().parent.parent
count, out = int(sys.argv[1]), sys.argv[2]
queries = []
sources = [root / "Tests/KnowledgeBaseTests/Fixtures/Queries" / name
           for name in ("search-tune.tsv", "howto-queries.tsv", "search-howto-future.tsv", "es-search-tune.tsv")]
sources.append(root.parent / "shared/eval/kb-queries-dev.tsv")
for path in sources:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            queries.append(line.split("\t")[0])
seen, mix = set(), []
for query in queries:
    if query not in seen:
        seen.add(query)
        mix.append(query)
rng = random.Random(20261201)
base = list(mix)
while len(mix) < count:
    query = rng.choice(base)
    if len(query) < 4:
        continue
    at = rng.randrange(len(query))
    variant = query[:at] + query[at + 1:]
    if variant not in seen:
        seen.add(variant)
        mix.append(variant)
rng.shuffle(mix)
with open(out, "w", encoding="utf-8") as handle:
    for query in mix[:count]:
        handle.write("/api/v1/search?q=" + urllib.parse.quote_plus(query) + "\n")
