"""GraphML that Gephi imports cleanly.

Written with ElementTree rather than networkx, so key ids are explicit: node key `label` carries
the label (Gephi reads it by that id), every attribute is a scalar of a GraphML type Gephi knows,
control characters are stripped and no id is empty.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from kg.graph import KnowledgeGraph

NS = "http://graphml.graphdrawing.org/xmlns"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

NODE_KEYS = [("label", "string"), ("type", "string"), ("aliases", "string"), ("documents", "int"), ("degree", "int")]
EDGE_KEYS = [("label", "string"), ("weight", "double"), ("title", "string"), ("confidence", "double")]


def clean(text: str) -> str:
    return CONTROL.sub("", text)


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    edges: dict[tuple[str, str, str], dict] = {}
    supporting: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for triple in graph.triples:
        key = (triple.subject, triple.predicate, triple.object)
        supporting[key].add(triple.evidence.doc)
        current = edges.setdefault(key, {"title": triple.title, "confidence": triple.confidence})
        current["confidence"] = max(current["confidence"], triple.confidence)
        current["title"] = current["title"] or triple.title
    degree: Counter = Counter()
    for subject, _, obj in edges:
        degree[subject] += 1
        degree[obj] += 1

    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for name, kind in NODE_KEYS:
        ET.SubElement(root, f"{{{NS}}}key", {"id": name, "for": "node", "attr.name": name, "attr.type": kind})
    for name, kind in EDGE_KEYS:
        ET.SubElement(root, f"{{{NS}}}key", {"id": f"e_{name}" if name != "label" else "edgelabel", "for": "edge",
                                             "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, f"{{{NS}}}graph", {"id": "zone-kg", "edgedefault": "directed"})
    ids = {key: f"n{number}" for number, key in enumerate(graph.entities)}
    for key, entity in graph.entities.items():
        node = ET.SubElement(body, f"{{{NS}}}node", {"id": ids[key]})
        values = {"label": entity.label, "type": entity.type, "aliases": "; ".join(entity.aliases),
                  "documents": str(len(entity.docs)), "degree": str(degree[key])}
        for name, _ in NODE_KEYS:
            ET.SubElement(node, f"{{{NS}}}data", {"key": name}).text = clean(values[name])
    for number, ((subject, predicate, obj), attributes) in enumerate(edges.items()):
        edge = ET.SubElement(body, f"{{{NS}}}edge", {"id": f"e{number}", "source": ids[subject], "target": ids[obj]})
        values = {"edgelabel": predicate, "e_weight": str(float(len(supporting[(subject, predicate, obj)]))),
                  "e_title": attributes["title"], "e_confidence": f"{attributes['confidence']:.3f}"}
        for name, value in values.items():
            ET.SubElement(edge, f"{{{NS}}}data", {"key": name}).text = clean(value)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
