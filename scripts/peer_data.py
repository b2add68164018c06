#!/usr/bin/env python3
"""Turns the shared evaluation data into peer_search.py's JSONL, and scores its output.

    peer_data.py msdocs CORPUS_DIR PAIRS.jsonl OUT_DIR      -> docs.jsonl, queries.jsonl, expect.jsonl
    peer_data.py cranfield CRANFIELD_DIR OUT_DIR            -> docs.jsonl, queries.jsonl, expect.jsonl
    peer_data.py content CONTENT_DIR QUERIES.tsv OUT_DIR    -> the help-center articles and a query set
    peer_data.py score OUT_DIR RESULTS.jsonl                -> hit@1, MRR@10, nDCG@10 (graded) and timing

msdocs: id = path under the corpus without `.md`; title = front matter `title:` or else the first
`# ` heading; body = the rest (front matter removed, the heading used as title removed).
Cranfield: id = document number, title = `.T`, body = `.W`; queries numbered in file order;
grades 1-4 from QRelsCorrectedforTRECeval (4 = complete answer), the grade-5 line left out.
expect.jsonl has one {"grades": {id: gain}} per query: gain 1 for each expected id of a pair set.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path


def write_jsonl(path: Path, rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter, body) of a Markdown file; empty front matter when there is none."""
    if text.startswith("---"):
        lines = text.split("\n")
        if lines[0].strip() == "---":
            for number in range(1, len(lines)):
                if lines[number].strip() in ("---", "..."):
                    return "\n".join(lines[1:number]), "\n".join(lines[number + 1:])
    return "", text


def front_matter_value(front: str, key: str) -> str | None:
    match = re.search(rf"^{key}:\s*(.*)$", front, re.MULTILINE)
    if not match:
        return None
    value = match.group(1).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value or None


def markdown_doc(root: Path, path: Path) -> dict:
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    front, body = split_front_matter(text)
    title = front_matter_value(front, "title")
    if title is None:
        heading = re.search(r"^# +(.+?)\s*#*\s*$", body, re.MULTILINE)
        if heading:
            title = heading.group(1).strip()
            body = body[: heading.start()] + body[heading.end():]
    identifier = path.relative_to(root).as_posix()
    identifier = identifier[: -len(path.suffix)]
    return {"id": identifier, "title": title or "", "body": body.strip()}


def convert_msdocs(corpus: str, pairs: str, out: str) -> None:
    root, out_dir = Path(corpus), Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = [markdown_doc(root, path) for path in sorted(root.rglob("*.md"))]
    lines = [json.loads(line) for line in Path(pairs).read_text(encoding="utf-8").splitlines() if line.strip()]
    write_jsonl(out_dir / "docs.jsonl", docs)
    write_jsonl(out_dir / "queries.jsonl", ({"query": line["query"]} for line in lines))
    write_jsonl(out_dir / "expect.jsonl", ({"grades": {line["expect"]: 1}} for line in lines))
    known = {doc["id"] for doc in docs}
    missing = sum(1 for line in lines if line["expect"] not in known)
    print(f"msdocs: {len(docs)} docs, {len(lines)} queries ({missing} expect an id not in the corpus)")


def cranfield_records(text: str) -> list[tuple[str, dict[str, str]]]:
    records: list[tuple[str, dict[str, str]]] = []
    field, lines = None, []

    def flush():
        if field is not None and records:
            records[-1][1][field] = "\n".join(lines).strip()

    for line in text.splitlines():
        if line.startswith(".I "):
            flush()
            field, lines = None, []
            records.append((str(int(line[3:].strip())), {}))
        elif len(line) == 2 and line.startswith("."):
            flush()
            field, lines = line[1], []
        else:
            lines.append(line)
    flush()
    return records


def convert_cranfield(directory: str, out: str) -> None:
    source, out_dir = Path(directory), Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = [{"id": number, "title": fields.get("T", ""), "body": fields.get("W", "")}
            for number, fields in cranfield_records((source / "cran.all.1400").read_text(encoding="utf-8"))]
    queries = [fields.get("W", "") for _, fields in cranfield_records((source / "cran.qry").read_text(encoding="utf-8"))]
    grades: dict[int, dict[str, int]] = {}
    for line in (source / "QRelsCorrectedforTRECeval").read_text(encoding="utf-8").splitlines():
        columns = line.split()
        if len(columns) < 4:
            continue
        query, doc, grade = int(columns[0]), columns[2], int(columns[3])
        if 1 <= grade <= 4:  # grade 5 marks the paper the query came from, not a judgment
            grades.setdefault(query, {})[doc] = grade
    write_jsonl(out_dir / "docs.jsonl", docs)
    write_jsonl(out_dir / "queries.jsonl", ({"query": text} for text in queries))
    write_jsonl(out_dir / "expect.jsonl", ({"grades": grades.get(number, {})} for number in range(1, len(queries) + 1)))
    print(f"cranfield: {len(docs)} docs, {len(queries)} queries, {sum(map(len, grades.values()))} judgments (grades 1-4)")


def convert_content(content: str, queries_tsv: str, out: str) -> None:
    root, out_dir = Path(content), Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = []
    for path in sorted(root.rglob("*.md")) + sorted(root.rglob("*.html")):
        front, body = split_front_matter(path.read_text(encoding="utf-8"))
        if path.suffix == ".html":
            body = re.sub(r"<[^>]+>", " ", body)
        identifier = front_matter_value(front, "id") or path.stem
        summary = front_matter_value(front, "summary") or ""
        docs.append({"id": identifier, "title": front_matter_value(front, "title") or "", "body": (summary + "\n" + body).strip()})
    queries, expect = [], []
    for line in Path(queries_tsv).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        queries.append({"query": columns[0]})
        ids = [] if columns[1] == "-" else columns[1].split(",")
        expect.append({"grades": {identifier: 1 for identifier in ids}, "kind": columns[2] if len(columns) > 2 else ""})
    write_jsonl(out_dir / "docs.jsonl", docs)
    write_jsonl(out_dir / "queries.jsonl", queries)
    write_jsonl(out_dir / "expect.jsonl", expect)
    print(f"content: {len(docs)} docs, {len(queries)} queries")


def score(out: str, results: str) -> None:
    expect = [json.loads(line) for line in (Path(out) / "expect.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [json.loads(line) for line in Path(results).read_text(encoding="utf-8").splitlines() if line.strip()]
    summary = lines[-1]["summary"]
    ranked = [line["ids"] for line in lines[:-1]]
    if len(ranked) != len(expect):
        raise SystemExit(f"{results}: {len(ranked)} result lines for {len(expect)} queries")
    by_kind: dict[str, list[float]] = {}
    hits = mrr = ndcg = 0.0
    judged = 0
    for ids, wanted in zip(ranked, expect):
        grades = wanted["grades"]
        if not grades:
            continue  # a query with no answer: measured elsewhere (kbbench's "confident" check)
        judged += 1
        hit = 1.0 if ids and ids[0] in grades else 0.0
        hits += hit
        mrr += next((1.0 / rank for rank, identifier in enumerate(ids[:10], 1) if identifier in grades), 0.0)
        dcg = sum(grades.get(identifier, 0) / math.log2(rank + 1) for rank, identifier in enumerate(ids[:10], 1))
        ideal = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(sorted(grades.values(), reverse=True)[:10], 1))
        ndcg += dcg / ideal if ideal else 0.0
        by_kind.setdefault(wanted.get("kind", ""), []).append(hit)
    print(f"{summary['engine']} {summary['version']}: {summary['docs']} docs, {judged} judged queries of {len(ranked)}")
    print(f"  hit@1 {hits / judged:.3f}  MRR@10 {mrr / judged:.3f}  nDCG@10 {ndcg / judged:.3f}")
    print(f"  index {summary['index_seconds']:.3f} s; query p50 {summary['query_p50_ms']:.3f} ms, "
          f"p99 {summary['query_p99_ms']:.3f} ms, mean {summary['query_mean_ms']:.3f} ms")
    if len(by_kind) > 1 or "" not in by_kind:
        print("  hit@1 by kind: " + ", ".join(f"{kind} {sum(v) / len(v):.3f} ({len(v)})" for kind, v in sorted(by_kind.items())))


def main(argv: list[str]) -> int:
    commands = {"msdocs": (convert_msdocs, 3), "cranfield": (convert_cranfield, 2),
                "content": (convert_content, 3), "score": (score, 2)}
    if not argv or argv[0] not in commands or len(argv) - 1 != commands[argv[0]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    function, _ = commands[argv[0]]
    function(*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
