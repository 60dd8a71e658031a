"""The queries/ library and `kg query`, on the seeds store: each query returns the rows an
analyst would expect from the seed articles."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import query_build, term_text

from conftest import ROOT

QUERIES = ROOT / "queries"

# query file → (parameters, rows that must be among its answers; each row is a prefix of the columns)
EXPECTED = {
    "measures-per-zone.rq": ({}, [("清远高新区", "一站式"), ("平顶山高新区", "1234工作法")]),
    "shared-measures.rq": ({}, [("放管服", "2", "平顶山高新区、清远高新区")]),
    "companies-per-park.rq": ({}, [("尼龙新材料产业园区", "平顶山高新区", "神鹰化工科技有限公司"),
                                   ("高新智慧物流园", "平顶山高新区", "苏宁物流豫南仓储中心")]),
    "companies-per-zone.rq": ({}, [("清远高新区", "聚石化学", "stated"),
                                   ("平顶山高新区", "苏宁物流豫南仓储中心", "inferred")]),
    "officials-per-zone.rq": ({}, [("清远高新区", "周岐贤", "党工委副书记、管委会主任", "清远高新区"),
                                   ("平顶山高新区", "孙国权", "党工委书记", "平顶山高新区"),
                                   ("清远高新区", "李振兴", "主任", "清远高新区两委办")]),
    "people-leading-several.rq": ({}, [("李振兴", "2")]),
    "zones-by-province.rq": ({}, [("广东省", "2", "河源国家高新区、清远高新区"), ("河南省",)]),
    "parks-with-most-companies.rq": ({}, [("高新智慧物流园", "9")]),
    "about-entity.rq": ({"name": "神鹰化工"}, [("←", "worksFor", "吴秀云", "Person"),
                                             ("→", "locatedIn", "尼龙新材料产业园区", "Park")]),
    "evidence.rq": ({"name": "周岐贤"}, [("leads", "清远高新区", "党工委副书记、管委会主任", "001_fcbe5e561f1d95fe.txt")]),
    "most-mentioned.rq": ({}, [("平顶山高新区", "Zone", "3")]),
    "inferred-vs-asserted.rq": ({}, [("hasPart", "0"), ("partOf",)]),
    "bodies-per-zone.rq": ({}, [("清远高新区", "清远高新区两委办", "GovernmentBody")]),
    "company-people.rq": ({}, [("神鹰化工科技有限公司", "吴秀云", "总经理", "尼龙新材料产业园区"),
                               ("聚石化学", "杨正高", "董事、副总经理", "清远高新区")]),
}


def _rows(out: Path, name: str, params: dict) -> list[tuple[str, ...]]:
    result = query_build(out, (QUERIES / name).read_text(encoding="utf-8"), params)
    return [tuple(term_text(term) for term in row) for row in result.rows]


def test_the_library_has_at_least_twelve_commented_queries_and_each_is_tested_here():
    files = sorted(p.name for p in QUERIES.glob("*.rq"))
    assert len(files) >= 12 and set(files) == set(EXPECTED)
    assert all((QUERIES / f).read_text(encoding="utf-8").startswith("# ") for f in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_library_query_answers_on_the_seeds(seeds_build, name):
    out, _ = seeds_build
    params, expected = EXPECTED[name]
    rows = _rows(out, name, params)
    for row in expected:
        assert any(got[: len(row)] == row for got in rows), (row, rows[:20])


def test_inferred_vs_asserted_counts_match_the_triples_table(seeds_build):
    out, result = seeds_build
    counts = {row[0]: (int(row[1]), int(row[2])) for row in _rows(out, "inferred-vs-asserted.rq", {})}
    distinct = {(t.subject, t.object) for t in result.graph.triples if t.predicate == "locatedIn" and t.inferred}
    assert counts["locatedIn"][1] == len(distinct) > 0
    assert counts["implements"][0] == counts["implementedBy"][1]


def test_query_cli_formats_and_prefixes(seeds_build):
    out, _ = seeds_build
    expression = "SELECT ?zone WHERE { ?z a zkg:Zone ; rdfs:label ?zone } ORDER BY ?zone"
    table = CliRunner().invoke(main, ["query", "-e", expression, "--out", str(out)])
    assert table.exit_code == 0 and table.output.splitlines()[0] == "zone" and "清远高新区" in table.output
    as_json = CliRunner().invoke(main, ["query", "-e", expression, "--out", str(out), "--format", "json"])
    assert {"zone": "平顶山高新区"} in json.loads(as_json.output)
    tsv = CliRunner().invoke(main, ["query", str(QUERIES / "about-entity.rq"), "--param", "name=周岐贤",
                                    "--out", str(out), "--format", "tsv"])
    assert "→\tleads\t清远高新区\tZone" in tsv.output.splitlines()


def test_a_syntax_error_shows_where_and_exits_2(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["query", "-e", "SELECT ?x WHERE { ?x a zkg:Zone", "--out", str(out)])
    assert result.exit_code == 2
    assert "error at 1:" in result.output and "^" in result.output
    unknown = CliRunner().invoke(main, ["query", "-e", "SELECT ?x WHERE { ?x a nope:Zone }", "--out", str(out)])
    assert unknown.exit_code == 2 and "unknown prefix" in unknown.output


def test_query_without_a_build_says_so(tmp_path):
    result = CliRunner().invoke(main, ["query", "-e", "ASK {}", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "run 'kg build" in result.output
