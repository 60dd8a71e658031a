"""Latency of the queries/ library on a synthetic store shaped like a real build.

The synthetic graph is made of the same pydantic objects the pipeline produces (zones with parks,
bodies, officials, companies, measures and places; every triple with its evidence) and turned
into RDF by the product's own `to_dataset`, so its shape is exactly that of `kg build`'s store.
Each query runs on that store with pyoxigraph (on disk, as `kg query` does) and with rdflib in
memory (union default graph), which gets a time limit per query.

    python benchmarks/query_latency.py                    # ≥ 1M triples
    python benchmarks/query_latency.py --zones 50         # a quick run
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.exports.rdf import DEFAULT_BASE_IRI, PREFIXES, entity_iri, to_dataset  # noqa: E402
from kg.exports.store import open_store, write_store  # noqa: E402
from kg.graph import KnowledgeGraph  # noqa: E402
from kg.lexicon import admin_division  # noqa: E402
from kg.models import Entity, Evidence, Triple  # noqa: E402
from kg.ontology import ZKG  # noqa: E402
from kg.query import bind_parameters, parameters, run_query  # noqa: E402
from kg.resources import lexicon_lines  # noqa: E402

# Per zone, in the proportions of the seeds build.
PER_ZONE = {"Park": 5, "GovernmentBody": 8, "Person": 15, "Company": 60, "Measure": 40}
DOCS_PER_ZONE = 10
CHARS = "高新区产业园科技创新发展服务中心企业公司集团有限材料智能制造数字经济生物医药新能源装备物流电子信息"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def _name(rng: random.Random, length: int, suffix: str = "") -> str:
    return "".join(rng.choice(CHARS) for _ in range(length)) + suffix


def _cities() -> list[str]:
    """Real prefecture-level cities, so zones group by province as real ones do."""
    rows = [line.split("\t") for line in lexicon_lines("admin_divisions.tsv")]
    return [row[1] for row in rows if row[3] == "city" and admin_division(row[1]) is not None]


def synthetic_graph(zones: int, seed: int = 7) -> tuple[KnowledgeGraph, Graph]:
    rng = random.Random(seed)
    cities = _cities()
    entities: dict[str, Entity] = {}
    triples: list[Triple] = []
    inferred = Graph()
    documents: list[str] = []

    def entity(kind: str, label: str, docs: list[str]) -> str:
        key = f"{kind}:{label}"
        entities[key] = Entity(key=key, type=kind, label=label, docs=docs,
                               aliases=[label[:4]] if kind == "Company" and rng.random() < 0.5 else [])
        return key

    def relate(subject: str, predicate: str, obj: str, doc: str, title: str = "") -> None:
        sentence = _name(rng, 50) + "。"
        start = rng.randrange(0, 5000)
        triples.append(Triple(subject=subject, predicate=predicate, object=obj, title=title,
                              evidence=Evidence(doc=doc, sentence=sentence, start=start, end=start + len(sentence)),
                              confidence=round(rng.uniform(0.5, 1.0), 3), rule="synthetic"))

    for z in range(zones):
        docs = [f"z{z:04d}-d{d}.txt" for d in range(DOCS_PER_ZONE)]
        documents += docs
        zone = entity("Zone", f"{_name(rng, 3)}{z}高新区", docs)
        place = entity("Place", rng.choice(cities), docs[:2])
        relate(zone, "locatedIn", place, docs[0])
        parks = [entity("Park", _name(rng, 4, f"{z}-{i}产业园"), rng.sample(docs, 2)) for i in range(PER_ZONE["Park"])]
        bodies = [entity("GovernmentBody", _name(rng, 3, f"{z}-{i}局"), rng.sample(docs, 2)) for i in range(PER_ZONE["GovernmentBody"])]
        for part in parks + bodies:
            relate(part, "partOf", zone, rng.choice(docs))
            inferred.add((URIRef(entity_iri(DEFAULT_BASE_IRI, zone)), ZKG.hasPart, URIRef(entity_iri(DEFAULT_BASE_IRI, part))))
        companies = [entity("Company", _name(rng, 4, f"{z}-{i}有限公司"), rng.sample(docs, rng.randint(1, 3)))
                     for i in range(PER_ZONE["Company"])]
        for company in companies:
            doc = rng.choice(docs)
            if rng.random() < 0.6:
                park = rng.choice(parks)
                relate(company, "locatedIn", park, doc)
                inferred.add((URIRef(entity_iri(DEFAULT_BASE_IRI, company)), ZKG.locatedIn, URIRef(entity_iri(DEFAULT_BASE_IRI, zone))))
            else:
                relate(company, "locatedIn", zone, doc)
        for i in range(PER_ZONE["Person"]):
            person = entity("Person", f"{rng.choice(SURNAMES)}{_name(rng, 1)}{z}-{i}", [rng.choice(docs)])
            if i < 10:
                relate(person, "leads", rng.choice([zone, *bodies]), rng.choice(docs), "党工委副书记、管委会主任")
                if i < 3:  # a few hold a zone post and head a body too
                    relate(person, "leads", rng.choice(bodies), rng.choice(docs), "局长")
            else:
                relate(person, "worksFor", rng.choice(companies), rng.choice(docs), "总经理")
        shared = [f"共享举措{m}" for m in range(30)]
        for i in range(PER_ZONE["Measure"]):
            label = rng.choice(shared) if i < 5 else _name(rng, 5, f"{z}-{i}机制")
            key = f"Measure:{label}"
            if key not in entities:
                entity("Measure", label, [rng.choice(docs)])
            relate(zone, "implements", key, rng.choice(docs))
    return KnowledgeGraph(entities=entities, triples=triples, documents=documents), inferred


def _rdflib_worker(dataset_holder: dict, query: str, answer) -> None:
    started = time.perf_counter()
    rows = len(list(dataset_holder["dataset"].query(query, initNs=PREFIXES)))
    answer.put((time.perf_counter() - started, rows))


def time_rdflib(dataset: rdflib.Dataset, query: str, limit: float) -> tuple[float | None, int | None]:
    """Run one query in a forked process (sharing the loaded dataset) so it can be stopped at `limit` s."""
    context = multiprocessing.get_context("fork")
    answer = context.Queue()
    worker = context.Process(target=_rdflib_worker, args=({"dataset": dataset}, query, answer))
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        worker.terminate()
        worker.join()
        return None, None
    return answer.get()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zones", type=int, default=500, help="zones to generate (500 ≈ 1.1M quads)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query on Oxigraph (median reported)")
    parser.add_argument("--rdflib-limit", type=float, default=60.0, help="seconds before an rdflib query is given up")
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    parser.add_argument("--only", default="", help="only the queries whose file name contains this")
    args = parser.parse_args()

    started = time.perf_counter()
    graph, inferred = synthetic_graph(args.zones)
    dataset = to_dataset(graph, DEFAULT_BASE_IRI, inferred)
    quads = len(dataset)
    print(f"synthetic graph: {args.zones} zones, {len(graph.entities)} entities, {len(graph.triples)} extracted triples, "
          f"{quads} quads ({time.perf_counter() - started:.1f} s to generate)")

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        write_store(dataset, out / "store")
        print(f"Oxigraph store bulk load: {time.perf_counter() - started:.1f} s")
        store = open_store(out)
        if not args.no_rdflib:
            dataset.default_union = True
        # Parameterised queries ask about the person with the most edges.
        edges = {}
        for triple in graph.triples:
            if graph.entities[triple.subject].type == "Person":
                edges[triple.subject] = edges.get(triple.subject, 0) + 1
        busiest = graph.entities[max(edges, key=edges.get)].label
        print(f"\n{'query':<30}{'rows':>7}{'oxigraph ms':>13}{'rdflib ms':>12}{'ratio':>9}")
        for path in sorted(p for p in (ROOT / "queries").glob("*.rq") if args.only in p.name):
            text = bind_parameters(path.read_text(encoding="utf-8"),
                                   {name: busiest for name in parameters(path.read_text(encoding="utf-8"))})
            times = []
            for _ in range(args.repeat):
                begin = time.perf_counter()
                rows = len(run_query(store, text).rows)
                times.append(time.perf_counter() - begin)
            oxigraph_ms = statistics.median(times) * 1000
            rdflib_text = "-"
            ratio = ""
            if not args.no_rdflib:
                seconds, _ = time_rdflib(dataset, text, args.rdflib_limit)
                if seconds is None:
                    rdflib_text, ratio = f">{args.rdflib_limit * 1000:.0f}", f">{args.rdflib_limit * 1000 / oxigraph_ms:.0f}×"
                else:
                    rdflib_text, ratio = f"{seconds * 1000:.0f}", f"{seconds * 1000 / oxigraph_ms:.0f}×"
            print(f"{path.name:<30}{rows:>7}{oxigraph_ms:>13.1f}{rdflib_text:>12}{ratio:>9}", flush=True)


if __name__ == "__main__":
    main()
