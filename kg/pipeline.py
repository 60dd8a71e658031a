"""Run the stages over one document: normalise → sentences → tags → mentions → resolution → relations.

`extract_document` looks at nothing but its own document, so documents can be processed in any
order, in parallel, or again one at a time when a single article changes.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import Lexicon
from kg.measures import find_measures, inside_quoted_measure
from kg.mentions import (
    TokenIndex, declared_short_zones, find_organisations, find_people, find_places, find_user_names, find_zone_counties, find_zones,
    bare_kinds_as_parks, park_word_before_committees, people_opening_company_names, park_word_for_the_zone, parks_run_as_zones,
)
from kg.models import AnalysedDocument, DocumentGraph, Entity, Mention, RawDocument
from kg.normalise import normalise, strip_marks
from kg.relations import extract_relations
from kg.resolution import resolve, short_forms
from kg.sentences import split_sentences
from kg.tagger import tag_sentences


def analyse(raw: RawDocument, lexicon: Lexicon) -> tuple[AnalysedDocument, TokenIndex | None]:
    """Normalise, split and tag a document, then find its mentions."""
    norm = normalise(raw.text)
    doc = AnalysedDocument(raw=raw, norm=norm, sentences=split_sentences(norm))
    if not doc.sentences:
        return doc, None
    doc.tokens = tag_sentences(doc.sentences)
    index = TokenIndex(doc)
    places = find_places(doc, lexicon)
    zones = find_zones(doc, lexicon, places, index)
    zones += declared_short_zones(doc.norm.text, zones)
    zones += park_word_before_committees(doc.norm.text, zones)
    places += find_zone_counties(doc, lexicon, zones)
    user_names = find_user_names(doc, lexicon)
    zones, bare_kind_parks = bare_kinds_as_parks(zones)
    organisations = find_organisations(doc, lexicon, zones, index) + bare_kind_parks
    parks_as_zones = parks_run_as_zones(doc.norm.text, zones, organisations, index)
    if parks_as_zones:
        # 河源江东新区产业转移工业园 run by its own committee: the new area inside its name is part of that name.
        zones = [z for z in zones if not any(p.start <= z.start and z.end <= p.end and p.end - p.start > z.end - z.start
                                             for p in parks_as_zones)] + parks_as_zones
        places += find_zone_counties(doc, lexicon, parks_as_zones)
        organisations = find_organisations(doc, lexicon, zones, index) + bare_kind_parks
    # 台州湾循环经济产业集聚区, read as a trade's park where its kind stands bare: named elsewhere as a
    # zone, it is that zone.
    zone_names = {z.text for z in zones if not z.anaphoric}
    organisations = [m for m in organisations if not (m.type == "Park" and m.text in zone_names)]
    # 宽甸经济开发区城南高新技术产业园: a zone's kind written bare at the end of a park's name is part of it.
    parks = [m for m in organisations if m.type == "Park"]
    zones = [z for z in zones if not (z.rule == "zone-bare" and any(p.start < z.start and z.end <= p.end for p in parks))]
    zones = zones + park_word_for_the_zone(doc.norm.text, zones, organisations, index)
    doc.mentions = places + zones
    measures = find_measures(doc)
    organisations = [m for m in organisations if not inside_quoted_measure(m, measures)]
    people, short_companies = people_opening_company_names(doc.norm.text, find_people(doc, index, lexicon), organisations)
    organisations += short_companies
    doc.mentions += _without_overlap(user_names + organisations + people, zones) + measures
    # 许金华董事长: a place read inside a person's name (金华) is no place the article speaks of.
    doc.mentions = [m for m in doc.mentions if not (m.type == "Place" and any(p.start <= m.start and m.end <= p.end for p in people))]
    return doc, index


def _without_overlap(mentions: list[Mention], zones: list[Mention]) -> list[Mention]:
    """User lexicon names first, then the others where they do not cut across a kept span."""
    kept: list[Mention] = []
    for mention in mentions:
        clash = any(m.start < mention.end and mention.start < m.end and not (m.start <= mention.start and mention.end <= m.end)
                    for m in kept)
        inside_zone = any(z.start <= mention.start and mention.end <= z.end for z in zones)
        if not clash and not inside_zone and not any(m.start == mention.start and m.end == mention.end for m in kept):
            kept.append(mention)
    return kept


def extract_document(raw: RawDocument, lexicon: Lexicon) -> DocumentGraph:
    doc, index = analyse(raw, lexicon)
    if index is None:
        return DocumentGraph(doc=raw.id, entities=[], triples=[])
    zones = resolve(doc, lexicon)
    collector = extract_relations(doc, lexicon, zones, index)
    triples = list(collector.triples.values())
    wanted = {t.subject for t in triples} | {t.object for t in triples} | ({doc.main_zone} - {None})
    entities = _entities(doc, wanted, zones, lexicon)
    return DocumentGraph(doc=raw.id, main_zone=doc.main_zone, entities=entities, triples=triples)


def _entities(doc: AnalysedDocument, wanted: set[str], zones, lexicon: Lexicon) -> list[Entity]:
    surfaces: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    for mention in doc.mentions:
        if mention.key not in wanted:
            continue
        types[mention.key] = mention.type
        labels.setdefault(mention.key, mention.label or mention.text)
        if not mention.anaphoric:
            surfaces[mention.key].add(_clean_surface(mention.text))
        if mention.written_from >= 0:
            surfaces[mention.key].add(_clean_surface(doc.norm.text[mention.written_from : mention.end]))
    # 豫东南高新技术产业开发区党工委书记、管委会主任: a zone's committee written by its word alone is named, as its label
    # is, after the zone — under each name the article writes the zone with.
    for key in wanted:
        owner, _, word = key.removeprefix("GovernmentBody:").partition("/")
        if key.startswith("GovernmentBody:") and word and f"Zone:{owner}" in surfaces:
            surfaces[key] |= {name + word for name in surfaces[f"Zone:{owner}"] if not name.endswith(word)}
    entities = []
    for key in wanted:
        kind = types.get(key) or key.split(":", 1)[0]
        label = zones.label(key) if kind == "Zone" else labels.get(key, key.split(":", 1)[1])
        label = label or key.split(":", 1)[1]
        aliases = sorted(s for s in surfaces.get(key, set()) if s and s != label)
        shorts = sorted(short_forms(label, lexicon)) if kind == "Company" else []
        entities.append(Entity(key=key, type=kind, label=label, aliases=aliases, docs=[doc.raw.id], short_forms=shorts))
    return sorted(entities, key=lambda e: e.key)


def _clean_surface(text: str) -> str:
    return strip_marks(text)
