"""RDF view of the graph, typed with ontology/zone.ttl.

Entities get stable IRIs derived from their keys (same input, same IRIs). Each extracted triple is
asserted directly and also described by a zkg:Assertion (an rdf:Statement) carrying its PROV-O
provenance: the document, evidence sentence, offsets, confidence and extraction rule.

Named graphs keep things apart: each document's asserted triples in `graph/doc/<id>`, entity
types and labels in `graph/entities`, everything reasoning added in `graph/inferred`, and the
ontology itself under its own IRI.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.graph import KnowledgeGraph
from kg.lexicon import admin_division
from kg.ontology import ONTOLOGY_IRI, ZKG, ontology_graph

from kg.settings import DEFAULT_BASE_IRI  # noqa: F401  (re-exported: the base of every IRI)

# Prefixes written into Turtle/TriG/JSON-LD and predeclared for `kg query`.
PREFIXES = {
    "zkg": str(ZKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": str(PROV),
    "skos": str(SKOS),
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def entity_iri(base: str, key: str) -> str:
    kind = key.split(":", 1)[0].lower()
    return f"{base}{kind}/{_digest(key)}"


def document_iri(base: str, doc: str) -> URIRef:
    return URIRef(f"{base}doc/{quote(doc, safe='')}")


def graph_iri(base: str, name: str) -> URIRef:
    return URIRef(f"{base}graph/{quote(name, safe='/')}")


def is_asserted_graph(name: str, base: str) -> bool:
    """Whether a named graph holds extracted facts: the entities or one document's triples
    (not the inferred statements, not the ontology)."""
    return name == str(graph_iri(base, "entities")) or name.startswith(str(graph_iri(base, "doc/")))


def _describe_division(graph: Graph, node: URIRef, name: str) -> None:
    """Level and province of an administrative division, so places can be grouped by province."""
    division = admin_division(name)
    if division is not None:
        graph.add((node, ZKG.adminLevel, Literal(division.level)))
        graph.add((node, ZKG.province, Literal(division.province, lang="zh")))


def to_dataset(graph: KnowledgeGraph, base: str = DEFAULT_BASE_IRI, inferred: Graph | None = None) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    entities = dataset.graph(graph_iri(base, "entities"))
    for entity in graph.entities.values():
        node = URIRef(entity_iri(base, entity.key))
        entities.add((node, RDF.type, ZKG[entity.type]))
        entities.add((node, RDFS.label, Literal(entity.label, lang="zh")))
        for alias in entity.aliases:
            entities.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for doc in entity.docs:
            entities.add((node, PROV.wasDerivedFrom, document_iri(base, doc)))
        if entity.type == "Place":
            _describe_division(entities, node, entity.key.split(":", 1)[1])
    for doc in graph.documents:
        entities.add((document_iri(base, doc), RDF.type, ZKG.Document))
        entities.add((document_iri(base, doc), RDFS.label, Literal(doc)))
    for triple in graph.triples:
        doc_graph = dataset.graph(graph_iri(base, "inferred" if triple.inferred else f"doc/{triple.evidence.doc}"))
        subject = URIRef(entity_iri(base, triple.subject))
        predicate = ZKG[triple.predicate]
        obj = URIRef(entity_iri(base, triple.object))
        doc_graph.add((subject, predicate, obj))
        assertion = URIRef(f"{base}assertion/{_digest('|'.join([triple.subject, triple.predicate, triple.object, triple.evidence.doc]))}")
        for p, o in [
            (RDF.type, ZKG.Assertion), (RDF.subject, subject), (RDF.predicate, predicate), (RDF.object, obj),
            (PROV.wasDerivedFrom, document_iri(base, triple.evidence.doc)),
            (ZKG.evidenceText, Literal(triple.evidence.sentence, lang="zh")),
            (ZKG.startOffset, Literal(triple.evidence.start, datatype=XSD.integer)),
            (ZKG.endOffset, Literal(triple.evidence.end, datatype=XSD.integer)),
            (ZKG.confidence, Literal(f"{triple.confidence:.3f}", datatype=XSD.decimal)),
            (ZKG.method, Literal(triple.rule)),
        ]:
            doc_graph.add((assertion, p, o))
        if triple.title:
            doc_graph.add((assertion, ZKG.post, Literal(triple.title, lang="zh")))
    if inferred is not None:
        inferred_graph = dataset.graph(graph_iri(base, "inferred"))
        for statement in inferred:
            inferred_graph.add(statement)
    ontology = dataset.graph(ONTOLOGY_IRI)
    for statement in ontology_graph():
        ontology.add(statement)
    return dataset

