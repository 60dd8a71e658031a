"""The graph as a network for Gephi: one node per entity, one edge per (subject, relation, object).

Triples from several documents collapse into one edge whose weight is the number of documents
supporting it; the post and the highest confidence are kept. Both the GraphML and the GEXF writer
draw from this one view, so they always agree.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.graph import KnowledgeGraph

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Text without the control characters XML 1.0 forbids."""
    return CONTROL.sub("", text)


@dataclass
class NetworkNode:
    id: str
    label: str
    type: str
    aliases: str
    documents: int
    degree: int


@dataclass
class NetworkEdge:
    id: str
    source: str
    target: str
    label: str
    weight: float
    title: str
    confidence: float
    inferred: bool


def network(graph: KnowledgeGraph) -> tuple[list[NetworkNode], list[NetworkEdge]]:
    supporting: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    best: dict[tuple[str, str, str], dict] = {}
    for triple in graph.triples:
        key = (triple.subject, triple.predicate, triple.object)
        supporting[key].add(triple.evidence.doc)
        current = best.setdefault(key, {"title": triple.title, "confidence": triple.confidence, "inferred": triple.inferred})
        current["confidence"] = max(current["confidence"], triple.confidence)
        current["title"] = current["title"] or triple.title
        current["inferred"] = current["inferred"] and triple.inferred
    degree: Counter = Counter()
    for subject, _, obj in best:
        degree[subject] += 1
        degree[obj] += 1
    ids = {key: f"n{number}" for number, key in enumerate(graph.entities)}
    nodes = [NetworkNode(id=ids[key], label=clean(entity.label), type=entity.type, aliases=clean("; ".join(entity.aliases)),
                         documents=len(entity.docs), degree=degree[key]) for key, entity in graph.entities.items()]
    edges = [NetworkEdge(id=f"e{number}", source=ids[subject], target=ids[obj], label=predicate,
                         weight=float(len(supporting[(subject, predicate, obj)])), title=clean(values["title"]),
                         confidence=round(values["confidence"], 3), inferred=values["inferred"])
             for number, ((subject, predicate, obj), values) in enumerate(best.items())]
    return nodes, edges
