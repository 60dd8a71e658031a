"""Answer "who is connected to what" from a finished build (no re-extraction): who, path,
stats and list all read triples.jsonl and entities.jsonl."""

from __future__ import annotations

import difflib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kg.normalise import fold_width
from kg.script import to_simplified


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as source:
        return [json.loads(line) for line in source if line.strip()]


class BuildNotFoundError(FileNotFoundError):
    pass


def node_of(entity: dict) -> tuple[str, str]:
    """Entities are told apart by label and type in the triples table."""
    return (entity["label"], entity["type"])


@dataclass
class Hop:
    source: str
    relation: str
    target: str
    forward: bool
    title: str
    evidence: str
    doc: str


@dataclass
class Build:
    entities: list[dict]
    triples: list[dict]

    @classmethod
    def load(cls, out: Path) -> Build:
        entities_file, triples_file = out / "entities.jsonl", out / "triples.jsonl"
        if not entities_file.exists() or not triples_file.exists():
            raise BuildNotFoundError(f"no build in {out}: run 'kg build --out {out}' first")
        return cls(entities=read_jsonl(entities_file), triples=read_jsonl(triples_file))

    def find(self, name: str) -> list[dict]:
        """Entities whose label or an alias is `name` (full-/half-width and traditional insensitive)."""
        wanted = fold_width(to_simplified(name.strip()))
        return [e for e in self.entities if wanted in {fold_width(s) for s in [e["label"], *e["aliases"]]}]

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        labels = sorted({e["label"] for e in self.entities})
        containing = [label for label in labels if name in label or label in name]
        close = difflib.get_close_matches(name, labels, n=limit, cutoff=0.4)
        return list(dict.fromkeys(containing + close))[:limit]

    def connections(self, entity: dict) -> dict[str, list[dict]]:
        """Edges touching the entity, grouped as 'predicate →' (outgoing) or '← predicate' (incoming)."""
        grouped: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
        for row in self.triples:
            if row["subject"] == entity["label"] and row["subject_type"] == entity["type"]:
                group, other, other_type = f"{row['predicate']} →", row["object"], row["object_type"]
            elif row["object"] == entity["label"] and row["object_type"] == entity["type"]:
                group, other, other_type = f"← {row['predicate']}", row["subject"], row["subject_type"]
            else:
                continue
            edge = grouped[group].get((other, row["title"]))
            if edge is None or row["confidence"] > edge["confidence"]:
                grouped[group][(other, row["title"])] = {
                    "name": other, "type": other_type, "title": row["title"], "confidence": row["confidence"],
                    "inferred": row["inferred"], "evidence": row["sentence"], "doc": row["doc"],
                }
        return {group: sorted(edges.values(), key=lambda e: (-e["confidence"], e["name"])) for group, edges in grouped.items()}

    @cached_property
    def network(self):
        """Undirected view for paths (a networkx MultiGraph); each edge keeps its triple row."""
        import networkx as nx  # only `kg path` needs it

        view = nx.MultiGraph()
        for row in self.triples:
            view.add_edge((row["subject"], row["subject_type"]), (row["object"], row["object_type"]), row=row)
        return view

    def path(self, start: dict, end: dict) -> list[Hop] | None:
        """The shortest chain of triples linking two entities (either direction), best evidence per hop."""
        import networkx as nx

        try:
            nodes = nx.shortest_path(self.network, node_of(start), node_of(end))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            return None
        hops = []
        for here, there in zip(nodes, nodes[1:]):
            rows = [data["row"] for data in self.network.get_edge_data(here, there).values()]
            row = max(rows, key=lambda r: (not r["inferred"], r["confidence"]))
            hops.append(Hop(source=here[0], relation=row["predicate"], target=there[0],
                            forward=(row["subject"], row["subject_type"]) == here, title=row["title"],
                            evidence=row["sentence"], doc=row["doc"]))
        return hops

    def stats(self, top: int = 10) -> dict:
        degree = Counter()
        for row in {(r["subject"], r["subject_type"], r["predicate"], r["object"], r["object_type"]) for r in self.triples}:
            degree[(row[0], row[1])] += 1
            degree[(row[3], row[4])] += 1
        documents = Counter(r["doc"] for r in self.triples if not r["inferred"])
        return {
            "entities": dict(sorted(Counter(e["type"] for e in self.entities).items())),
            "relations": dict(sorted(Counter(r["predicate"] for r in self.triples if not r["inferred"]).items())),
            "inferred": dict(sorted(Counter(r["predicate"] for r in self.triples if r["inferred"]).items())),
            "most_connected": [{"label": label, "type": kind, "degree": count}
                               for (label, kind), count in degree.most_common(top)],
            "documents": {"count": len({d for e in self.entities for d in e["docs"]}),
                          "triples_per_document": dict(sorted(documents.items()))},
        }

    def listing(self, entity_type: str | None = None) -> list[dict]:
        chosen = [e for e in self.entities if entity_type is None or e["type"] == entity_type]
        return sorted(chosen, key=lambda e: (e["type"], e["label"]))
