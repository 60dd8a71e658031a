"""The ontology governs the graph: domain/range rejection, OWL RL inferences, SHACL validation
and every RDF serialisation round-tripping."""

import json

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal

from kg import build as build_module
from kg.build import build
from kg.cli import main
from kg.exports.rdf import DEFAULT_BASE_IRI, entity_iri
from kg.settings import RDF_FORMATS
from kg.graph import merge_documents
from kg.models import DocumentGraph, Entity, Evidence, Triple
from kg.ontology import ZKG, check
from kg.reasoning import infer
from kg.validate import validate_graph

RDFLIB_FORMAT = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}


def _document(entities: list[tuple[str, str]], triples: list[tuple[str, str, str]], doc: str = "d.txt") -> DocumentGraph:
    evidence = Evidence(doc=doc, sentence="句子。", start=0, end=3)
    return DocumentGraph(
        doc=doc,
        entities=[Entity(key=f"{kind}:{label}", type=kind, label=label, docs=[doc]) for kind, label in entities],
        triples=[Triple(subject=s, predicate=p, object=o, evidence=evidence, confidence=0.9, rule="test") for s, p, o in triples],
    )


def test_domain_and_range_come_from_the_ontology():
    assert check("Company", "locatedIn", "Park") is None
    assert check("Zone", "locatedIn", "Place") is None
    assert str(check("Person", "locatedIn", "Zone")) == "domain must be one of Company, Zone"
    assert str(check("Person", "leads", "Measure")) == "range must be one of GovernmentBody, Park, Zone"


def test_a_triple_the_ontology_forbids_is_not_asserted_but_reported_with_its_evidence(tmp_path, monkeypatch):
    document = _document([("Person", "王明"), ("Measure", "一站式服务"), ("Zone", "清远高新区")],
                         [("Person:王明", "leads", "Measure:一站式服务"), ("Person:王明", "leads", "Zone:清远高新区")])
    graph = merge_documents([document])
    assert [(t.subject, t.object) for t in graph.triples] == [("Person:王明", "Zone:清远高新区")]
    (rejected,) = graph.rejected
    assert rejected.reason == "leads: range must be one of GovernmentBody, Park, Zone"
    assert rejected.triple.evidence.doc == "d.txt"
    assert "Measure:一站式服务" not in graph.entities

    monkeypatch.setattr(build_module, "extract_all", lambda *_args, **_kw: [document])
    (tmp_path / "a.txt").write_text("占位", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    (entry,) = report["rejected"]
    assert entry["subject"] == "Person:王明 (Person)" and entry["object"] == "Measure:一站式服务 (Measure)"
    assert entry["reason"].startswith("leads: range") and entry["sentence"] == "句子。"


def test_a_company_in_a_park_of_a_zone_is_inferred_to_be_in_the_zone():
    document = _document(
        [("Company", "神鹰化工科技有限公司"), ("Park", "尼龙新材料产业园区"), ("Zone", "平顶山高新区")],
        [("Company:神鹰化工科技有限公司", "locatedIn", "Park:尼龙新材料产业园区"),
         ("Park:尼龙新材料产业园区", "partOf", "Zone:平顶山高新区")])
    graph = merge_documents([document])
    inference = infer(graph, DEFAULT_BASE_IRI)
    (triple,) = inference.triples
    assert (triple.subject, triple.predicate, triple.object) == ("Company:神鹰化工科技有限公司", "locatedIn", "Zone:平顶山高新区")
    assert triple.inferred and triple.rule == "owl-rl:locatedIn∘partOf" and triple.confidence == 0.81
    zone = rdflib.URIRef(entity_iri(DEFAULT_BASE_IRI, "Zone:平顶山高新区"))
    park = rdflib.URIRef(entity_iri(DEFAULT_BASE_IRI, "Park:尼龙新材料产业园区"))
    assert (zone, ZKG.hasPart, park) in inference.statements
    assert (zone, RDF.type, ZKG.Organization) in inference.statements


def test_seeds_build_keeps_inferred_triples_apart(seeds_build, tmp_path):
    out, _ = seeds_build
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    inferred = [r for r in rows if r["inferred"]]
    assert ("苏宁物流豫南仓储中心", "locatedIn", "平顶山高新区") in {(r["subject"], r["predicate"], r["object"]) for r in inferred}
    assert all(r["sentence"] and r["doc"] for r in inferred)
    turtle = rdflib.Graph().parse(out / "graph.ttl")
    assert not list(turtle.triples((None, ZKG.hasPart, None)))
    dataset = rdflib.Dataset().parse(_export(out, "trig", tmp_path), format="trig")
    inferred_graph = dataset.graph(rdflib.URIRef(f"{DEFAULT_BASE_IRI}graph/inferred"))
    assert len(inferred_graph) > 0 and list(inferred_graph.triples((None, ZKG.hasPart, None)))


def _export(out, fmt, folder):
    destination = folder / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", "--out", str(out), "--format", fmt, "--to", str(destination)])
    assert result.exit_code == 0, result.output
    return destination


def test_the_seeds_graph_validates_clean(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["validate", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validation_names_what_is_wrong_and_exits_non_zero(seeds_build, tmp_path):
    out, _ = seeds_build
    broken = tmp_path / "broken"
    broken.mkdir()
    graph = rdflib.Graph().parse(out / "graph.ttl")
    leads = next(graph.subjects(RDF.predicate, ZKG.leads))
    graph.remove((leads, ZKG.post, None))
    measure = next(graph.subjects(RDF.type, ZKG.Measure))
    graph.remove((None, ZKG.implements, measure))
    graph.set((measure, RDFS.label, Literal("英文label", lang="en")))
    graph.serialize(broken / "graph.ttl", format="turtle")

    report = validate_graph(graph)
    messages = {f.message for f in report.findings}
    assert not report.conforms
    assert {"a leads or worksFor assertion records the post", "every measure is implemented by a zone",
            "an entity needs exactly one label of at least two characters, tagged @zh"} <= messages
    result = CliRunner().invoke(main, ["validate", "--out", str(broken)])
    assert result.exit_code == 1 and "英文label [Measure]" in result.output


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_rdf_format_round_trips(seeds_build, tmp_path, fmt):
    out, _ = seeds_build
    destination = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", "--out", str(out), "--format", fmt, "--to", str(destination)])
    assert result.exit_code == 0, result.output
    written = int(result.output.split()[0])
    if RDF_FORMATS[fmt]:
        dataset = rdflib.Dataset().parse(destination, format=RDFLIB_FORMAT[fmt])
        graphs = {str(g) for _, _, _, g in dataset.quads()}
        assert len(list(dataset.quads())) == written
        assert f"{DEFAULT_BASE_IRI}graph/inferred" in graphs and len([g for g in graphs if "/graph/doc/" in g]) == 5
    else:
        parsed = rdflib.Graph().parse(destination, format=RDFLIB_FORMAT[fmt])
        assert len(parsed) == written == len(rdflib.Graph().parse(out / "graph.ttl"))
