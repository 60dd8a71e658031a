"""`kg serve` and `kg push` against real Oxigraph servers on 127.0.0.1 (no mocks)."""

import json
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.serve import oxigraph_binary

from conftest import ROOT, free_port, wait_for


def _sparql(url: str, query: str) -> list[dict]:
    request = urllib.request.Request(f"{url}/query", data=query.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["results"]["bindings"]


def _count_by_graph(url: str) -> dict[str, int]:
    rows = _sparql(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def _local_count_by_graph(out) -> dict[str, int]:
    store = pyoxigraph.Store.read_only(str(out / "store"))
    return {name.value: len(list(store.quads_for_pattern(None, None, None, name))) for name in store.named_graphs()}


def test_push_keeps_every_named_graph_and_reads_back_the_same_triples(seeds_build, oxigraph_server):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["push", "--out", str(out), "--endpoint", f"{oxigraph_server}/store"])
    assert result.exit_code == 0, result.output
    assert _count_by_graph(oxigraph_server) == _local_count_by_graph(out)
    again = CliRunner().invoke(main, ["push", "--out", str(out), "--endpoint", f"{oxigraph_server}/store"])
    assert again.exit_code == 0 and _count_by_graph(oxigraph_server) == _local_count_by_graph(out)
    rows = _sparql(oxigraph_server, """
        SELECT ?post WHERE { GRAPH ?g { ?a <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://zone-kg.github.io/ontology#leads> ;
                                          <https://zone-kg.github.io/ontology#post> ?post } }""")
    assert "党工委副书记、管委会主任" in {row["post"]["value"] for row in rows}


def test_push_into_one_graph(seeds_build, oxigraph_server):
    out, _ = seeds_build
    graph = "http://example.org/zones"
    result = CliRunner().invoke(main, ["push", "--out", str(out), "--endpoint", f"{oxigraph_server}/store", "--graph", graph])
    assert result.exit_code == 0, result.output
    with urllib.request.urlopen(f"{oxigraph_server}/store?{urllib.parse.urlencode({'graph': graph})}", timeout=10) as response:
        assert response.headers["Content-Type"].startswith(("application/n-triples", "text/turtle", "application/n-quads"))
        text = response.read().decode("utf-8")
    remote = rdflib.Graph().parse(data=text, format="turtle")
    assert len(remote) == len(rdflib.Graph().parse(out / "graph.ttl"))


def test_push_to_an_unreachable_or_refusing_store_says_so(seeds_build, tmp_path):
    out, _ = seeds_build
    port = free_port()
    unreachable = CliRunner().invoke(main, ["push", "--out", str(out), "--endpoint", f"http://127.0.0.1:{port}/store"])
    assert unreachable.exit_code == 1 and f"cannot reach http://127.0.0.1:{port}/store" in unreachable.output

    read_only = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(out / "store"),
                                  "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}", read_only)
        refused = CliRunner().invoke(main, ["push", "--out", str(out), "--endpoint", f"http://127.0.0.1:{port}/store"])
        assert refused.exit_code == 1 and "refused graph" in refused.output and "HTTP 403" in refused.output
    finally:
        read_only.terminate()
        read_only.wait(timeout=10)


def _serve(out, port, *extra):
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def test_serve_answers_sparql_over_http_read_only_and_stops_cleanly_on_ctrl_c(seeds_build):
    out, _ = seeds_build
    port = free_port()
    server = _serve(out, port)
    try:
        banner = server.stderr.readline()
        assert f"http://127.0.0.1:{port}/query" in banner and "read-only" in banner
        query = (ROOT / "queries" / "officials-per-zone.rq").read_text(encoding="utf-8")
        prefixes = "PREFIX zkg: <https://zone-kg.github.io/ontology#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        rows = _sparql(f"http://127.0.0.1:{port}", prefixes + query)
        assert ("周岐贤", "党工委副书记、管委会主任") in {(r["person"]["value"], r["post"]["value"]) for r in rows}
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"INSERT DATA { <a:b> <a:c> <a:d> }",
                                        method="POST", headers={"Content-Type": "application/sparql-update"})
        try:
            urllib.request.urlopen(update, timeout=10)
            raise AssertionError("a read-only endpoint accepted an update")
        except urllib.error.HTTPError as error:
            assert error.code == 403
    finally:
        server.send_signal(signal.SIGINT)
        _, rest = server.communicate(timeout=15)
    assert server.returncode == 0 and "stopped" in rest


def test_serve_explains_a_busy_port_and_a_locked_store(seeds_build, tmp_path):
    out, _ = seeds_build
    port = free_port()
    holder = _serve(out, port, "--writable")
    try:
        assert "read-write" in holder.stderr.readline()
        busy = CliRunner().invoke(main, ["serve", "--out", str(out), "--port", str(port)])
        assert busy.exit_code == 1 and f"port {port} on 127.0.0.1 is already in use" in busy.output
        locked = CliRunner().invoke(main, ["serve", "--out", str(out), "--port", str(free_port()), "--writable"])
        assert locked.exit_code == 1 and "is in use by another process" in locked.output
        assert "LOCK" not in locked.output
    finally:
        holder.send_signal(signal.SIGTERM)
        holder.communicate(timeout=15)
    assert holder.returncode == 0
