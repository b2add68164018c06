#!/usr/bin/env python3
"""Writes N distinct /api/v1/search paths for load tests: the project's tuning and how-to
query sets, the shared dev set, the msdocs pasted messages, and then one-letter-typo
variants of them (people mistype) until there are N. Deterministic (seeded).
    scripts/search-mix.py N OUT"""
import json, pathlib, random, sys, urllib.parse

root = pathlib.Path(__file__).resolve().parent.parent
count, out = int(sys.argv[1]), sys.argv[2]
queries = []
sources = [root / "Tests/KnowledgeBaseTests/Fixtures/Queries" / name
           for name in ("search-tune.tsv", "howto-queries.tsv", "search-howto-future.tsv")]
sources.append(root.parent / "shared/eval/kb-queries-dev.tsv")
for path in sources:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            queries.append(line.split("\t")[0])
for line in (root.parent / "shared/eval/msdocs-pairs-dev.jsonl").read_text(encoding="utf-8").splitlines():
    queries.append(json.loads(line)["query"][:300])
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
