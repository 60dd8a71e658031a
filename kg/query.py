"""`kg query`: SPARQL over a build's store, with common prefixes predeclared and results as a
table, CSV, TSV or JSON.

Queries see the union of all named graphs as their default graph (extracted, inferred and the
ontology), so `?x zkg:locatedIn ?y` needs no GRAPH clause; `GRAPH ?g { … }` still tells them apart.
A query file may declare parameters in comments, `# param name: default` (or `# param name@zh:
default` for a language-tagged literal); each `?name` in the query is then replaced by that
literal (override the default with `kg query FILE --param name=value`). A constant the engine can
look up directly is far faster than a FILTER over every label.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.exports.rdf import PREFIXES
from kg.exports.store import open_store

# "# param name: default" binds a plain string; "# param name@zh: default" a literal tagged @zh.
PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)(?:@([\w-]+))?\s*:\s*(.*?)\s*$", re.MULTILINE)
# Widest a table cell gets (in terminal columns) before it is cut with "…"; csv/tsv/json are never cut.
TABLE_CELL_WIDTH = 60


class QuerySyntaxError(ValueError):
    """The query does not parse; the message says where."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]]
    boolean: bool | None = None


def parameters(query: str) -> dict[str, str]:
    """Parameters a query declares in `# param name: default` comments, with their defaults."""
    return {name: default for name, _, default in PARAM_LINE.findall(query)}


def bind_parameters(query: str, params: dict[str, str] | None = None) -> str:
    """The query with each declared parameter replaced by its value (given, or the declared default)."""
    declared = {name: language for name, language, _ in PARAM_LINE.findall(query)}
    unknown = set(params or {}) - set(declared)
    if unknown:
        raise QuerySyntaxError(f"the query declares no parameter {', '.join(sorted(unknown))} (declare '# param NAME: default')")
    for name, value in (parameters(query) | (params or {})).items():
        literal = json.dumps(value, ensure_ascii=False) + (f"@{declared[name]}" if declared[name] else "")
        query = re.sub(rf"[?$]{name}\b", lambda _: literal, query)
    return query


def run_query(store: ox.Store, query: str, params: dict[str, str] | None = None) -> QueryResult:
    query = bind_parameters(query, params)
    try:
        answer = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QuerySyntaxError(str(error)) from None
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(columns=["answer"], rows=[[ox.Literal(str(bool(answer)).lower())]], boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult(columns=["subject", "predicate", "object"],
                           rows=[[t.subject, t.predicate, t.object] for t in answer])
    columns = [v.value for v in answer.variables]
    return QueryResult(columns=columns, rows=[[solution[name] for name in columns] for solution in answer])


def query_build(out: Path, query: str, params: dict[str, str] | None = None) -> QueryResult:
    return run_query(open_store(out), query, params)


def term_text(term) -> str:
    """A term as a reader wants it: literals by value, IRIs shortened with the known prefixes."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    return str(term)


def render(result: QueryResult, fmt: str) -> str:
    texts = [[term_text(term) for term in row] for row in result.rows]
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in texts], ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(texts)
        return buffer.getvalue().rstrip("\n")
    return _table(result.columns, texts)


def display_width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str) -> str:
    if display_width(text) <= TABLE_CELL_WIDTH:
        return text
    while display_width(text) > TABLE_CELL_WIDTH - 1:
        text = text[:-1]
    return text + "…"


def _table(columns: list[str], rows: list[list[str]]) -> str:
    rows = [[_cut(cell) for cell in row] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in rows]) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell + " " * (width - display_width(cell)) for cell, width in zip(cells, widths)).rstrip()

    rule = "  ".join("-" * width for width in widths)
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line(columns), rule, *(line(r) for r in rows), footer])
