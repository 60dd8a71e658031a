"""Flat outputs: triples.jsonl, triples.csv and entities.jsonl."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from kg.exports.rdf import entity_iri
from kg.graph import KnowledgeGraph

TRIPLE_FIELDS = [
    "subject", "subject_type", "predicate", "object", "object_type", "doc",
    "sentence", "start", "end", "confidence", "title", "inferred",
]


def triple_rows(graph: KnowledgeGraph) -> list[dict]:
    rows = []
    for triple in graph.triples:
        rows.append({
            "subject": graph.label(triple.subject),
            "subject_type": graph.kind(triple.subject),
            "predicate": triple.predicate,
            "object": graph.label(triple.object),
            "object_type": graph.kind(triple.object),
            "doc": triple.evidence.doc,
            "sentence": triple.evidence.sentence,
            "start": triple.evidence.start,
            "end": triple.evidence.end,
            "confidence": triple.confidence,
            "title": triple.title,
            "inferred": triple.inferred,
        })
    return rows


def write_tables(graph: KnowledgeGraph, folder: Path, base_iri: str) -> None:
    rows = triple_rows(graph)
    with open(folder / "triples.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(folder / "triples.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=TRIPLE_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    with open(folder / "entities.jsonl", "w", encoding="utf-8") as out:
        for entity in graph.entities.values():
            record = {
                "id": entity_iri(base_iri, entity.key),
                "label": entity.label,
                "type": entity.type,
                "aliases": entity.aliases,
                "docs": entity.docs,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
