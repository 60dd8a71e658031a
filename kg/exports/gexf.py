"""GEXF for Gephi with `viz` styling, so the first view is already readable: a colour per entity
type and a size growing with degree (kg/rules/display.toml)."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from kg.exports.network import network
from kg.graph import KnowledgeGraph
from kg.resources import rules


def write_gexf(graph: KnowledgeGraph, path: Path) -> None:
    display = rules("display")
    colours, size = display["colours"], display["size"]
    nodes, edges = network(graph)
    view = nx.MultiDiGraph()
    for node in nodes:
        red, green, blue = colours[node.type]
        view.add_node(node.id, label=node.label, type=node.type, aliases=node.aliases, documents=node.documents,
                      degree=node.degree, viz={
                          "color": {"r": red, "g": green, "b": blue, "a": 1.0},
                          "size": round(size["minimum"] + size["per_degree"] * math.sqrt(node.degree), 2),
                      })
    for edge in edges:
        view.add_edge(edge.source, edge.target, key=edge.id, id=edge.id, label=edge.label, weight=edge.weight,
                      title=edge.title, confidence=edge.confidence, inferred=edge.inferred)
    nx.write_gexf(view, path, version="1.2draft")
