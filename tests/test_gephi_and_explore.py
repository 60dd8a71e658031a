"""Gephi-ready GraphML and GEXF, and the read-only CLI (who, path, stats, list) on the seeds build."""

import json
import xml.etree.ElementTree as ET

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.resources import rules

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
GEPHI_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def _run(*args):
    result = CliRunner().invoke(main, list(args))
    return result


def test_graphml_declares_explicit_keys_gephi_understands(seeds_build):
    out, _ = seeds_build
    root = ET.parse(out / "graph.graphml").getroot()
    keys = {(k.get("for"), k.get("attr.name")): k for k in root.iter(f"{GRAPHML}key")}
    assert keys[("node", "label")].get("id") == "label"
    assert {name for scope, name in keys if scope == "edge"} >= {"label", "weight", "title"}
    assert all(k.get("attr.type") in GEPHI_TYPES and k.get("for") in ("node", "edge") for k in keys.values())
    assert not [k for k in keys.values() if k.get("id").startswith("d") and k.get("id")[1:].isdigit()]
    nodes = list(root.iter(f"{GRAPHML}node"))
    assert nodes and all(n.get("id") for n in nodes)
    assert all(e.get("id") and e.get("source") and e.get("target") for e in root.iter(f"{GRAPHML}edge"))


def test_graphml_reads_back_with_labels_weights_and_posts(seeds_build):
    out, result = seeds_build
    graph = nx.read_graphml(out / "graph.graphml")
    assert graph.number_of_nodes() == len(result.graph.entities)
    assert all(data["label"] and data["type"] for _, data in graph.nodes(data=True))
    labels = dict(graph.nodes(data="label"))
    edges = {(labels[s], d["label"], labels[t]): d for s, t, d in graph.edges(data=True)}
    leads = edges[("周岐贤", "leads", "清远高新区")]
    assert leads["title"] == "党工委副书记、管委会主任" and leads["weight"] == 1.0
    assert edges[("尼龙新材料产业园区", "partOf", "平顶山高新区")]["weight"] == 2.0  # said in two articles


def test_gexf_colours_nodes_by_type_and_sizes_them_by_degree(seeds_build):
    out, _ = seeds_build
    colours = rules("display")["colours"]
    graph = nx.read_gexf(out / "graph.gexf")
    assert all(data["label"] for _, data in graph.nodes(data=True))
    for _, data in graph.nodes(data=True):
        colour = data["viz"]["color"]
        assert [colour["r"], colour["g"], colour["b"]] == colours[data["type"]]
    sizes = {data["label"]: data["viz"]["size"] for _, data in graph.nodes(data=True)}
    assert sizes["平顶山高新区"] > sizes["周岐贤"]
    root = ET.parse(out / "graph.gexf").getroot()
    assert len(list(root.iter(f"{VIZ}color"))) == len(list(root.iter(f"{GEXF}node")))


def test_who_groups_by_relation_and_direction(seeds_build):
    out, _ = seeds_build
    result = _run("who", "平顶山高新区", "--out", str(out), "--json")
    (answer,) = json.loads(result.output)
    groups = answer["connections"]
    assert {"implements →", "← partOf", "← leads", "locatedIn →"} <= set(groups)
    assert {"name": "孙国权", "title": "党工委书记"}.items() <= next(e for e in groups["← leads"] if e["name"] == "孙国权").items()


def test_who_finds_a_name_typed_in_traditional_characters(seeds_build):
    out, _ = seeds_build
    simplified = json.loads(_run("who", "平顶山高新区", "--out", str(out), "--json").output)
    traditional = json.loads(_run("who", "平頂山高新區", "--out", str(out), "--json").output)
    assert traditional == simplified


def test_path_links_a_manager_to_the_zone_through_the_company(seeds_build):
    out, _ = seeds_build
    result = _run("path", "吴秀云", "平顶山高新区", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    hops = json.loads(result.output)
    assert [(h["source"], h["relation"], h["target"]) for h in hops] == [
        ("吴秀云", "worksFor", "神鹰化工科技有限公司"), ("神鹰化工科技有限公司", "locatedIn", "平顶山高新区")]
    assert hops[0]["title"] == "总经理" and all(h["evidence"] and h["doc"] for h in hops)
    text = _run("path", "吴秀云", "平顶山高新区", "--out", str(out))
    assert "吴秀云 —worksFor→ 神鹰化工科技有限公司 (总经理)" in text.output


def test_path_between_unconnected_or_unknown_names_says_so(seeds_build):
    out, _ = seeds_build
    unknown = _run("path", "吴秀云", "不存在的公司", "--out", str(out))
    assert unknown.exit_code == 1 and "no entity named '不存在的公司'" in unknown.output


def test_stats_counts_types_relations_and_documents(seeds_build):
    out, result = seeds_build
    numbers = json.loads(_run("stats", "--out", str(out), "--json").output)
    assert sum(numbers["entities"].values()) == len(result.graph.entities)
    assert sum(numbers["relations"].values()) == sum(not t.inferred for t in result.graph.triples)
    assert numbers["documents"]["count"] == 5
    assert numbers["most_connected"][0] == {"label": "平顶山高新区", "type": "Zone", "degree": numbers["most_connected"][0]["degree"]}


def test_list_by_type_shows_aliases(seeds_build):
    out, _ = seeds_build
    result = _run("list", "--type", "Zone", "--out", str(out))
    assert result.exit_code == 0
    assert "清远高新区 [Zone] 1 doc  (also: 清远国家高新区)" in result.output.splitlines()
    assert "[Company]" not in result.output
    bad = _run("list", "--type", "Thing", "--out", str(out))
    assert bad.exit_code == 2
