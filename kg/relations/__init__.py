"""Extract triples between resolved mentions, each with its evidence and a confidence.

- leads / worksFor: an organisation + post chain + name (区党工委副书记、管委会主任韩玉科).
- locatedIn Company→Park|Zone: 位于 P 的 C, C 落户/入驻 P, P 引进 C; otherwise the zone of the article.
- partOf Park|GovernmentBody→Zone: the zone written before it, or the zone of its context.
- locatedIn Zone→Place: the city, county or province of the zone, where the article names it.
- implements Zone→Measure: the zone in effect where the measure is named.

One module per relation: posts (leads, worksFor), companies (Company locatedIn), parts (partOf),
places (Zone locatedIn), implements; common holds the collector and the compiled relation rules.
"""

from __future__ import annotations

from kg.lexicon import Lexicon
from kg.mentions import TokenIndex
from kg.models import AnalysedDocument
from kg.resolution import ZoneResolver
from kg.relations.common import TripleCollector
from kg.relations.companies import company_locations
from kg.relations.implements import zone_measures
from kg.relations.parts import parts_of_zones
from kg.relations.places import zone_places
from kg.relations.posts import appointments, posts_and_people


def extract_relations(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, index: TokenIndex) -> TripleCollector:
    collector = TripleCollector(doc)
    appointments(doc, lexicon, zones, collector)  # first: its titles, read after the name, are whole
    posts_and_people(doc, lexicon, zones, index, collector)
    company_locations(doc, zones, collector)
    parts_of_zones(doc, collector)
    zone_places(doc, lexicon, zones, collector)
    zone_measures(doc, zones, index, collector)
    return collector
