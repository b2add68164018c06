#!/usr/bin/env python3
"""Runs a peer search engine over a JSONL corpus so kbbench can set its figures beside ours.

    peer_search.py --engine tantivy|bm25s --docs DOCS.jsonl --queries QUERIES.jsonl \
        --k 10 --out OUT.jsonl [--snippets] [--repeats N]

DOCS.jsonl has one {"id", "title", "body"} per line; QUERIES.jsonl one {"query"} per line.
OUT.jsonl gets one {"ids": [...]} per query, in order, best first, then one
{"summary": {...}} line with the engine, its version, the index time and the query latency.

Engines, set up the way their own documentation sets them up for English:
- tantivy: fields id (stored), title and body (text, `en_stem` tokenizer); the query ORs the
  query's words over both fields with the title boosted 2x (as SQLite FTS5 is run in kbbench).
- bm25s: corpus = title + " " + body, English stop words, PyStemmer's English stemmer, default
  BM25 parameters.

Timing: `index_seconds` is building the index only (the file is read before the clock starts).
A first, untimed pass over the queries gives the ids and warms the engine up; then each query
is timed on its own with time.perf_counter over --repeats passes (parse, search, reading the ids
and, with --snippets, one body snippet per hit). p50/p99 are nearest-rank over all timings.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)


def read_jsonl(path: str, what: str, key: str) -> list[dict]:
    """The JSON objects of a JSONL file, each with a string `key`; a clear error otherwise."""
    rows = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"peer_search: cannot read {path}: {error.strerror}")
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: not JSON ({error.msg})")
            if not isinstance(row, dict) or not isinstance(row.get(key), str):
                raise SystemExit(f"{path}:{number}: expected {what}, a JSON object with a string \"{key}\"")
            rows.append(row)
    return rows


def load_docs(path: str) -> list[dict]:
    docs = read_jsonl(path, "a document", "id")
    for doc in docs:
        doc["title"] = str(doc.get("title") or "")
        doc["body"] = str(doc.get("body") or "")
    return docs


def load_queries(path: str) -> list[str]:
    return [row["query"] for row in read_jsonl(path, "a query", "query")]


def query_words(text: str) -> list[str]:
    """The query's words, free of any query syntax (quotes, colons, +/-, brackets, AND/OR/NOT)."""
    return [word.lower() for word in WORD.findall(text)]


class TantivyEngine:
    name = "tantivy"

    def __init__(self, snippets: bool):
        import tantivy

        self.tantivy = tantivy
        self.snippets = snippets
        self.version = package_version("tantivy")

    def build(self, docs: list[dict]) -> None:
        tantivy = self.tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        builder.add_text_field("title", stored=False, tokenizer_name="en_stem")
        # The body is stored only when snippets need its text.
        builder.add_text_field("body", stored=self.snippets, tokenizer_name="en_stem")
        self.schema = builder.build()
        self.index = tantivy.Index(self.schema)  # in memory
        writer = self.index.writer(heap_size=256_000_000, num_threads=1)
        for doc in docs:
            writer.add_document(tantivy.Document(id=doc["id"], title=doc["title"], body=doc["body"]))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, text: str, k: int) -> list[str]:
        words = query_words(text)
        if not words:
            return []
        # The parser ORs the words (default conjunction) over both fields, title boosted 2x.
        query = self.index.parse_query(" ".join(words), ["title", "body"], field_boosts={"title": 2.0})
        hits = self.searcher.search(query, k).hits
        generator = None
        if self.snippets and hits:
            generator = self.tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        ids = []
        for _score, address in hits:
            doc = self.searcher.doc(address)
            ids.append(doc["id"][0])
            if generator is not None:
                generator.snippet_from_doc(doc).to_html()
        return ids


class BM25sEngine:
    name = "bm25s"

    def __init__(self, snippets: bool):
        import bm25s
        import Stemmer

        self.bm25s = bm25s
        self.stemmer = Stemmer.Stemmer("english")
        self.version = package_version("bm25s")
        if snippets:
            print("peer_search: bm25s has no snippet generator; --snippets is ignored for it", file=sys.stderr)

    def build(self, docs: list[dict]) -> None:
        from bm25s.tokenization import Tokenizer

        self.ids = [doc["id"] for doc in docs]
        self.tokenizer = Tokenizer(stemmer=self.stemmer, stopwords="en")
        corpus = [doc["title"] + " " + doc["body"] for doc in docs]
        tokens = self.tokenizer.tokenize(corpus, return_as="ids", show_progress=False)
        self.retriever = self.bm25s.BM25()
        self.retriever.index(tokens, show_progress=False)
        # The tokenizer maps words it never saw to the empty token: those match nothing.
        self.unknown = self.tokenizer.get_vocab_dict().get("")

    def search(self, text: str, k: int) -> list[str]:
        tokens = self.tokenizer.tokenize([text], update_vocab=False, return_as="ids", show_progress=False)
        known = [token for token in tokens[0] if token != self.unknown]
        if not known:
            return []
        k = min(k, len(self.ids))
        results, scores = self.retriever.retrieve([known], k=k, show_progress=False, n_threads=1)
        return [self.ids[int(doc)] for doc, score in zip(results[0], scores[0]) if score > 0]


def package_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - a version is informative only
        return "unknown"


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", required=True, choices=["tantivy", "bm25s"])
    parser.add_argument("--docs", required=True, help="JSONL, one {id, title, body} per line")
    parser.add_argument("--queries", required=True, help="JSONL, one {query} per line")
    parser.add_argument("--k", type=int, default=10, help="results per query (default 10)")
    parser.add_argument("--out", required=True, help="JSONL output: one {ids} per query, then {summary}")
    parser.add_argument("--snippets", action="store_true", help="tantivy: make a body snippet for every hit")
    parser.add_argument("--repeats", type=int, default=1, help="timed passes over the queries (default 1)")
    args = parser.parse_args(argv)
    if args.k < 1:
        parser.error("--k must be at least 1")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    docs = load_docs(args.docs)
    queries = load_queries(args.queries)
    engine = (TantivyEngine if args.engine == "tantivy" else BM25sEngine)(args.snippets)

    start = time.perf_counter()
    engine.build(docs)
    index_seconds = time.perf_counter() - start

    # A first, untimed pass gives the results and warms the engine up (as kbbench does for kbserve).
    results = [engine.search(text, args.k) for text in queries]
    latencies: list[float] = []
    for _ in range(args.repeats):
        for text in queries:
            start = time.perf_counter()
            engine.search(text, args.k)
            latencies.append((time.perf_counter() - start) * 1000)

    latencies.sort()
    summary = {
        "engine": engine.name,
        "version": engine.version,
        "docs": len(docs),
        "index_seconds": round(index_seconds, 6),
        "queries": len(queries),
        "query_p50_ms": round(percentile(latencies, 0.50), 6),
        "query_p99_ms": round(percentile(latencies, 0.99), 6),
        "query_mean_ms": round(statistics.fmean(latencies), 6) if latencies else 0.0,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for ids in results:
            handle.write(json.dumps({"ids": ids}, ensure_ascii=False) + "\n")
        handle.write(json.dumps({"summary": summary}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
