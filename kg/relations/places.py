"""locatedIn Zone→Place: the city, county or province of the zone, where the article names it.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, Place
from kg.mentions import CJK
from kg.models import AnalysedDocument, Mention
from kg.normalise import clause_end
from kg.resolution import ZoneResolver
from kg.resources import rules
from kg.relations.common import CLAUSE_BREAK, ORGANISATION_TYPES, TripleCollector, relation_rules


def zone_places(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, collector: TripleCollector) -> None:
    confidence = relation_rules()["confidence"]
    zone_mentions = [m for m in doc.mentions if m.type == "Zone"]
    # A park written after its address (上海市金山区枫泾工业园区) holds that address as its own.
    # A zone's span takes in the district written in brackets after its name (开发区（头屯河区）), which says where it is.
    organisations = [(m.written_from if m.type == "Park" and m.place else m.start,
                      _name_end(m) if m.type == "Zone" and not m.anaphoric else m.end, m.type)
                     for m in doc.mentions if m.type in ORGANISATION_TYPES]
    # Names the tagger marks as organisations (黑龙江日报, 山东省人社厅) though no rule typed them.
    organisations += [(t.start, t.end, "ORG") for sentence in doc.tokens for t in sentence if t.tag == "ORG"]
    # A place inside an organisation's name (平顶山市友腾…公司) says where that organisation is; it names
    # the zone's city only when the article also speaks of "our city" (我市). A district or province
    # before 委 or 政府 (白云区委书记) is that place's own party committee or government, not where the zone
    # is; a city's (滨州市委副书记, 镇江市政府赋权镇江经开区) names the city the article is about, and so does
    # the government of the county a zone is named after (来源:沭阳县人民政府 … 沭阳经开区).
    local_city = zones.speaks_of_a_city
    home_places = [home for key in {m.key for m in zone_mentions} if (home := zones.home(key)) is not None]
    homes = {home.name for home in home_places}
    home_provinces = {home.province for home in home_places}
    approving = relation_rules()["approving_government_re"]
    places = []
    for mention in (m for m in doc.mentions if m.type == "Place"):
        admin = lexicon.place(mention.place)
        inside = [kind for start, end, kind in organisations
                  if start <= mention.start and mention.end <= end and end - start > mention.end - mention.start]
        # 四川德阳高新技术产业园, 连云港市东海经济开发区: a place written right before a zone is where it is.
        before_zone = any(z.start == mention.end for z in zone_mentions)
        committee = doc.norm.text.startswith(("委", "政府", "人民政府"), mention.end)
        home_government = committee and (admin.level == "city" or admin.name in homes or (
            admin.name in home_provinces and approving.match(doc.norm.text, mention.end))) and "Zone" not in inside
        if not home_government and ("Zone" in inside or (inside and not before_zone and (admin.level == "province" or not local_city))):
            continue
        if committee and not home_government:
            continue
        if _bracketed_after_name(doc.norm.text, mention, zone_mentions):
            continue
        if doc.norm.text.startswith(tuple(relation_rules()["place_name_continuations"]), mention.end):
            continue  # 枞阳在线, 合肥高新发布, 繁峙经开: the place opens a medium's or a zone's short name
        places.append(mention)
    for zone, place in _places_said_of_zones(doc, zone_mentions):
        collector.add(zone.key, "locatedIn", place, (zone.start, place.end), confidence["zone_in_place"], "zone-said-in-place")
    for place in _labelled_places(doc) if doc.main_zone else []:
        collector.add(doc.main_zone, "locatedIn", place, (place.start, place.end), confidence["zone_in_place"], "zone-said-in-place")
    for key in sorted({m.key for m in zone_mentions} | ({doc.main_zone} - {None})):  # sorted: the same output every run
        root = re.sub(r"^Zone:", "", key)
        place = zones.home(key)
        if place is None and key == doc.main_zone and zones.city is not None and (
            zones.speaks_of_a_city or _named_as_home(doc, lexicon, zones.city, places)
        ):
            place = zones.city
        if place is None or not root:
            continue
        belongs = {place.name, place.city, place.province} - {""}
        city = place.city or place.name
        for mention in places:
            admin = lexicon.place(mention.place)
            if admin is None:
                continue
            if admin.name in belongs:
                collector.add(key, "locatedIn", mention, (mention.start, mention.end), confidence["zone_in_place"], "zone-in-place")
            elif admin.level == "county" and admin.city == city and place.level != "county" and _written_with_zone(
                doc, mention, [z for z in zone_mentions if z.key == key]
            ):
                # 信都区龙冈经济开发区, 辽阳经济开发区（太子河区）: a district of the zone's city written with it.
                collector.add(key, "locatedIn", mention, (mention.start, mention.end), confidence["zone_in_district"], "zone-in-district")


def _places_said_of_zones(doc: AnalysedDocument, zone_mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """明水经开区位于济南市东部, 明水经开区是济南市唯一的国家级经济技术开发区: what the sentence says of
    a named zone's place."""
    text = doc.norm.text
    cfg = relation_rules()
    kinds = tuple(k for k, _ in rules("entities")["zone"]["kinds"])
    places = {m.start: m for m in doc.mentions if m.type == "Place"}
    said = []
    for zone in (z for z in zone_mentions if not z.anaphoric):
        # (广西-东盟经济技术开发区（以下简称“东盟经开区”）位于…: a bracketed note after the name is passed over.)
        after = zone.end + (note.end() if (note := re.match(r"（[^（）]{0,20}）", text[zone.end :])) else 0)
        verb = next((v for v in cfg["zone_place_verbs"] + cfg["zone_place_copulas"] if text.startswith(v, after)), "")
        place = places.get(after + len(verb)) if verb else None
        if verb in cfg["zone_place_verbs"]:
            # 位于中国绿城-广西首府南宁市武鸣区: the places a few words of description after the verb, in its clause.
            end = min(clause_end(text, after, CLAUSE_BREAK), after + len(verb) + cfg["zone_place_reach"])
            said += [(zone, p) for start, p in sorted(places.items()) if after + len(verb) <= start and p.end <= end]
            continue
        if place is None:
            continue
        if verb in cfg["zone_place_copulas"] and not any(k in text[place.end : clause_end(text, place.end)] for k in kinds):
            continue
        said.append((zone, place))
    # 坐落在金乡县的济宁市化学工业经济技术开发区: the place said first, then 的 and the zone.
    zone_at = {start: z for z in zone_mentions if not z.anaphoric for start in (z.start, z.written_from) if start >= 0}
    for place in places.values():
        if text.endswith(tuple(cfg["zone_place_verbs"]), 0, place.start) and text.startswith("的", place.end) and place.end + 1 in zone_at:
            said.append((zone_at[place.end + 1], place))
        # 江西省南昌县（小蓝经开区）: a place written with its zone in brackets is run with it, so the zone is there.
        bracketed = zone_at.get(place.end + 1) if text.startswith("（", place.end) else None
        if bracketed is not None and text.startswith("）", bracketed.end):
            said.append((bracketed, place))
    return said


def _labelled_places(doc: AnalysedDocument) -> list[Mention]:
    """所属地区：浙江: a page's label saying where the article's matter is names the main zone's place."""
    text = doc.norm.text
    labels = tuple(label + mark for label in relation_rules()["place_labels"] for mark in "：:")
    return [m for m in doc.mentions if m.type == "Place" and text.endswith(labels, 0, m.start)
            and clause_end(text, m.end, CLAUSE_BREAK + " ", len(text)) == m.end]


def _bracketed_after_name(text: str, place: Mention, zone_mentions: list[Mention]) -> bool:
    """康硕（山西）, 英东（唐山）科技: a place in brackets right after a name other than a zone's is part of
    that name (the tagger often misses it), not where the zone is."""
    opening = place.start - 1
    return (text[opening : place.start] == "（" and text[place.end : place.end + 1] == "）" and opening > 0
            and CJK.match(text[opening - 1]) is not None and not any(_name_end(z) == opening for z in zone_mentions))


def _name_end(zone: Mention) -> int:
    """Where a zone's name ends: its mention also takes in a district written in brackets after it (开发区（头屯河区）)."""
    return zone.start + len(zone.text)


def _named_as_home(doc: AnalysedDocument, lexicon: Lexicon, city: Place, places: list[Mention]) -> bool:
    """Whether an article about a zone its name places nowhere names the city (or a county of it) on its
    own in at least two sentences — not in a list of cities the zone courts (深耕深圳、北京、上海等)."""
    text = doc.norm.text
    starts, ends = {m.start for m in places}, {m.end for m in places}
    # (扎根东台、做大做强: a 、 with no place beside it lists no cities.)
    listed = {m.start for m in places if (text[m.end : m.end + 1] == "、" and m.end + 1 in starts)
              or (text[m.start - 1 : m.start] == "、" and m.start - 1 in ends)}
    sentences = {doc.sentence_at(m.start).index for m in places
                 if city.name in ((admin := lexicon.place(m.place)).name, admin.city) and m.start not in listed}
    return len(sentences) >= 2


def _written_with_zone(doc: AnalysedDocument, district: Mention, zone_mentions: list[Mention]) -> bool:
    """信都区龙冈经济开发区, 广州市黄埔区 广州开发区 (a space between), 辽阳经济开发区（太子河区）, 龙海市的角美工业综合开发区 —
    not a district in brackets that only names a body the zone and it run together (清远高新区（清城区）政务服务中心)."""
    text = doc.norm.text
    joint_body = text.startswith(tuple(rules("entities")["body"]["suffixes"]), district.end + 1)
    # (市府驻地离石区“吕梁高新技术产业开发区”: the zone's name quoted right after it.)
    return any(z.start == district.end or text[district.end : z.start] in (" ", "\u3000", "的", "“")
               or text[_name_end(z) : district.start] == "（" and not joint_body for z in zone_mentions)
