"""`kg export`: the build's store in any common RDF format, written all-or-nothing.

Quad formats (TriG, N-Quads) keep every named graph: one per source document, the entities, the
inferred statements and the ontology. Triple formats (Turtle, N-Triples, JSON-LD) have no named
graphs, so they hold the extracted graph only — inferred statements and the ontology are added
only when asked for, never mixed in silently.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.exports.rdf import PREFIXES, graph_iri, is_asserted_graph
from kg.exports.store import build_base_iri, open_store
from kg.ontology import ONTOLOGY_IRI
from kg.settings import RDF_FORMATS

OXIGRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                    "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}


def export(out: Path, fmt: str, destination: Path, *, inferred: bool = False, ontology: bool = False) -> int:
    """Write the build in `out` to `destination` as `fmt`; returns the number of triples or quads written."""
    rdf_format, keeps_graphs = OXIGRAPH_FORMATS[fmt], RDF_FORMATS[fmt]
    base = build_base_iri(out)
    store = open_store(out)
    if keeps_graphs:
        source, graph = store, None
    else:
        source, graph = flatten(store, base, inferred=inferred, ontology=ontology), ox.DefaultGraph()
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}-", dir=destination.parent)
    os.close(handle)
    try:
        source.dump(temporary, format=rdf_format, from_graph=graph, prefixes=PREFIXES)
        os.replace(temporary, destination)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return len(source)


def flatten(store: ox.Store, base: str, *, inferred: bool, ontology: bool) -> ox.Store:
    """The chosen named graphs of the store merged into the default graph of a new in-memory store."""
    chosen = [name for name in store.named_graphs()
              if is_asserted_graph(name.value, base)
              or (inferred and name.value == str(graph_iri(base, "inferred")))
              or (ontology and name.value == str(ONTOLOGY_IRI))]
    flat = ox.Store()
    for name in chosen:
        flat.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                    for q in store.quads_for_pattern(None, None, None, name))
    return flat
