"""GraphML that Gephi imports cleanly.

Written with ElementTree rather than networkx, so key ids are explicit: node key `label` carries
the label (Gephi reads it by that id; networkx would call it d0…dN), every attribute is a scalar
of a GraphML type Gephi knows, control characters are stripped and no id is empty.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kg.exports.network import network
from kg.graph import KnowledgeGraph

NS = "http://graphml.graphdrawing.org/xmlns"

# (key id, attribute name, GraphML type); ids are unique across nodes and edges, as GraphML requires.
NODE_KEYS = [("label", "label", "string"), ("type", "type", "string"), ("aliases", "aliases", "string"),
             ("documents", "documents", "int"), ("degree", "degree", "int")]
EDGE_KEYS = [("edgelabel", "label", "string"), ("weight", "weight", "double"), ("title", "title", "string"),
             ("confidence", "confidence", "double"), ("inferred", "inferred", "boolean")]


def _text(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    nodes, edges = network(graph)
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for key_id, name, kind in keys:
            ET.SubElement(root, f"{{{NS}}}key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, f"{{{NS}}}graph", {"id": "zone-kg", "edgedefault": "directed"})
    for node in nodes:
        element = ET.SubElement(body, f"{{{NS}}}node", {"id": node.id})
        for key_id, name, _ in NODE_KEYS:
            ET.SubElement(element, f"{{{NS}}}data", {"key": key_id}).text = _text(getattr(node, name))
    for edge in edges:
        element = ET.SubElement(body, f"{{{NS}}}edge", {"id": edge.id, "source": edge.source, "target": edge.target})
        for key_id, name, _ in EDGE_KEYS:
            ET.SubElement(element, f"{{{NS}}}data", {"key": key_id}).text = _text(getattr(edge, name))
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
