"""`kg validate`: check a build's graph against the SHACL shapes in ontology/shapes.ttl (pySHACL).

Results are grouped by what was violated, each with the entities or evidence it concerns, so a
reader sees "every measure is implemented by a zone — 3 measures: …" rather than raw SHACL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.ontology import ZKG, ontology_graph
from kg.resources import ontology_file


@dataclass
class Finding:
    message: str
    severity: str
    focus: list[str] = field(default_factory=list)


@dataclass
class ValidationReport:
    conforms: bool
    findings: list[Finding]


def validate_graph(data: Graph) -> ValidationReport:
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="none")
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        message = str(results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent))
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        where = _describe(data, results.value(result, SH.focusNode))
        if path is not None and isinstance(path, URIRef):
            where += f" {data.namespace_manager.normalizeUri(path)}"
        if value is not None:
            where += f" = {value}"
        grouped[(message, severity)].append(where)
    findings = [Finding(message, severity, sorted(focus)) for (message, severity), focus in sorted(grouped.items())]
    return ValidationReport(conforms=bool(conforms), findings=findings)


def validate_build(out: Path) -> ValidationReport:
    graph_file = out / "graph.ttl"
    if not graph_file.exists():
        raise FileNotFoundError(f"no build in {out}: run 'kg build --out {out}' first")
    return validate_graph(Graph().parse(graph_file, format="turtle"))


def _describe(data: Graph, node) -> str:
    """An entity by its label and type; an assertion by its triple and document."""
    if (node, RDF.type, ZKG.Assertion) in data:
        parts = [_describe(data, data.value(node, RDF.subject)),
                 str(data.value(node, RDF.predicate)).removeprefix(str(ZKG)),
                 _describe(data, data.value(node, RDF.object))]
        return " ".join(parts)
    label = data.value(node, RDFS.label)
    kind = data.value(node, RDF.type)
    if label is None:
        return str(node)
    return f"{label} [{str(kind).removeprefix(str(ZKG))}]" if kind is not None else str(label)
