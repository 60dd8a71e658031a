"""`kg build`: articles in, every export out — written all-or-nothing.

Outputs are first written to a temporary folder inside the output folder and moved into place
only when all of them are complete, so a failed or interrupted build leaves the previous build
(including its SPARQL store) intact and usable.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.exports.gexf import write_gexf
from kg.exports.graphml import write_graphml
from kg.exports.rdf import DEFAULT_BASE_IRI, to_dataset
from kg.exports.serialise import export
from kg.exports.store import REPORT_FILE, STORE_DIR, write_store
from kg.exports.tables import write_tables
from kg.graph import KnowledgeGraph, merge_documents
from kg.ingest import IngestProblem, read_documents
from kg.lexicon import load_lexicon
from kg.models import DocumentGraph, RawDocument, RejectedTriple
from kg.pipeline import extract_document
from kg.reasoning import infer

OUTPUT_FILES = ("triples.jsonl", "triples.csv", "entities.jsonl", "graph.ttl", "graph.graphml", "graph.gexf", REPORT_FILE)


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    problems: list[IngestProblem] = field(default_factory=list)


class BuildError(RuntimeError):
    pass


def extract_all(documents: list[RawDocument], lexicon_file: Path | None,
                progress: Callable[[Iterable], Iterable] = lambda items: items) -> list[DocumentGraph]:
    lexicon = load_lexicon(lexicon_file)
    return [extract_document(doc, lexicon) for doc in progress(documents)]


def build(paths: list[Path], out: Path, *, lexicon_file: Path | None = None, min_confidence: float = 0.0,
          base_iri: str = DEFAULT_BASE_IRI, progress: Callable[[Iterable], Iterable] = lambda items: items) -> BuildResult:
    documents: list[RawDocument] = []
    problems: list[IngestProblem] = []
    for item in read_documents(paths):
        (problems if isinstance(item, IngestProblem) else documents).append(item)
    if not documents:
        raise BuildError("no readable articles in the input; nothing was written")
    graphs = extract_all(documents, lexicon_file, progress)
    graph = merge_documents(graphs, min_confidence=min_confidence)
    inference = infer(graph, base_iri)
    graph = graph.model_copy(update={"triples": graph.triples + inference.triples})
    write_outputs(graph, out, base_iri, problems, inference.statements)
    return BuildResult(graph=graph, problems=problems)


def write_outputs(graph: KnowledgeGraph, out: Path, base_iri: str, problems: list[IngestProblem],
                  inferred: Graph) -> None:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out))
    try:
        write_tables(graph, staging, base_iri)
        dataset = to_dataset(graph, base_iri, inferred)
        write_graphml(graph, staging / "graph.graphml")
        write_gexf(graph, staging / "graph.gexf")
        write_store(dataset, staging / STORE_DIR)
        report = {
            "base_iri": base_iri,
            "documents": graph.documents,
            "entities": len(graph.entities),
            "triples": sum(not t.inferred for t in graph.triples),
            "inferred triples": sum(t.inferred for t in graph.triples),
            "inferred statements": len(inferred),
            "problems": [str(p) for p in problems],
            "rejected": [_rejection(r, graph) for r in graph.rejected],
        }
        (staging / REPORT_FILE).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        export(staging, "ttl", staging / "graph.ttl")
        _move_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _rejection(rejected: RejectedTriple, graph: KnowledgeGraph) -> dict:
    triple = rejected.triple
    return {
        "subject": f"{triple.subject} ({rejected.subject_type})",
        "predicate": triple.predicate,
        "object": f"{triple.object} ({rejected.object_type})",
        "reason": rejected.reason,
        "doc": triple.evidence.doc,
        "sentence": triple.evidence.sentence,
        "start": triple.evidence.start,
        "end": triple.evidence.end,
        "rule": triple.rule,
    }


def _move_into_place(staging: Path, out: Path) -> None:
    for name in OUTPUT_FILES:
        os.replace(staging / name, out / name)
    old = out / f".{STORE_DIR}-old"
    shutil.rmtree(old, ignore_errors=True)
    if (out / STORE_DIR).exists():
        os.replace(out / STORE_DIR, old)
    os.replace(staging / STORE_DIR, out / STORE_DIR)
    shutil.rmtree(old, ignore_errors=True)
