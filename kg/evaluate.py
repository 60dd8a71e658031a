"""`kg eval`: precision, recall and F1 of predicted triples against gold annotations.

Names compare after removing quotes and book-title marks and folding full-/half-width forms;
a measure matches when its name agrees after stripping head nouns (机制, 工作法, 改革 …); a bare
高新区 never matches a named zone; a Company→Zone triple implied by Company→Park + Park→Zone is
neither rewarded nor punished. Counts are summed over documents (micro-average).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.models import PREDICATES, DocumentGraph
from kg.normalise import strip_marks
from kg.resources import longest_first, rules


UNNAMED_ZONE_NOTE = re.compile(r"（[^（）]*）$")


@cache
def _cfg() -> dict:
    cfg = dict(rules("evaluation"))
    cfg["measure_heads"] = longest_first(cfg["measure_heads"])
    cfg["bare_zone_names"] = set(cfg["bare_zone_names"])
    cfg["local_words"] = longest_first(cfg["local_words"])
    # A zone kind as written (高新技术产业园区) compares as its canonical kind (高新区).
    cfg["zone_kinds"] = dict(rules("entities")["zone"]["kinds"])
    return cfg


def normal_name(name: str) -> str:
    return strip_marks(name)


def name_forms(kind: str, names: list[str]) -> frozenset[str]:
    """The comparable forms of an entity's names (measures also without their head noun).

    A zone known only as 高新区 (labelled 高新区（d03.txt）) compares as "bare 高新区", which
    matches another unnamed 高新区 of the same document (also one written 高新技术产业园区, or 县高新区
    after a word for the article's own county) but never a named zone.
    """
    cfg = _cfg()
    forms, bare = set(), set()
    for name in names:
        form = normal_name(name)
        if kind == "Zone":
            form = UNNAMED_ZONE_NOTE.sub("", form)
            local = next((w for w in cfg["local_words"] if form.startswith(w) and form[len(w) :] in cfg["bare_zone_names"]), "")
            form = form[len(local) :]
            if form in cfg["bare_zone_names"] or form in cfg["zone_kinds"]:
                bare.add(f"bare:{cfg['zone_kinds'].get(form, form)}")
                continue
        if not form:
            continue
        forms.add(form)
        if kind == "Measure":
            for head in cfg["measure_heads"]:
                if form.endswith(head) and len(form) > len(head) + 1:
                    forms.add(form[: -len(head)])
                    break
    return frozenset(forms or bare)


@dataclass
class Item:
    """A triple reduced to comparable name forms, with what to show a developer."""

    subject: frozenset[str]
    predicate: str
    object: frozenset[str]
    subject_type: str
    object_type: str
    shown: str
    evidence: str
    confidence: float = 1.0
    rule: str = ""

    def matches(self, other: Item) -> bool:
        return self.predicate == other.predicate and bool(self.subject & other.subject) and bool(self.object & other.object)


@dataclass
class DocumentScore:
    doc: str
    true_positives: list[Item] = field(default_factory=list)
    false_positives: list[Item] = field(default_factory=list)
    false_negatives: list[Item] = field(default_factory=list)


def load_gold(folder: Path) -> dict[str, list[Item]]:
    gold: dict[str, list[Item]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = {e["id"]: e for e in data["entities"]}
        items = []
        for triple in data["triples"]:
            s, o = entities[triple["s"]], entities[triple["o"]]
            items.append(Item(
                subject=name_forms(s["type"], [s["name"], *s.get("aliases", [])]), predicate=triple["p"],
                object=name_forms(o["type"], [o["name"], *o.get("aliases", [])]),
                subject_type=s["type"], object_type=o["type"],
                shown=f"{s['name']} -{triple['p']}-> {o['name']}" + (f" [{triple['title']}]" if triple.get("title") else ""),
                evidence=triple.get("evidence", ""),
            ))
        gold[data["doc"]] = items
    return gold


def predicted_items(graphs: list[DocumentGraph]) -> dict[str, list[Item]]:
    predicted: dict[str, list[Item]] = {}
    for graph in graphs:
        entities = {e.key: e for e in graph.entities}
        items = []
        for triple in graph.triples:
            s, o = entities[triple.subject], entities[triple.object]
            items.append(Item(
                subject=name_forms(s.type, [s.label, *s.aliases]), predicate=triple.predicate,
                object=name_forms(o.type, [o.label, *o.aliases]), subject_type=s.type, object_type=o.type,
                shown=f"{s.label} -{triple.predicate}-> {o.label}" + (f" [{triple.title}]" if triple.title else ""),
                evidence=triple.evidence.sentence, confidence=triple.confidence, rule=triple.rule,
            ))
        predicted[graph.doc] = items
    return predicted


def predicted_items_from_table(rows: list[dict], entities: list[dict]) -> dict[str, list[Item]]:
    """Predicted triples read back from triples.jsonl (+ entities.jsonl for aliases)."""
    aliases = {(e["type"], e["label"]): e["aliases"] for e in entities}
    predicted: dict[str, list[Item]] = defaultdict(list)
    for row in rows:
        s_names = [row["subject"], *aliases.get((row["subject_type"], row["subject"]), [])]
        o_names = [row["object"], *aliases.get((row["object_type"], row["object"]), [])]
        predicted[row["doc"]].append(Item(
            subject=name_forms(row["subject_type"], s_names), predicate=row["predicate"],
            object=name_forms(row["object_type"], o_names), subject_type=row["subject_type"],
            object_type=row["object_type"], shown=f"{row['subject']} -{row['predicate']}-> {row['object']}",
            evidence=row["sentence"], confidence=float(row["confidence"]),
        ))
    return predicted


def _implied(item: Item, items: list[Item]) -> bool:
    """Company→Zone that follows from Company→Park and Park→Zone in the same list."""
    if item.predicate != "locatedIn" or item.subject_type != "Company" or item.object_type != "Zone":
        return False
    parks = [i.object for i in items if i.predicate == "locatedIn" and i.subject & item.subject and i.object_type == "Park"]
    return any(i.predicate == "partOf" and i.subject & park and i.object & item.object for park in parks for i in items)


def score_document(doc: str, gold: list[Item], predicted: list[Item]) -> DocumentScore:
    score = DocumentScore(doc=doc)
    unmatched = list(gold)
    for item in sorted(predicted, key=lambda i: -i.confidence):
        match = next((g for g in unmatched if item.matches(g)), None)
        if match is not None:
            unmatched.remove(match)
            score.true_positives.append(item)
        elif any(item.matches(g) for g in gold) or _implied(item, predicted) or _implied(item, gold):
            continue  # a duplicate of a matched gold triple, or an implied Company→Zone triple
        else:
            score.false_positives.append(item)
    score.false_negatives = [g for g in unmatched if not _implied(g, gold)]
    return score


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    documents: list[DocumentScore]
    missing: list[str]

    def counts(self, predicate: str | None = None) -> Counts:
        counts = Counts()
        for doc in self.documents:
            counts.tp += sum(1 for i in doc.true_positives if predicate in (None, i.predicate))
            counts.fp += sum(1 for i in doc.false_positives if predicate in (None, i.predicate))
            counts.fn += sum(1 for i in doc.false_negatives if predicate in (None, i.predicate))
        return counts

    def company_located(self) -> Counts:
        counts = Counts()
        for doc in self.documents:
            pick = lambda items: [i for i in items if i.predicate == "locatedIn" and i.subject_type == "Company"]  # noqa: E731
            counts.tp += len(pick(doc.true_positives))
            counts.fp += len(pick(doc.false_positives))
            counts.fn += len(pick(doc.false_negatives))
        return counts

    def bands(self) -> list[tuple[float, float, int, int]]:
        """(low, high, correct, total) for each confidence band."""
        edges = _cfg()["confidence_bands"] + [1.0001]
        rows = []
        for low, high in zip(edges, edges[1:]):
            right = sum(1 for d in self.documents for i in d.true_positives if low <= i.confidence < high)
            wrong = sum(1 for d in self.documents for i in d.false_positives if low <= i.confidence < high)
            rows.append((low, min(high, 1.0), right, right + wrong))
        return rows

    def rules(self) -> list[tuple[str, int, int, float]]:
        """(rule, correct, total, mean confidence given) per extraction rule: what calibration compares."""
        right: Counter = Counter()
        total: Counter = Counter()
        given: dict[str, list[float]] = defaultdict(list)
        for doc in self.documents:
            for items, correct in ((doc.true_positives, True), (doc.false_positives, False)):
                for item in items:
                    total[item.rule] += 1
                    right[item.rule] += correct
                    given[item.rule].append(item.confidence)
        return [(rule, right[rule], total[rule], sum(given[rule]) / len(given[rule])) for rule in sorted(total)]

    def table(self) -> list[tuple[str, Counts]]:
        rows = [(p, self.counts(p)) for p in PREDICATES]
        rows.insert(2, ("locatedIn (Company)", self.company_located()))
        rows.append(("overall", self.counts()))
        return rows

    def as_dict(self) -> dict:
        return {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                       "tp": c.tp, "fp": c.fp, "fn": c.fn} for name, c in self.table()}


def evaluate(gold: dict[str, list[Item]], predicted: dict[str, list[Item]]) -> Report:
    documents = [score_document(doc, items, predicted.get(doc, [])) for doc, items in sorted(gold.items())]
    return Report(documents=documents, missing=sorted(set(gold) - set(predicted)))
