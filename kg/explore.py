"""Answer "who is connected to what" from a finished build (no re-extraction)."""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.exports.tables import read_jsonl
from kg.normalise import fold_width


class BuildNotFoundError(FileNotFoundError):
    pass


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
        """Entities whose label or an alias is `name` (full-/half-width insensitive)."""
        wanted = fold_width(name.strip())
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
