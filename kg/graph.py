"""Merge per-document graphs into one knowledge graph.

Entities with the same key are one node. Across documents a company, person or measure written
only in its short form in one article joins the node whose alias it is in another (神鹰化工 ↔
神鹰化工科技有限公司). Zones, parks and bodies merge by key only: their keys already carry the
zone, so two articles' "管委会" or "高新区" never merge unless they are the same zone's.
A triple whose subject or object type the ontology's domain or range does not allow is set aside
as rejected, with its evidence, instead of being asserted.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pydantic import BaseModel

from kg import ontology
from kg.models import DocumentGraph, Entity, RejectedTriple, Triple

# Types whose short names are unambiguous enough to merge across documents by alias.
ALIAS_MERGED_TYPES = {"Company", "Measure", "Person"}


class KnowledgeGraph(BaseModel):
    entities: dict[str, Entity]
    triples: list[Triple]
    documents: list[str]
    rejected: list[RejectedTriple] = []

    def label(self, key: str) -> str:
        return self.entities[key].label

    def kind(self, key: str) -> str:
        return self.entities[key].type


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, keep: str, other: str) -> None:
        keep_root, other_root = self.find(keep), self.find(other)
        if keep_root != other_root:
            self.parent[other_root] = keep_root


def merge_documents(graphs: list[DocumentGraph], min_confidence: float = 0.0) -> KnowledgeGraph:
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for graph in graphs:
        for entity in graph.entities:
            by_key[entity.key].append(entity)

    groups = _UnionFind()
    label_owner: dict[tuple[str, str], str] = {}
    # Longest labels first, so a short form joins the full name rather than the other way round.
    for key in sorted(by_key, key=lambda k: -len(by_key[k][0].label)):
        entity = by_key[key][0]
        groups.find(key)
        if entity.type not in ALIAS_MERGED_TYPES:
            continue
        owner = label_owner.get((entity.type, entity.label))
        if owner is not None:
            groups.union(owner, key)
            continue
        label_owner[(entity.type, entity.label)] = key
        for alias in {a for e in by_key[key] for a in [*e.aliases, *e.short_forms]}:
            label_owner.setdefault((entity.type, alias), key)

    members: dict[str, list[Entity]] = defaultdict(list)
    for key, entities in by_key.items():
        members[groups.find(key)].extend(entities)
    merged = {root: _merge_entities(root, entities) for root, entities in members.items()}

    triples: list[Triple] = []
    rejected: list[RejectedTriple] = []
    seen: set[tuple[str, str, str, str]] = set()
    for graph in graphs:
        for triple in graph.triples:
            if triple.confidence < min_confidence:
                continue
            subject, obj = groups.find(triple.subject), groups.find(triple.object)
            row = (subject, triple.predicate, obj, triple.evidence.doc)
            if row in seen or subject == obj:
                continue
            seen.add(row)
            triple = triple.model_copy(update={"subject": subject, "object": obj})
            subject_type, object_type = merged[subject].type, merged[obj].type
            violation = ontology.check(subject_type, triple.predicate, object_type)
            if violation is None:
                triples.append(triple)
            else:
                rejected.append(RejectedTriple(triple=triple, subject_type=subject_type, object_type=object_type,
                                               reason=f"{triple.predicate}: {violation}"))
    used = {t.subject for t in triples} | {t.object for t in triples} | {g.main_zone for g in graphs if g.main_zone}
    entities = {key: merged[key] for key in sorted(used) if key in merged}
    return KnowledgeGraph(entities=entities, triples=triples, documents=[g.doc for g in graphs], rejected=rejected)


def _merge_entities(key: str, entities: list[Entity]) -> Entity:
    labels = Counter(e.label for e in entities)
    label = max(labels, key=lambda text: (labels[text], len(text)))
    aliases = sorted({a for e in entities for a in [e.label, *e.aliases]} - {label})
    docs = sorted({d for e in entities for d in e.docs})
    shorts = sorted({s for e in entities for s in e.short_forms})
    return Entity(key=key, type=entities[0].type, label=label, aliases=aliases, docs=docs, short_forms=shorts)
