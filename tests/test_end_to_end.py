"""Build the bundled seeds/ and check every export and the CLI answers on it."""

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg import build as build_module
from kg.build import build
from kg.cli import main
from kg.exports.tables import TRIPLE_FIELDS

from conftest import SEEDS


def test_every_export_parses(seeds_build):
    out, _ = seeds_build
    turtle = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(turtle) > 1000
    graphml = nx.read_graphml(out / "graph.graphml")
    assert graphml.number_of_nodes() > 100 and graphml.number_of_edges() > 100
    store = pyoxigraph.Store.read_only(str(out / "store"))
    (row,) = store.query("""
        SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
            GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?g), "/graph/doc/") || STRENDS(STR(?g), "/graph/entities")) } }""")
    assert int(row["n"].value) == len(turtle)


def test_triple_tables_have_exactly_the_documented_fields(seeds_build):
    out, result = seeds_build
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(result.graph.triples)
    assert all(list(row) == TRIPLE_FIELDS for row in rows)
    assert all(0.0 <= row["confidence"] <= 1.0 and isinstance(row["inferred"], bool) for row in rows)
    with open(out / "triples.csv", encoding="utf-8", newline="") as table:
        reader = csv.DictReader(table)
        assert reader.fieldnames == TRIPLE_FIELDS and len(list(reader)) == len(rows)
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(e) == {"id", "label", "type", "aliases", "docs"} and e["id"].startswith("https://") for e in entities)


def test_evidence_offsets_point_into_the_source_file(seeds_build):
    out, _ = seeds_build
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        source = (SEEDS / row["doc"]).read_text(encoding="utf-8")
        span = source[row["start"] : row["end"]].replace("\n", "")
        assert span and span in row["sentence"].replace("\n", ""), row


def test_who_shows_the_post_of_a_zone_leader(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["who", "周岐贤", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "leads →" in result.output
    assert "清远高新区 [Zone] — 党工委副书记、管委会主任" in result.output


def test_who_by_short_name_shows_the_park_a_company_is_in(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["who", "神鹰化工", "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    (answer,) = json.loads(result.output)
    assert answer["entity"]["label"] == "神鹰化工科技有限公司"
    located = [e["name"] for e in answer["connections"]["locatedIn →"]]
    assert "尼龙新材料产业园区" in located


def test_the_three_pingdingshan_pages_are_one_zone_and_no_node_is_a_bare_high_tech_zone(seeds_build):
    out, result = seeds_build
    zones = {e.label: e for e in result.graph.entities.values() if e.type == "Zone"}
    assert set(zones["平顶山高新区"].docs) == {p.name for p in SEEDS.glob("00[234]_*.txt")}
    assert not [e for e in result.graph.entities.values() if e.label in ("高新区", "该区", "我区")]


def test_who_suggests_close_names_when_nothing_matches(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["who", "清远高新", "--out", str(out)])
    assert result.exit_code == 1 and "清远高新区" in result.output


def test_bad_inputs_are_reported_skipped_and_make_the_exit_status_non_zero(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("清远高新区党工委副书记、管委会主任周岐贤表示欢迎。", encoding="utf-8")
    (inputs / "gbk.txt").write_bytes("平顶山高新区区党工委书记孙国权参加活动。".encode("gbk"))
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (inputs / "empty.md").write_text("", encoding="utf-8")
    (inputs / "lines.jsonl").write_text('{"id": "j1", "text": "河源国家高新区推行“一站式”服务。"}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(inputs), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "binary.txt" in result.output and "empty.md" in result.output and "lines.jsonl:2" in result.output
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert sorted(report["documents"]) == ["gbk.txt", "good.txt", "j1"]


def test_a_failed_build_leaves_the_previous_build_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([SEEDS / "001_fcbe5e561f1d95fe.txt"], out)
    before = (out / "triples.jsonl").read_bytes()

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build_module, "write_graphml", broken)
    with pytest.raises(RuntimeError):
        build([SEEDS], out)
    assert (out / "triples.jsonl").read_bytes() == before
    store = pyoxigraph.Store.read_only(str(out / "store"))
    assert len(list(store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"))) == 1
    assert not [p for p in Path(out).iterdir() if p.name.startswith(".build-")]


def test_min_confidence_leaves_out_less_likely_triples(tmp_path):
    result = build([SEEDS / "004_a046cf5273c3cf86.txt"], tmp_path / "out", min_confidence=0.8)
    assert result.graph.triples and all(t.confidence >= 0.8 for t in result.graph.triples)


def test_every_command_explains_itself_with_an_example():
    for command in ("build", "who", "path", "stats", "list", "query", "serve", "push", "eval", "validate", "export"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_building_the_seeds_twice_writes_the_same_files_whatever_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    outputs = []
    for seed in (1, 2):
        out = tmp_path / f"run{seed}"
        subprocess.run([sys.executable, "-c", "import sys; from kg.cli import main; sys.argv = ['kg', *sys.argv[1:]]; main()",
                        "build", str(SEEDS), "--out", str(out)],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": str(seed)})
        outputs.append({name: (out / name).read_bytes() for name in ("triples.jsonl", "triples.csv", "graph.graphml", "graph.ttl")})
    assert outputs[0] == outputs[1]
