"""OWL 2 RL reasoning over the asserted graph and the ontology (owlrl).

The closure is computed on a copy holding only what reasoning needs (entity types, asserted
relations, the ontology), and only what it adds about entities is kept: superclass types,
inverse and super-properties, and relations implied by property chains. Those are returned apart
from the asserted graph so they are never mixed in silently. Inferred relations among the five
extracted predicates are also explained — by the asserted premises of the chain that implies
them — so they can appear in the triples table with evidence and `inferred: true`.
"""

from __future__ import annotations

from dataclasses import dataclass

import owlrl
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg import ontology
from kg.graph import KnowledgeGraph
from kg.models import PREDICATES, Triple
from kg.exports.rdf import entity_iri

# Classes every individual belongs to under OWL RL; saying so adds nothing.
TRIVIAL_CLASSES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual}


@dataclass
class Inference:
    triples: list[Triple]
    """Inferred relations among the extracted predicates, each with the evidence of its premises."""
    statements: Graph
    """Everything inferred about entities, as RDF (types, inverses, super-properties, chains)."""


def infer(graph: KnowledgeGraph, base: str) -> Inference:
    keys = {URIRef(entity_iri(base, key)): key for key in graph.entities}
    asserted = Graph()
    for node, key in keys.items():
        asserted.add((node, RDF.type, ontology.ZKG[graph.entities[key].type]))
    for triple in graph.triples:
        asserted.add((URIRef(entity_iri(base, triple.subject)), ontology.ZKG[triple.predicate],
                      URIRef(entity_iri(base, triple.object))))

    closure = Graph()
    for statement in ontology.ontology_graph():
        closure.add(statement)
    for statement in asserted:
        closure.add(statement)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)

    statements = Graph()
    for subject, predicate, obj in closure:
        if subject not in keys or (subject, predicate, obj) in asserted:
            continue
        if obj in keys or (predicate == RDF.type and isinstance(obj, URIRef) and obj not in TRIVIAL_CLASSES):
            statements.add((subject, predicate, obj))
    return Inference(triples=_explain(graph, statements, keys), statements=statements)


def _explain(graph: KnowledgeGraph, statements: Graph, keys: dict[URIRef, str]) -> list[Triple]:
    """Inferred extracted-predicate triples, each backed by its best-supported chain of asserted premises."""
    by_subject: dict[tuple[str, str], list[Triple]] = {}
    for triple in graph.triples:
        by_subject.setdefault((triple.subject, triple.predicate), []).append(triple)

    explained: list[Triple] = []
    for predicate in PREDICATES:
        # sorted: an rdflib graph yields its statements in hash order; the output is the same every run.
        for subject, obj in sorted(statements.subject_objects(ontology.ZKG[predicate])):
            if obj not in keys:
                continue
            premises = _best_chain(keys[subject], predicate, keys[obj], by_subject)
            if premises is None:
                continue
            chain = "∘".join(p.predicate for p in premises)
            explained.append(Triple(
                subject=keys[subject], predicate=predicate, object=keys[obj], evidence=premises[0].evidence,
                confidence=round(_strength(premises), 3), rule=f"owl-rl:{chain}", inferred=True,
            ))
    return explained


def _best_chain(subject: str, predicate: str, obj: str,
                by_subject: dict[tuple[str, str], list[Triple]]) -> list[Triple] | None:
    best: list[Triple] | None = None
    for chain in ontology.property_chains().get(predicate, ()):
        paths: list[list[Triple]] = [[]]
        for step in chain:
            paths = [path + [t] for path in paths
                     for t in by_subject.get((path[-1].object if path else subject, step), [])]
        for path in paths:
            if path and path[-1].object == obj and (best is None or _strength(path) > _strength(best)):
                best = path
    return best


def _strength(path: list[Triple]) -> float:
    strength = 1.0
    for triple in path:
        strength *= triple.confidence
    return strength
