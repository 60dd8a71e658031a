"""implements Zone→Measure: the zone in effect where the measure is named, unless another actor (a
province, a city, a directive followed) issues it.
"""

from __future__ import annotations

import re

from kg.mentions import TokenIndex
from kg.models import AnalysedDocument, Mention, Sentence
from kg.normalise import clause_start, inside_book_title
from kg.resolution import ZoneResolver
from kg.resources import alternation, longest_first, rules
from kg.relations.common import CLAUSE_BREAK, SUBJECT_FOLLOWERS, TripleCollector, relation_rules


# Any kind of zone as written (高新区, 经济技术开发区, 综保区…).
ZONE_KINDS = re.compile(alternation(longest_first(kind for kind, _ in rules("entities")["zone"]["kinds"])))


def zone_measures(doc: AnalysedDocument, zones: ZoneResolver, index: TokenIndex, collector: TripleCollector) -> None:
    runs: dict[str, str] = {}  # the zone a measure was first found run by, in a sentence naming that zone
    for measure in [m for m in doc.mentions if m.type == "Measure"]:
        sentence = doc.sentence_at(measure.start)
        # A policy document's title names its zone inside it (广州开发区…行动方案): the zone issued it;
        # a title naming none (天津市…实施方案) is the city's.
        titled = measure.rule == "measure-title"
        names_zone = any(m.type == "Zone" and measure.start <= m.start and m.end <= measure.end for m in doc.mentions)
        if titled and not names_zone:
            continue
        if measure.rule == "measure-book" and _place_issues_title(doc, measure, index):
            continue  # 《钱塘区促进生物医药产业高质量发展三年行动计划》: a district's, city's or county's own document
        if not titled and _actor_is_not_a_zone(doc, measure, sentence):
            continue
        owner = _zone_in_brackets_after(doc, measure)
        named_here = zones.zone_at(measure.end if titled else measure.start, sentence.start)
        zone = owner.key if owner is not None else zones.zone_key_at(measure.end if titled else measure.start, sentence.start)
        if owner is None and named_here is None and measure.key in runs:
            zone = runs[measure.key]  # 在积极推进“闲置资源嫁接招商”的同时: the measure written again is still that zone's
        elif named_here is not None:
            runs.setdefault(measure.key, zone)
        # 《西宁经济技术开发区 青海国家高新技术产业开发区促进…行动方案》: every zone a document's title names issued it.
        issuers = {m.key for m in doc.mentions if measure.rule == "measure-book" and m.type == "Zone" and not m.anaphoric
                   and m.key and len(m.text) >= 4 and m.text in measure.text}
        issuers |= _zones_joined_before(doc, measure) if owner is None and not titled else set()
        for key in sorted(issuers | {zone}):
            collector.add(key, "implements", measure, (measure.start, measure.end), measure.confidence, measure.rule)


def _zones_joined_before(doc: AnalysedDocument, measure: Mention) -> set[str]:
    """北京经开区和重庆高新区等也加入到“链长制”实践队伍: zones joined by 和、与、及 as the clause's subject all run the measure."""
    text = doc.norm.text
    opening = clause_start(text, measure.start, CLAUSE_BREAK)
    zones = sorted((m for m in doc.mentions if m.type == "Zone" and not m.anaphoric and m.key
                    and opening <= m.start and m.end <= measure.start), key=lambda m: m.start)
    joined = [pair for pair in zip(zones, zones[1:]) if text[pair[0].end : pair[1].start] in relation_rules()["zone_joiners"]]
    return {m.key for pair in joined for m in pair}


def _place_issues_title(doc: AnalysedDocument, measure: Mention, index: TokenIndex) -> bool:
    """《钱塘区促进…行动计划》: a title opening with a place (one the tagger reads as a place and ending like a
    division, when the lexicon does not know it) and naming no kind of zone is that place's document."""
    title = measure.text
    if ZONE_KINDS.search(title):
        return False
    opening = measure.start + 1
    if any(m.type == "Place" and m.start == opening for m in doc.mentions):
        return True
    token = index.token_at(opening)
    return (token is not None and token[1].start == opening and token[1].tag == "LOC"
            and token[1].text.endswith(tuple(rules("entities")["place"]["division_words"])))


def _zone_in_brackets_after(doc: AnalysedDocument, measure: Mention) -> Mention | None:
    """“区政合一、一区多园”管理模式（常州高新技术产业开发区）: a zone named in brackets right after a measure
    (after at most a few characters of its head) is the zone that runs it."""
    text = doc.norm.text
    opening = text.find("（", measure.end, measure.end + relation_rules()["owner_bracket_gap"] + 1)
    if opening < 0 or not re.fullmatch(r"[\u4e00-\u9fff]*", text[measure.end : opening]):
        return None
    return next((m for m in doc.mentions if m.type == "Zone" and not m.anaphoric and opening + 1 in (m.start, m.written_from)
                 and text.startswith("）", m.end)), None)


def _actor_is_not_a_zone(doc: AnalysedDocument, measure: Mention, sentence: Sentence) -> bool:
    """彭州市深入实施“建圈强链”, 温县将坚持营造“…”: the nearest actor before the measure, in its clause,
    is a city or county, so the slogan is theirs. Not when the place is coordinated with the zone
    (清远高新区、清城区先行先试) or only says where (率先在清远市设立)."""
    cfg = relation_rules()
    text = doc.norm.text
    opening = clause_start(text, measure.start, "；", floor=sentence.start)
    # A place inside a document's title (结合《中共韶关市委…意见》，出台…) names the title's issuer, not an actor.
    before = [(m.start, m.end, m.type) for m in doc.mentions if opening <= m.start and m.end <= measure.start
              and not inside_book_title(text, m.start, m.end)]
    # ，白泽湖乡将秉持“…”: a town or village the tagger finds as the subject of a clause (opening it,
    # then a verb or adverb) is a place that acts, too.
    tokens = doc.tokens[sentence.index]
    before += [(t.start, t.end, "Place") for t, following in zip(tokens, tokens[1:])
               if t.tag == "LOC" and t.text.endswith(cfg["town_suffixes"]) and opening <= t.start and t.end <= measure.start
               and (t.start == sentence.start or text[t.start - 1] in CLAUSE_BREAK) and following.tag in SUBJECT_FOLLOWERS]
    # 是我市…开展“决战四季度”攻坚行动的生动体现, 省委、省政府实施“壮腰工程”: the article's own city (我市, 该县)
    # and the party committees and governments above the zone act, too.
    local = re.compile(alternation(rules("entities")["zone"]["local_place_words"]))
    before += [(m.start(), m.end(), "Place") for m in local.finditer(text, opening, measure.start)]
    # … and an organ right before a verb of running the measure (not 落实市委、市政府决策部署, an object).
    doing = tuple(rules("measures")["triggers"])
    organs = re.compile(alternation(cfg["foreign_organs"]))
    before += [(m.start(), m.end(), "Place") for m in organs.finditer(text, opening, measure.start)
               if text.startswith(doing, m.end() + (len(cfg["joint_acting"]) if text.startswith(cfg["joint_acting"], m.end()) else 0))]
    # 市港口口岸局与海关…推进口岸流程改革: a body of the city (or county, or province) opening a clause acts, too.
    before += [(m.start(), m.end(), "Place") for m in cfg["city_body_re"].finditer(text, opening, measure.start)
               if m.start() == opening or text[m.start() - 1] in CLAUSE_BREAK]
    if _document_acts(text, opening, sentence):
        return True
    # 按照河南省开发区“三化三制”改革工作部署，形成“…”: a place inside the directive the zone follows does not act.
    directives = [m.span() for m in cfg["directive_re"].finditer(text, opening, measure.start)]
    before = [a for a in before if not any(d0 <= a[0] and a[1] <= d1 for d0, d1 in directives)]
    # (a span inside a longer one is part of it; of two on the same span — 商务部 found as a body and as an organ
    # acting — the organ that acts speaks)
    actors = [a for a in before if a[2] in ("Zone", "Place", "Company", "Park", "GovernmentBody")
              and not any(o[:2] != a[:2] and o[0] <= a[0] and a[1] <= o[1] for o in before)
              and (a[2] not in cfg["clause_subject_actors"] or a[0] == sentence.start or text[a[0] - 1] in "，,；：\n")]
    if not actors:
        return False
    start, end, kind = max(actors, key=lambda a: (a[1], a[2] in cfg["foreign_actors"]))
    # (coordinated with the zone: 清城区、清远高新区先行先试, 乌鲁木齐高新区与新市区实行; not 市港口口岸局与海关…推进)
    coordinators = tuple(rules("measures")["coordinators"])
    after_a_zone = any(m.type == "Zone" and not m.anaphoric and text[m.end : start] in coordinators for m in doc.mentions)
    coordinated = (text.startswith(coordinators, end) or after_a_zone) and any(
        m.type == "Zone" and opening <= m.start < measure.start for m in doc.mentions)
    located = (text[max(0, start - 1) : start] in cfg["locative_prepositions"] and not text.endswith(tuple(cfg["not_prepositions"]), 0, start)
               or text.endswith(tuple(cfg["place_object_verbs"]), 0, start))
    return (kind in cfg["foreign_actors"] and not coordinated and not located
            and text[start:end] not in _places_that_are_the_zone(doc))


def _document_acts(text: str, opening: int, sentence: Sentence) -> bool:
    """《方案》对链长制工作推进机制进行了优化：构建“…”: a clause whose subject is a document, written out in full
    earlier with no kind of zone in its title (《市重点工业产业生态链链长制优化调整方案》), speaks of what the
    document's issuer does, not the zone."""
    subject = re.match(r"\s*《([^《》]{1,60})》", text[opening : sentence.end])
    if subject is None:
        return False
    titles = [t for t in re.findall(r"《([^《》]{2,60})》", text[:opening]) if t.endswith(subject.group(1))]
    return bool(titles) and not ZONE_KINDS.search(titles[-1])


def _places_that_are_the_zone(doc: AnalysedDocument) -> set[str]:
    """东西湖区（武汉临空港经济技术开发区）: a district written with a zone in brackets right after it is
    run as one with the zone, so what the district does the zone does."""
    text = doc.norm.text
    zone_starts = {start for m in doc.mentions if m.type == "Zone" and not m.anaphoric for start in (m.start, m.written_from)}
    return {m.text for m in doc.mentions if m.type == "Place" and text[m.end : m.end + 1] == "（" and m.end + 1 in zone_starts}
