"""The ontology (ontology/zone.ttl) as the build uses it: what each relation allows and implies.

Domain and range are read from the ontology, never restated in code, so a triple whose subject or
object type the ontology does not allow is caught here and kept out of the graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.resources import ontology_file

ZKG = Namespace("https://zone-kg.github.io/ontology#")
ONTOLOGY_IRI = URIRef("https://zone-kg.github.io/ontology")


@cache
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_file("zone.ttl"), format="turtle")
    return graph


@dataclass(frozen=True)
class Violation:
    side: str  # "domain" or "range"
    allowed: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.side} must be one of {', '.join(self.allowed)}"


def _local(node: URIRef) -> str:
    return str(node).removeprefix(str(ZKG))


def _classes(graph: Graph, node) -> set[URIRef]:
    """A class expression as a set of named classes (owl:unionOf lists are flattened)."""
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return {member for member in Collection(graph, union)}
    return {node}


@cache
def superclasses(entity_type: str) -> frozenset[str]:
    """The entity type and every class above it (zkg names only)."""
    graph = ontology_graph()
    found = graph.transitive_objects(ZKG[entity_type], RDFS.subClassOf)
    return frozenset(_local(c) for c in found if str(c).startswith(str(ZKG)))


@cache
def signature(predicate: str) -> tuple[frozenset[str], frozenset[str]]:
    """(domain classes, range classes) of a zkg property."""
    graph = ontology_graph()
    prop = ZKG[predicate]
    domain = frozenset(_local(c) for d in graph.objects(prop, RDFS.domain) for c in _classes(graph, d))
    range_ = frozenset(_local(c) for r in graph.objects(prop, RDFS.range) for c in _classes(graph, r))
    return domain, range_


def check(subject_type: str, predicate: str, object_type: str) -> Violation | None:
    """Why the ontology forbids this typed triple, or None if it allows it."""
    domain, range_ = signature(predicate)
    if domain and not superclasses(subject_type) & domain:
        return Violation("domain", tuple(sorted(domain)))
    if range_ and not superclasses(object_type) & range_:
        return Violation("range", tuple(sorted(range_)))
    return None


@cache
def property_chains() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Property → the chains of properties that imply it (owl:propertyChainAxiom)."""
    graph = ontology_graph()
    chains: dict[str, list[tuple[str, ...]]] = {}
    for prop, chain in graph.subject_objects(OWL.propertyChainAxiom):
        chains.setdefault(_local(prop), []).append(tuple(_local(p) for p in Collection(graph, chain)))
    return {prop: tuple(found) for prop, found in chains.items()}
