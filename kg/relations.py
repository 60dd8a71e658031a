"""Extract triples between resolved mentions, each with its evidence and a confidence.

- leads / worksFor: an organisation + post chain + name (区党工委副书记、管委会主任韩玉科).
- locatedIn Company→Park|Zone: 位于 P 的 C, C 落户/入驻 P, P 引进 C; otherwise the zone of the article.
- partOf Park|GovernmentBody→Zone: the zone written before it, or the zone of its context.
- locatedIn Zone→Place: the city, county or province of the zone, where the article names it.
- implements Zone→Measure: the zone in effect where the measure is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import Lexicon, Place
from kg.mentions import (
    BRACKET_CLOSE, BRACKET_OPEN, CJK, DISTRICT_WORD, ENGINEERING_BUREAU, NAME_TAGS, ASSEMBLIES_BEFORE_ZONE, BUREAU_BEFORE_ZONE, ZONE_ASIDE, ZONE_OBJECT_VERBS, TokenIndex,
    end_of_kind_word, generic_company_name, is_province, joint_unit_after, leader_pattern, park_suffixes, staff_attend,
)
from kg.models import AnalysedDocument, Evidence, Mention, Sentence, Triple
from kg.normalise import clause_end, clause_start, inside_book_title, original_span
from kg.resolution import ZoneResolver
from kg.resources import alternation, longest_first, rules

ORGANISATION_TYPES = ("Company", "Zone", "Park", "GovernmentBody")

CLAUSE_BREAK = "，。；：！？“”\n"
# Tags of the word after a clause's subject: a verb, an adverb or a preposition (白泽湖乡将…).
SUBJECT_FOLLOWERS = {"v", "d", "ad", "p"}
SKIP_LEADING_TAGS = {"p", "v", "d", "c", "u", "r", "w", "TIME", "m", "q", "f", "ad", "vd", "xc"}
# A short name in brackets after an organisation (（浙能集团）): words only, no marks.
LOCATIVE = "在"
TOPIC_OPENING_MAX = 3  # 其中，P…: at most this many characters before a place that opens its clause as its subject
# Aspect marks after a verb that say it is done (专访了).
DONE_MARKS = ("了",)
SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")
# Any kind of zone as written (高新区, 经济技术开发区, 综保区…).
ZONE_KINDS = re.compile(alternation(longest_first(kind for kind, _ in rules("entities")["zone"]["kinds"])))


@cache
def _cfg() -> dict:
    cfg = dict(rules("relations"))
    entities = rules("entities")
    cfg["committees"] = tuple(longest_first(entities["body"]["zone_committees"]))
    cfg["touring_party_re"] = re.compile(f"(?:{alternation(cfg['touring_parties'])})(?:先后|依次|分别)?(?:{alternation(cfg['touring_verbs'])})了?[^。；]*$")
    cfg["tour_list_re"] = re.compile(f"等[^，。；]{{0,12}}?(?:{alternation(cfg['tour_list_heads'])})[^，。；]{{0,12}}?(?:{alternation(cfg['tour_list_verbs'])})")
    cfg["committee_party_groups"] = tuple(entities["body"]["committee_party_groups"])
    cfg["national"] = tuple(entities["body"]["national_prefixes"] + entities["body"]["national_organs"])
    cfg["outside"] = tuple(entities["body"]["outside_prefixes"]) + cfg["national"]
    cfg["foreign_organs"] = cfg["foreign_organs"] + entities["body"]["national_organs"]
    cfg["city_body_re"] = re.compile(f"(?:{alternation(cfg['city_owned_openers'])})[\u4e00-\u9fff]{{1,{cfg['city_body_max']}}}?"
                                     f"(?:{alternation(longest_first(entities['body']['suffixes']))})")
    cfg["national_agencies"] = tuple(entities["body"]["national_agencies"])
    cfg["body_suffixes"] = tuple(entities["body"]["suffixes"])
    cfg["company_suffixes"] = tuple(entities["company"]["suffixes"])
    cfg["park_words"] = tuple(entities["park"]["suffixes"] + entities["park"]["committee_park_words"])
    cfg["town_suffixes"] = tuple(cfg["town_suffixes"])
    cfg["alias_note_openers"] = tuple(cfg["alias_note_openers"])
    cfg["clause_locate_re"] = re.compile(alternation(cfg["clause_locate_verbs"]))
    cfg["guests_attend_re"] = re.compile(f"(?:{alternation(cfg['guest_words'])})[^，。；]{{0,4}}?(?:{alternation(cfg['attending_verbs'])})")
    # 安徽大梁机械有限公司，由…投资: a sentence opening with a company's full name and a comma.
    cfg["company_opening_re"] = re.compile(f"[^，。；,]{{2,30}}?(?:{alternation(entities['company']['suffixes'])})[，,]")
    cfg["directive_re"] = re.compile(f"(?:{alternation(cfg['directive_openers'])})[^，。；]*?(?:{alternation(cfg['directive_closers'])})")
    cfg["members_lead_re"] = re.compile(
        f"(?:内|里|中)?的?[\u4e00-\u9fff]{{0,{cfg['members_max_descriptor']}}}?(?:{alternation(cfg['members_heads'])})"
        f"(?:{alternation(cfg['members_openers'])})?"
    )
    cfg["members_list_opener_re"] = re.compile(
        f"(?:{alternation(cfg['members_heads'])})"
        f"(?:{alternation([o for o in cfg['members_openers'] if not CJK.search(o)])}"
        f"|[\u4e00-\u9fff]{{0,{cfg['members_bracket_gap']}}}{cfg['members_list_bracket']})$"
    )
    # 该园区已集聚包括 C、D 等企业: the place's own verb of gathering companies, then the list.
    cfg["collects_lead_re"] = re.compile(
        f"[\u4e00-\u9fff]{{0,{cfg['members_max_descriptor']}}}?(?:{alternation(cfg['introduce_verbs'])})[了着]?"
        f"(?:{alternation(entities['company']['list_openers'])})?"
    )
    cfg["tour_re"] = re.compile(f"(?:{alternation(cfg['tour_verbs'])})(?:{alternation(cfg['tour_adverbs'])})?$")
    cfg["bare_park_words"] = tuple(entities["park"]["committee_any_park_forms"])
    # Words that, after a city, open a zone's or park's short name (苏州|园区招商局), not a city's body.
    cfg["zone_words_after_city"] = tuple(kind for kind, _ in entities["zone"]["kinds"]) + cfg["bare_park_words"]
    cfg["anaphors"] = {
        "Company": tuple(entities["company"]["anaphors"]),
        "Park": tuple(entities["park"]["anaphors"]),
        "GovernmentBody": tuple(entities["body"]["anaphors"]),
    }
    return cfg


def _company_department(doc: AnalysedDocument, body: Mention, cfg: dict) -> tuple[Mention, str] | None:
    """The company a "body" opens with and the department that follows it (久信科技 + 综合管理部), if any."""
    for company in (m for m in doc.mentions if m.type == "Company"):
        for name in {company.text, company.label}:
            if name and body.text.startswith(name) and re.fullmatch(cfg["company_department"], body.text[len(name) :]):
                return company, body.text[len(name) :]
    return None


def _national(body: str) -> bool:
    """A ministry's or the state's agency's body (农业部科技发展中心, 北京海关企业管理处): nothing of the zone's."""
    cfg = _cfg()
    return body.startswith(cfg["national"]) or any(agency in body for agency in cfg["national_agencies"])


class TripleCollector:
    """Builds triples with evidence; keeps one row per (subject, predicate, object) per document."""

    def __init__(self, doc: AnalysedDocument):
        self.doc = doc
        self.triples: dict[tuple[str, str, str], Triple] = {}

    def add(self, subject: Mention | str, predicate: str, obj: Mention | str, span: tuple[int, int],
            confidence: float, rule: str, title: str = "") -> None:
        subject_key = self._key(subject)
        object_key = self._key(obj)
        if not subject_key or not object_key or subject_key == object_key:
            return
        sentence = self.doc.sentence_at(span[0])
        start, end = original_span(self.doc.norm, span[0], span[1])
        evidence = Evidence(doc=self.doc.raw.id, sentence=self.surface(sentence.start, sentence.end), start=start, end=end)
        triple = Triple(subject=subject_key, predicate=predicate, object=object_key, title=title,
                        evidence=evidence, confidence=round(confidence, 3), rule=rule)
        current = self.triples.get((subject_key, predicate, object_key))
        if current is None or triple.confidence > current.confidence:
            self.triples[(subject_key, predicate, object_key)] = triple

    @staticmethod
    def _key(item: Mention | str) -> str:
        return item.key if isinstance(item, Mention) else item

    def surface(self, start: int, end: int) -> str:
        """The original characters behind a normalised span (dropped line breaks stay dropped)."""
        original = self.doc.raw.text
        return "".join(original[i] for i in self.doc.norm.offsets[start:end])


@dataclass
class Segment:
    """One 'organisation + post' part of a post chain."""

    start: int
    post_start: int
    end: int
    organisation: str
    post: str


def extract_relations(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, index: TokenIndex) -> TripleCollector:
    collector = TripleCollector(doc)
    _appointments(doc, lexicon, zones, collector)  # first: its titles, read after the name, are whole
    _posts_and_people(doc, lexicon, zones, index, collector)
    _company_locations(doc, zones, collector)
    _parts_of_zones(doc, collector)
    _zone_places(doc, lexicon, zones, collector)
    _implements(doc, zones, index, collector)
    return collector


# ---------------------------------------------------------------- leads / worksFor


def _post_ending(text: str, position: int, posts: tuple[str, ...]) -> str:
    for post in posts:
        if text.startswith(post, position - len(post)):
            return post
    return ""


def _post_chain(doc: AnalysedDocument, person: Mention, sentence: Sentence, lexicon: Lexicon, index: TokenIndex) -> list[Segment]:
    """The 'organisation + post' parts that describe a person: written before the name
    (区党工委副书记、管委会主任韩玉科), or after it with a verb of holding office
    (张锐钢任天津港（集团）有限公司董事长, 缪建民现任…董事长), or right after it in a caption or a roster
    (缪爱国 经济发展局局长)."""
    text = doc.norm.text
    roster = _roster_posts(doc, person, sentence, lexicon, index)
    if roster:
        return roster  # 副组长：恽益明 管委会副主任: the group's role before the colon is the roster's label
    before = _chain_ending_at(doc, person.start, sentence.start, lexicon, index)
    while before and text[before[0].start - 1 : before[0].start] in tuple(_cfg()["post_clause_joiners"]):
        earlier = _chain_ending_at(doc, before[0].start - 1, sentence.start, lexicon, index)
        if not earlier:
            break
        before = earlier + before
    # 园区党工委书记吴庆文会见裕廊集团总裁黄南: another person named inside the chain holds the posts before the name.
    others = [m.end for m in doc.mentions if m.type == "Person" and before and before[0].start <= m.start and m.end <= person.start]
    if others:
        before = [segment for segment in before if segment.end > max(others)]
    verb = next((v for v in _cfg()["office_verbs"] if text.startswith(v, person.end)), None)
    honorific = _cfg()["appointment_honorific"]
    after_name = person.end + (len(honorific) if text.startswith(honorific, person.end) else 0)
    if text.startswith(tuple(_cfg()["office_leaving_verbs"]), after_name):
        verb = None  # 陆雷同志不再担任…工委书记: the posts after the verb are given up
    if before:
        # 漳州市委常委沈志平兼任…工作委员会书记: a post taken up after the name adds to those before it.
        return before + (_chain_after_verb(doc, person, verb, sentence, lexicon, index) if verb and CJK.match(verb) else [])
    # 由经济开发区王彦龙主任主持: the organisation right before the name, the post right after it.
    organisation = _organisation_before_name(doc, person, lexicon)
    post = _post_after_name(text, person, lexicon)
    if organisation is not None and post:
        return [Segment(organisation.start, organisation.end, person.end + len(post), organisation.text, post)]
    return _chain_after_verb(doc, person, verb, sentence, lexicon, index) if verb is not None else []


def _chain_after_verb(doc: AnalysedDocument, person: Mention, verb: str, sentence: Sentence, lexicon: Lexicon,
                      index: TokenIndex) -> list[Segment]:
    """张锐钢任天津港（集团）有限公司董事长: the chain that fills the clause after a verb of holding office."""
    after = person.end + len(verb)
    chain = _chain_ending_at(doc, clause_end(doc.norm.text, after, CLAUSE_BREAK, sentence.end), after, lexicon, index)
    if not chain or chain[0].start != after:
        return []
    # 张东同志任…工委书记、管委会主任，芜湖综合保税区管委会主任。: a clause of organisation + post alone
    # after the comma is one more post taken up.
    while doc.norm.text.startswith(_cfg()["post_clause_joiners"], (end := clause_end(doc.norm.text, after, CLAUSE_BREAK, sentence.end))):
        after = end + 1
        more = _chain_ending_at(doc, clause_end(doc.norm.text, after, CLAUSE_BREAK, sentence.end), after, lexicon, index)
        if not more or more[0].start != after:
            break
        chain += more
    return chain


def _post_after_name(text: str, person: Mention, lexicon: Lexicon) -> str:
    return next((p for p in lexicon.posts if text.startswith(p, person.end)), "")


def _organisation_before_name(doc: AnalysedDocument, person: Mention, lexicon: Lexicon) -> Mention | None:
    """The organisation written right before the name, or before the name and post it is listed after
    (管委会朱兵书记、申晨主任: 申晨 is the 管委会's too)."""
    text = doc.norm.text
    organisation = next((m for m in doc.mentions if m.end == person.start and m.type in ORGANISATION_TYPES), None)
    if organisation is not None or not text.startswith("、", person.start - 1):
        return organisation
    listed = next((m for m in doc.mentions if m.type == "Person" and (post := _post_after_name(text, m, lexicon))
                   and m.end + len(post) == person.start - 1), None)
    return _organisation_before_name(doc, listed, lexicon) if listed is not None else None


def _roster_posts(doc: AnalysedDocument, person: Mention, sentence: Sentence, lexicon: Lexicon, index: TokenIndex) -> list[Segment]:
    """缪爱国 经济发展局局长, 祝正庆（管委会副主任）, （王惠忠：张家港保税区管委会副主任）: posts written after a
    name across a space, in brackets or after a colon."""
    text = doc.norm.text
    gap = re.match(r"[ \u3000]+|[（(]|[：:]", text[person.end : sentence.end])
    if gap is None:
        return []
    after = person.end + gap.end()
    if gap.group() in "（(":
        end = min((i for i in (text.find("）", after, sentence.end), text.find(")", after, sentence.end)) if i >= 0), default=-1)
    else:
        end = clause_end(text, after, CLAUSE_BREAK, sentence.end)
        if person.start > 0 and text[person.start - 1] in "（(" and text[end - 1] in "）)":
            end -= 1  # （王惠忠：…副主任）: the bracket holding name and posts closes the chain
    chain = _chain_ending_at(doc, end, after, lexicon, index) if end > after else []
    return chain if chain and chain[0].start == after else []


@cache
def _post_note() -> re.Pattern:
    return re.compile(f"[（(](?:{alternation(_cfg()['post_notes'])})[)）]")


def _chain_ending_at(doc: AnalysedDocument, cursor: int, floor: int, lexicon: Lexicon, index: TokenIndex) -> list[Segment]:
    """Walk left from `cursor`, not past `floor`, over posts joined by 、/兼, each after its organisation."""
    text = doc.norm.text
    cfg = _cfg()
    organisations = [m for m in doc.mentions if m.type in ORGANISATION_TYPES]
    segments: list[Segment] = []
    while cursor > floor and text[cursor - 1] in cfg["post_name_gaps"]:
        cursor -= 1
    note = _post_note().search(text, max(floor, cursor - 8), cursor)
    if note is not None and note.end() == cursor:
        cursor = note.start()
    while cursor > floor:
        post = _post_ending(text, cursor, lexicon.posts)
        if not post:
            # A descriptor (中原创新创业领军人才) may stand between the last post and the name.
            comma = text.rfind("、", floor, cursor)
            if segments or comma < 0 or cursor - comma > 16 or not text[comma + 1 : cursor].endswith(tuple(cfg["descriptor_endings"])):
                break
            cursor = comma
            continue
        post_start = cursor - len(post)
        organisation_end = _organisation_end_before_post(text, post_start, floor, cfg)
        joiners = cfg["post_joiners"]
        left = max(text.rfind(ch, floor, organisation_end) for ch in CLAUSE_BREAK + joiners)
        start = max(left + 1, floor)
        if left < 0 or text[left] not in joiners:
            start = _trim_leading(doc, index, start, organisation_end)
        # 工委书记荣建勋和管委会主任倪祥玉: an organisation's name never runs back over a person's name
        # and the conjunction after it.
        named_before = [m.end for m in doc.mentions if m.type == "Person" and start <= m.start and m.end < organisation_end
                        and (text[m.end] in cfg["after_holder"] or (following := index.token_at(m.end)) is not None and following[1].tag == "c")
                        and not any(o.start <= m.start and m.end <= o.end for o in organisations)]
        if named_before:
            start = _trim_leading(doc, index, max(named_before), organisation_end)
        unmarked = _unmarked_post_end(text, start, organisation_end, lexicon.posts, cfg)
        if unmarked:
            start = unmarked
        segments.insert(0, Segment(start, organisation_end, cursor, text[start:organisation_end], post))
        if unmarked:
            cursor = start
            continue
        if start > floor and text[start - 1] in joiners:
            cursor = start - 1
            continue
        break
    return segments


def _unmarked_post_end(text: str, start: int, end: int, posts: tuple[str, ...], cfg: dict) -> int:
    """党工委书记管委会主任: an earlier post written right after a body's suffix, with no mark before the
    next body, ends the previous part of the chain; 0 when there is none."""
    for post in posts:
        at = text.find(post, start, end)
        if at > start and at + len(post) < end and text[start:at].endswith(cfg["body_suffixes"]):
            return at + len(post)
    return 0


def _organisation_end_before_post(text: str, position: int, floor: int, cfg: dict) -> int:
    """管委会（以下简称“管委会”）主任, 浙江省能源集团有限公司（浙能集团）董事长, 管委会（筹）常务副主任: a bracketed
    note of the short name or the standing between an organisation and its post belongs to neither; the
    organisation ends before it.
    So does a possessive (…公司的负责人)."""
    if position - 1 > floor and text[position - 1] in cfg["organisation_post_particles"]:
        return position - 1
    if text[position - 1 : position] != "）":
        return position
    opening = text.rfind("（", floor, position)
    if opening < 0 or not (text.startswith(cfg["alias_note_openers"], opening + 1)
                           or text[opening + 1 : position - 1] in cfg["standing_notes"]
                           or SHORT_NAME.fullmatch(text, opening + 1, position - 1)):
        return position
    return opening


def _district_aside(text: str, zone: Mention) -> int | None:
    """Where the text after a district written in brackets right after a zone begins (开发区（头屯河区）|,
    the bracket read with the zone's name or after it), or None."""
    aside = ZONE_ASIDE.match(text, zone.end) or next(
        (m for m in ZONE_ASIDE.finditer(text, zone.start, zone.end) if m.end() == zone.end), None)
    return aside.end() if aside is not None and aside.group()[1:-1].endswith(DISTRICT_WORD) else None


def _trim_leading(doc: AnalysedDocument, index: TokenIndex, start: int, end: int) -> int:
    """Skip function words at the front of a clause (以, 由, 当天 …) up to the organisation's name."""
    position = start
    # 招商二局局长: an organisation found there begins at its first word, whatever the word's tag (招商 as a verb).
    named_from = {m.start for m in doc.mentions if m.type in ORGANISATION_TYPES and start <= m.start and m.end <= end}
    while position < end:
        found = index.token_at(position)
        if found is None or found[1].tag in NAME_TAGS or position in named_from:
            break
        position = found[1].end
    # 开工仪式由区党工委副书记: what the clause says before a preposition is not the organisation; nor is
    # what it says before a verb done (…就此专访了管委会常务副主任).
    cursor, previous_tag = position, ""
    while cursor < end and (found := index.token_at(cursor)) is not None:
        if (found[1].tag == "p" or found[1].text in DONE_MARKS and previous_tag == "v") and found[1].end < end:
            position = found[1].end
        cursor, previous_tag = found[1].end, found[1].tag
    # Walk back from the post over name tokens when the clause is longer than a name, unless a
    # known organisation ends there (上海地产闵虹（集团）有限公司, whose brackets stop the walk) or
    # opens the clause (迈拓科技 + 智能传感器研发制造项目行政人事部经理: its project's post).
    opens = any(m.start == position and m.end < end for m in doc.mentions if m.type in ORGANISATION_TYPES)
    if end - position > 24 and not opens:
        known = [m.start for m in doc.mentions if m.end == end and m.start >= position and m.type in ORGANISATION_TYPES]
        position = min(known) if known else index.name_start(end, floor=position)
    return position


def _park_with_committee(doc: AnalysedDocument, zones: ZoneResolver, start: int, end: int, cfg: dict) -> Mention | None:
    """苏滁园区党工委: a short name and a park word before a committee is a park run by its own
    committees, so its posts lead the park."""
    known = [m for m in doc.mentions if m.type == "Park" and start <= m.start and m.end == end]
    if known:
        return known[0]
    name = doc.norm.text[start:end]
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,8}", name) or "的" in name or not name.endswith(cfg["park_words"]):
        return None
    park = _new_mention(doc, start, end, "Park", "park-with-committee")
    zones.own(park, "", name)
    return park


def _division_of(between: str, cfg: dict) -> bool:
    """Name words between a company and its post that are a division, not another organisation."""
    return (len(between) <= cfg["division_max"] and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", between) is not None
            and "的" not in between and not between.endswith(cfg["body_suffixes"] + cfg["company_suffixes"]))


def _project_department(between: str, cfg: dict) -> str | None:
    """迈拓科技 + 传感器研发制造项目行政人事部 + 经理: words between a company and its post that name one of
    its projects, and a department of it, are the company's; returns the department (maybe "")."""
    project = re.fullmatch(rf"[\u4e00-\u9fffA-Za-z0-9]{{2,{cfg['project_max']}}}?项目({cfg['company_department']})?", between)
    return (project.group(1) or "") if project and "的" not in between else None


def _mention_in(doc: AnalysedDocument, kind: str, start: int, end: int) -> Mention | None:
    best = None
    for mention in doc.mentions:
        if mention.type == kind and mention.start >= start and mention.end <= end:
            if best is None or mention.end - mention.start > best.end - best.start:
                best = mention
    return best


def _previous(doc: AnalysedDocument, kind: str, position: int, anaphor: str = "") -> Mention | None:
    """The organisation an anaphor refers back to: the nearest one before it (not a customer goods are sent
    to: 发往吉利汽车), and for 该公司 or 该集团 the nearest whose name ends so (A公司和B研究总院入驻…该公司总裁 is A's)."""
    destinations = tuple(_cfg()["destination_verbs"])
    earlier = [m for m in doc.mentions if m.type == kind and m.end <= position and not m.anaphoric
               and not doc.norm.text.endswith(destinations, 0, m.start)]
    ending = anaphor.removeprefix("该") if anaphor.startswith("该") else ""
    alike = [m for m in earlier if ending and m.text.endswith(ending)]
    return (alike or earlier or [None])[-1]


def _segment_target(doc: AnalysedDocument, segment: Segment, zones: ZoneResolver, lexicon: Lexicon, index: TokenIndex,
                    sentence: Sentence, chain_zone: str | None, chain_park: Mention | None = None, company_chain: bool = False,
                    chain_company: Mention | None = None):
    """Return (kind, target, title part) for one segment, or None if it is outside the zone's scope.

    `chain_zone` is the zone an earlier segment of the same chain named (清远高新区党工委委员、两委办主任):
    a body named after it belongs to that zone. `chain_park` is the park whose own committee the
    segment just before named (苏滁园区党工委副书记、管委会副主任): a bare committee is that park's too.
    `chain_company` is the company the segment just before held a post in (辽阳石化公司执行董事、党委书记):
    a bare party committee is that company's.
    `company_chain` says a later segment holds a company post in the same organisation (建工安装党委书记、
    董事长): a party committee named in the chain is then the company's own.
    """
    cfg = _cfg()
    if doc.norm.text.startswith(tuple(cfg["former_markers"]), segment.start):
        return None
    zone = _mention_in(doc, "Zone", segment.start, segment.post_start)
    if zone and doc.norm.text.endswith(ZONE_OBJECT_VERBS, segment.start, zone.start):
        return None  # 市推动德州运河经济开发区改革创新领导小组副组长: the city's group working on the zone
    if zone and doc.norm.text.endswith(ASSEMBLIES_BEFORE_ZONE, segment.start, zone.start):
        return None  # 人大常委会经开区工委主任: the legislature's committee for the zone, not the zone's own
    if zone and doc.norm.text.endswith(BUREAU_BEFORE_ZONE, segment.start, zone.start):
        return None  # 市场监督管理局高新区分局局长: the head of a city bureau's branch for the zone
    rest_start = zone.end if zone else segment.start
    if zone and (joint := joint_unit_after(doc.norm.text, zone.end)):
        rest_start = joint[1] + 1  # 开发区（钟埭街道）党工委书记: the zone's own committee
    district = _district_aside(doc.norm.text, zone) if zone else None
    if district is not None and doc.norm.text[district : segment.post_start] in cfg["district_organs"]:
        # 开发区（头屯河区）区委书记: the district run with the zone as one (区政合一) holds its organs with it.
        return ("Zone", zone.key, doc.norm.text[district : segment.post_start] + segment.post)
    # 缪征阁同志任区党工委副书记: the appointment before the organisation is no part of it.
    appointment = re.match(f"{cfg['appointment_honorific']}(?:{alternation(longest_first(cfg['appointment_verbs']))})",
                           doc.norm.text[rest_start : segment.post_start])
    rest_start += appointment.end() if appointment else 0
    rest = doc.norm.text[rest_start : segment.post_start]
    bare = rest.removeprefix("区") if rest not in ("区",) else ""
    # 上海化工区管委会党组书记: a post in the party group of the zone's committee is the zone's as well.
    group = next((g for g in cfg["committee_party_groups"] if bare.endswith(g) and bare[: -len(g)] in cfg["committees"]), "")
    bare = bare.removesuffix(group) if group else bare
    if not rest and not zone:
        return ("inherit", None, segment.post)
    if bare in cfg["committees"] and not zone and chain_park is not None:
        return ("Park", chain_park, bare + segment.post)
    if rest in cfg["company_committees"] and chain_company is not None:
        return ("Company", chain_company, rest + segment.post)
    if bare in cfg["committees"] or (not bare and zone):
        if not zone and rest.startswith(cfg["outside"]):
            return None
        if not zone and QUOTED_NAME_BEFORE.search(doc.norm.text, max(0, segment.start - 8), segment.start):
            return None  # 珠海市“两新”组织党工委书记: the committee of an organisation with a quoted name
        key = zone.key if zone else zones.zone_key_at(segment.start, sentence.start)
        if bare:
            # The committee itself is one of the zone's bodies (区党工委, 管委会).
            committee = _new_mention(doc, segment.post_start - len(bare), segment.post_start, "GovernmentBody", "post-committee")
            committee.prefixed = True
            committee.written_from = min(zone.start, segment.start) if zone else rest_start
            # 日照空港经济开发区工委书记、管委会主任: a committee chained after a zone written with its city reads
            # with the zone as written there (not with a province: 山东博兴经济开发区 is 博兴经济开发区).
            named = zones.zone_at(segment.start, sentence.start) if chain_zone and not zone else None
            as_written = (doc.norm.text[named.written_from : named.end] + bare
                          if named is not None and named.key == key and named.written_from >= 0
                          and not is_province(doc.norm.text[named.written_from : named.start], lexicon) else "")
            zones.own(committee, key, bare, as_written)
        return ("Zone", key, bare + group + segment.post)
    clause = doc.norm.text[max(sentence.start, segment.start - 2) : segment.post_start]
    # 该行党委书记: a post in the party committee of the organisation referred back to.
    own_committee = next((c for c in cfg["committees"] if clause.endswith(c)), "")
    # 虹桥工业园区管理办党工委: the party committee of the park's management office is the park's too.
    own_committee = next((c for c in cfg["committees"] if clause[: len(clause) - len(own_committee)].endswith(c)), "") + own_committee
    referring = clause[: len(clause) - len(own_committee)]
    park = _park_with_committee(doc, zones, rest_start, segment.post_start - len(own_committee), cfg) if own_committee else None
    if park is not None:
        return ("Park", park, own_committee + segment.post)
    # 该公司市场部负责人, ，公司食药化塑事业部总经理: a department of the company referred back to (a bare
    # 公司 only when it opens the clause).
    department = ""
    for anaphor in (a for a in cfg["anaphors"]["Company"] if not own_committee and a in referring):
        opening = referring[: referring.rfind(anaphor)]
        after = referring[referring.rfind(anaphor) + len(anaphor) :]
        if (anaphor.startswith("该") or not opening or opening[-1] in CLAUSE_BREAK + ",") and re.fullmatch(cfg["company_department"], after):
            department, referring = after, referring[: len(referring) - len(after)]
            break
    if not zones.main_key and rest in cfg["bare_park_words"] and (park := _article_park(doc, 0)) is not None:
        return ("Park", park, segment.post)  # 园区负责人李翠 in an article about one park and no zone
    for kind in ("Company", "Park", "GovernmentBody"):
        # 该公司 anywhere at the end of the clause; a bare 公司 only when it is the whole organisation.
        anaphor = next((a for a in cfg["anaphors"][kind] if referring.endswith(a) and (a.startswith("该") or rest == a or department)), "")
        if anaphor:
            antecedent = _previous(doc, kind, segment.start, anaphor)
            title = department + own_committee + segment.post
            return (kind, antecedent, title) if antecedent else None
    for kind in ("Company", "Park", "GovernmentBody"):
        mention = _mention_in(doc, kind, rest_start, segment.post_start)
        if mention is None:
            continue
        if kind == "GovernmentBody" and (_national(mention.text) or (
                not zone and _a_citys_own(rest, lexicon) and not lexicon.leading_place(mention.text))):
            # 农业部科技发展中心主任: a national body's post; 扬州市突破|滨海总指挥部副总指挥: a city's body the tagger
            # cut from its city (北京大观园管委会主任, read whole, still leads that body).
            return None
        if kind == "GovernmentBody" and (owned := _company_department(doc, mention, cfg)) is not None:
            # 久信科技综合管理部副经理: a department the tagger read as a body, opening with a company's name.
            doc.mentions.remove(mention)
            company, department = owned
            return ("Company", company, department + doc.norm.text[mention.end : segment.post_start] + segment.post)
        # 泰达产发集团党委书记, 石桥工业园区管委会主任: a post in the company's or park's own committee.
        committee = doc.norm.text[mention.end : segment.post_start]
        if not committee or (kind in ("Company", "Park") and committee in cfg["committees"]) or (
                kind == "Company" and committee in cfg["company_committees"]):  # 港航工程公司党总支副书记
            return (kind, mention, committee + segment.post)
        if kind == "Company" and re.fullmatch(cfg["company_department"], committee):
            # 中化泉州石化有限公司办公室副主任: a post in one of the company's departments.
            return (kind, mention, committee + segment.post)
        if kind == "Company" and (segment.post in lexicon.company_posts or segment.post in cfg["division_posts"]) and _division_of(committee, cfg):
            # 厦门银祥集团肉品产业总裁: a post in one of the company's divisions is a post at the company.
            return (kind, mention, committee + segment.post)
        department = _project_department(committee, cfg) if kind == "Company" else None
        if department is not None and segment.post in lexicon.company_posts:
            return (kind, mention, department + segment.post)
        if kind == "Company" and segment.post.startswith("项目") and _project_department(committee + "项目", cfg) == "":
            # 怀泽医药有限公司医药中间体项目负责人: the post of one of the company's projects.
            return (kind, mention, committee + segment.post)
    if rest.startswith(cfg["outside"]) or len(rest) < 2:
        return None
    if rest in cfg["company_units"]:
        # 车间负责人何丽菊: a post in a unit of the plant of the company named last before it.
        antecedent = _previous(doc, "Company", rest_start)
        return ("Company", antecedent, rest + segment.post) if antecedent else None
    if own_committee and company_chain:
        company = _company_opening_clause(doc, index, segment, rest_start, segment.post_start - len(own_committee))
        if company is not None and generic_company_name(company.text):
            doc.mentions.remove(company)  # 集团公司党委委员: the group written by its kind alone is no company by name
            return None
        return ("Company", company, own_committee + segment.post) if company else None
    if segment.post in lexicon.company_posts:
        # 董事会于近日收到公司董事长: only the name-like words right before the post name the company,
        # and a word that dates the post (新任, 时任) is not part of it.
        modifier = next((m for m in cfg["post_modifiers"] if rest.endswith(m)), "")
        # 中鑫电机行政副总: a line of work right before the post is part of the title.
        line = next((w for w in cfg["lines_of_work"] if rest.endswith(w) and len(rest) - len(w) >= 2), "") if not modifier else ""
        modifier = modifier or line
        name_end = segment.post_start - len(modifier)
        name_start = index.name_start(name_end, floor=rest_start)
        if name_start > rest_start and _short_name_opening_item(doc, index, rest_start, name_end, cfg):
            name_start = rest_start  # 、科|前|生物常务副总经理徐高原: the whole short item, however tagged
        # 环保行业企业北华中清的总经理: words describing the company, ending in 企业, are not its name.
        described = end_of_kind_word(doc.norm.text, name_start, name_end - 2)
        if described >= 0:
            name_start = described
        if name_end - name_start < 2:
            return ("inherit", None, modifier + segment.post) if name_end == rest_start else None
        if doc.norm.text.endswith(tuple(cfg["second_line_joiners"]), 0, name_start):
            # 亚洲区销售兼项目管理总监: after a joiner the words are a second line of work, not a company.
            return ("inherit", None, doc.norm.text[name_start:segment.post_start] + segment.post)
        if doc.norm.text.endswith(tuple(cfg["not_company_endings"]), name_start, name_end):
            return None
        if doc.norm.text[name_start:name_end] in cfg["anaphors"]["Company"]:
            antecedent = _previous(doc, "Company", name_start)
            return ("Company", antecedent, modifier + segment.post) if antecedent else None
        name = doc.norm.text[name_start:name_end]
        if generic_company_name(name) or (name.endswith(cfg["body_suffixes"]) and not re.fullmatch(cfg["company_department"], name)):
            return None  # 园区管理公司董事长: no company named; 温州市经信局总工程师: a body's engineer
        return ("Company", _new_mention(doc, name_start, name_end, "Company", "post-company"), modifier + segment.post)
    # 送桥镇党委书记 after a zone post: the party committee of a town the zone runs leads the town.
    town_committee = next((c for c in cfg["committees"] if rest.endswith(c) and rest[: -len(c)].endswith(cfg["body_suffixes"])), "")
    body_end = segment.post_start - len(town_committee) if chain_zone else segment.post_start
    # 在珠海高新区跟岗锻炼的黑河市科技局副局长: a clause with 的 between zone and body describes the person.
    zone_opener = rest.startswith("区") and not rest.startswith(tuple(cfg["not_zone_openers"]))
    # 开发区党工委书记、潍坊市突破滨海总指挥部副总指挥: a body opening with a city's name is that city's.
    if (doc.norm.text[rest_start:body_end].endswith(cfg["body_suffixes"]) and (zone or zone_opener or chain_zone)
            and "的" not in rest and (zone or not _a_citys_own(rest, lexicon))):
        body = _new_mention(doc, rest_start, body_end, "GovernmentBody", "post-body")
        body.prefixed = True
        owner = zone.key if zone else chain_zone or zones.zone_key_at(segment.start, sentence.start)
        zones.own(body, owner, body.text.removeprefix("区"))
        return ("GovernmentBody", body, doc.norm.text[body_end : segment.post_start] + segment.post)
    return None


def _a_citys_own(name: str, lexicon: Lexicon) -> bool:
    """扬州市突破滨海总指挥部: a body opening with a city's name is the city's — not 苏州园区招商局, where
    the city opens a zone's short name."""
    lead = lexicon.leading_place(name)
    return lead > 0 and not name.startswith(_cfg()["zone_words_after_city"], lead)


def _short_name_opening_item(doc: AnalysedDocument, index: TokenIndex, start: int, end: int, cfg: dict) -> bool:
    """Whether text[start:end] opens a clause or a list item and is a short run of name characters whose
    tokens are none of the words that open a clause instead (当天, 随后, 该)."""
    text = doc.norm.text
    if not (start > 0 and text[start - 1] in CLAUSE_BREAK + ",、") or not re.fullmatch(
            f"[\u4e00-\u9fff]{{2,{cfg['item_name_max']}}}", text[start:end]):
        return False
    tags = {index.tokens[index.at[p]].tag for p in range(start, end) if p in index.at}
    # 德昌/LOC 营造/v 董事长: a proper name opening the run keeps the trade word the tagger reads as a verb in it.
    opening = index.token_at(start)
    if opening is not None and opening[1].start == start and opening[1].tag in cfg["item_name_proper_tags"]:
        tags -= set(cfg["item_name_trade_tags"])
    return not tags & set(cfg["item_name_stop_tags"])


def _company_opening_clause(doc: AnalysedDocument, index: TokenIndex, segment: Segment, start: int, end: int) -> Mention | None:
    """The company before its own party committee: the name-like words the tagger finds, or, when the
    clause opens with it, the whole short run of words (建工安装, which the tagger reads as a verb)."""
    text = doc.norm.text
    name_start = index.name_start(end, floor=start)
    opens_clause = start == segment.start and (start == 0 or text[start - 1] in CLAUSE_BREAK + ",")
    if opens_clause and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}", text[start:end]) and "的" not in text[start:end]:
        name_start = start
    if text[name_start:end] in _cfg()["anaphors"]["Company"]:
        return None  # 公司党委书记: the writer's own company, often never named; no company to hold the post
    return _new_mention(doc, name_start, end, "Company", "post-company") if end - name_start >= 2 else None


def _new_mention(doc: AnalysedDocument, start: int, end: int, kind: str, rule: str) -> Mention:
    text = doc.norm.text[start:end]
    mention = Mention(start=start, end=end, text=text, type=kind, rule=rule, key=f"{kind}:{text}", label=text)
    doc.mentions.append(mention)
    return mention


def _joiner_before(doc: AnalysedDocument, segment: Segment, posts: tuple[str, ...]) -> str:
    """The mark written between two posts of a chain: none after an unmarked post (党工委书记管委会主任)."""
    joiner = doc.norm.text[segment.start - 1 : segment.start]
    if joiner and joiner in _cfg()["post_joiners"]:
        return joiner
    return "" if doc.norm.text.endswith(posts, 0, segment.start) else "、"


def _appointments(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, collector: TripleCollector) -> None:
    """芮宏同志任党工委书记；黄继满同志任管委会主任、党工委副书记: a notice of appointments writes the name
    first, then 同志, a verb and the posts; those in the zone's committees lead the article's zone. The
    tagger may leave a given name's last character out (舒甫|周同志): 同志 closes the name."""
    cfg = _cfg()
    chain = _appointment_pattern(lexicon.posts)
    for person in [m for m in doc.mentions if m.type == "Person"]:
        match = chain.match(doc.norm.text, person.end)
        if match is None:
            continue
        zone = zones.zone_key_at(person.start, doc.sentence_at(person.start).start) or zones.main_key
        if not zone:
            continue
        # 区党工委副书记: the zone's word before its committee is no part of the title.
        titles = [t.removeprefix("区") for t in match.group(2).rstrip("、").split("、") if t.removeprefix("区").startswith(cfg["committees"])]
        if not titles:
            continue
        if match.group(1):
            person = _new_mention(doc, person.start, match.end(1), "Person", "person-appointed")
        for appointed in _listed_before(doc, person):
            collector.add(appointed, "leads", zone, (appointed.start, match.end()), cfg["confidence"]["leads_zone_committee"],
                          "appointment-zone", "、".join(titles))


@cache
def _appointment_pattern(posts: tuple[str, ...]) -> re.Pattern:
    """[a last character of the name] 同志 + verb + posts (each up to 12 characters of body before it), 、-joined."""
    cfg = _cfg()
    verbs = alternation(cfg["appointment_verbs"])
    return re.compile(f"([\u4e00-\u9fff]?){cfg['appointment_honorific']}(?:{verbs})"
                      f"((?:[^，。；、\n]{{0,12}}?(?:{alternation(posts)})、?)+)")


def _listed_before(doc: AnalysedDocument, person: Mention) -> list[Mention]:
    """朱宝生、金永肆、颜建荣同志任…: the person and those listed right before, one 、 apart."""
    people = {m.end: m for m in doc.mentions if m.type == "Person"}
    listed = [person]
    while doc.norm.text[listed[-1].start - 1 : listed[-1].start] == "、" and listed[-1].start - 1 in people:
        listed.append(people[listed[-1].start - 1])
    return listed


def _posts_and_people(doc, lexicon, zones, index, collector: TripleCollector) -> None:
    confidence = _cfg()["confidence"]
    previous: tuple[int, list] = (-1, [])  # where the last person's name ended, and their posts
    outside_end = -1  # where the last person whose posts are all outside the zone ended
    for person in [m for m in doc.mentions if m.type == "Person"]:
        sentence = doc.sentence_at(person.start)
        segments = _post_chain(doc, person, sentence, lexicon, index)
        groups: list[tuple[str, object, list[str], int]] = []
        # 建工安装党委书记、董事长: a company post with no organisation of its own continues the chain's company.
        company_chain = any(s.post in lexicon.company_posts and not s.organisation for s in segments[1:])
        for number, segment in enumerate(segments):
            # 集团公司董事长、党委书记杨龙, 水上运动管理中心主任、党委书记李瑞林: a party committee after a post in an
            # organisation outside the zone (a company the article does not name, a national body) is that one's.
            if (number and groups and groups[-1][0] == "outside"
                    and doc.norm.text[segment.start : segment.post_start] in _cfg()["company_committees"]):
                groups.append(("outside", None, [], segment.start))
                continue
            chain_zone = next((g[1] for g in reversed(groups) if g[0] == "Zone"), None)
            chain_park = groups[-1][1] if groups and groups[-1][0] == "Park" else None
            chain_company = groups[-1][1] if groups and groups[-1][0] == "Company" else None
            if (not groups and previous[1] and previous[1][-1][0] == "Company" and _follows_directly(doc, previous[0], segment.start)
                    and doc.norm.text[segment.start : segment.post_start] in _cfg()["company_committees"]):
                # …集团党委书记、董事长罗光，党委副书记、总经理苏湘华: a party committee right after another person
                # of a company is that company's.
                chain_company = previous[1][-1][1]
            target = _segment_target(doc, segment, zones, lexicon, index, sentence, chain_zone, chain_park, company_chain,
                                     chain_company)
            # 市委常委、统战部部长: a body after a post outside the zone is that organisation's; so is one of a
            # person led or listed right after someone of such an organisation (我院院长李文辉率业务处副处长李强).
            after_outside = (groups[-1][0] == "outside" if groups
                             else doc.norm.text[outside_end : segment.start] in _cfg()["outside_followers"])
            if target is None or (after_outside and _unowned_body(target)):
                groups.append(("outside", None, [], segment.start))
                continue
            kind, entity, title = target
            if (kind == "Company" or kind == "GovernmentBody" and _unowned_body(target)) and groups == [] and _department_of_previous(
                    doc, entity, previous, segment):
                # 公司食药化塑事业部总经理张轶、电池材料事业部副总经理周万分, 中非莱基综合部副部长孙明宇、招商部副部长
                # 李洪光: a department listed right after another person of a company is that company's.
                doc.mentions.remove(entity)
                kind, entity, title = "Company", previous[1][-1][1], entity.text + title
            elif kind == "Company" and entity.rule == "post-company" and re.fullmatch(_cfg()["company_department"], entity.text):
                # 赖骏凯，智能制造部经理: a department alone, of no company named, is no company.
                doc.mentions.remove(entity)
                groups.append(("outside", None, [], segment.start))
                continue
            # Titles are kept as written: 董事长兼总经理, 党工委副书记、管委会主任.
            joined = _joiner_before(doc, segment, lexicon.posts) + title
            if kind == "inherit":
                if groups and groups[-1][0] != "outside":
                    groups[-1][2].append(joined)
                elif not groups and _follows_directly(doc, previous[0], segment.start) and previous[1]:
                    # 新华投资集团董事长梅长春，总裁张春静: a post with no organisation, right after
                    # another person's, is held in that person's last organisation — unless it heads a
                    # local government (开发区管委会主任孙殿镇，副区长杨庸: the district's), which
                    # only a new area (新区) has as its own post.
                    last_kind, last_entity = previous[1][-1][:2]
                    if segment.post in lexicon.government_posts and not (last_kind == "Zone" and str(last_entity).endswith("新区")):
                        continue
                    groups.append((last_kind, last_entity, [title], segment.start))
                elif not groups and segment.post in lexicon.company_posts and (
                        company := _company_of_previous_clause(doc, sentence, segment.start)) is not None:
                    # 莅临日高股份参观考察，董事长吴朝武陪同接待: a company post with no organisation, opening
                    # the clause after one whose last organisation is a company, is held there.
                    groups.append(("Company", company, [title], segment.start))
                elif not groups and (body := _the_articles_one_body_of_kind(doc, segment)) is not None:
                    # 高新园区国税局… 局长王永辉说: a bureau head's post with no bureau named is the one bureau
                    # the article speaks of.
                    groups.append(("GovernmentBody", body, [title], segment.start))
                continue
            if groups and groups[-1][0] == kind and groups[-1][1] == entity:
                groups[-1][2].append(joined)
            else:
                groups.append((kind, entity, [title], segment.start))
        if not segments and doc.norm.text[previous[0] : person.start] == "、":
            # 管委会副主任孙志政、赵田昆: a name listed right after another's shares that person's posts.
            groups = list(previous[1])
        previous = (person.end, [g for g in groups if g[0] != "outside" and g[1] is not None])
        outside_end = person.end if groups and all(g[0] == "outside" for g in groups) else -1
        _zone_led_with_local_posts(doc, lexicon, zones, segments, groups, collector)
        for kind, entity, titles, start in groups:
            if kind == "outside" or entity is None:
                continue
            span = (start, person.end)
            title = "".join(titles)
            if kind == "Zone":
                collector.add(person, "leads", entity, span, confidence["leads_zone_committee"], "post-chain-zone", title)
            elif kind == "Company":
                collector.add(person, "worksFor", entity, span, confidence["works_for"], "post-chain-company", title)
            elif kind == "Park":
                collector.add(person, "leads", entity, span, confidence["leads_park"], "post-chain-park", title)
            else:
                collector.add(person, "leads", entity, span, confidence["leads_body"], "post-chain-body", title)


def _zone_led_with_local_posts(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, segments: list[Segment],
                               groups: list, collector: TripleCollector) -> None:
    """闵行区委副书记、区长、紫竹高新区管委会主任陈华文; 姜堰区委常委、开发区党工委书记王荣明: a zone led by
    someone who also sits on a district's, county's or city's own party committee or government lies in
    that place (when its name places it nowhere else)."""
    zone_keys = [g[1].key if isinstance(g[1], Mention) else str(g[1]) for g in groups if g[0] == "Zone"]
    outside = {g[3] for g in groups if g[0] == "outside"}
    if not zone_keys or not outside:
        return
    text = doc.norm.text
    bodies = tuple(_cfg()["local_government_bodies"])
    # 吴江区副区长、汾湖高新区…管委会主任: a head of a local government holds a post of that place, too.
    heads = lexicon.government_posts
    for segment in (s for s in segments if s.start in outside and (s.organisation.endswith(bodies) or s.post in heads)):
        for place in (m for m in doc.mentions if m.type == "Place" and segment.start <= m.start and m.end <= segment.post_start):
            admin = lexicon.place(place.place)
            if admin is None or not (_local_body().fullmatch(text, place.end, segment.post_start)
                                     or segment.post in heads and place.end == segment.post_start):
                continue
            for key in zone_keys:
                home = zones.home(key)
                if home is None or admin.name in (home.name, home.city, home.province) or home.name in (admin.city, admin.province):
                    collector.add(key, "locatedIn", place, (place.start, place.end), _cfg()["confidence"]["zone_led_with_local_posts"],
                                  "zone-led-with-local-posts")


@cache
def _local_body() -> re.Pattern:
    """What follows a place in its own party committee's or government's name: 委, 政府, or a lower division
    and then one of them (南京市高淳区委员会)."""
    return re.compile(f"(?:[\u4e00-\u9fff]*?(?:市|区|县|省))?(?:{alternation(_cfg()['local_government_bodies'])})")


def _the_articles_one_body_of_kind(doc: AnalysedDocument, segment: Segment) -> Mention | None:
    """The body a bare head's post (局长) stands for: the only body of that kind (…局) the article names before it."""
    kind = _cfg()["bare_head_posts"].get(segment.post.removeprefix("副"))
    if kind is None:
        return None
    bodies = [m for m in doc.mentions if m.type == "GovernmentBody" and m.key and m.end <= segment.start and m.text.endswith(kind)]
    return bodies[-1] if bodies and len({m.key for m in bodies}) == 1 else None


def _company_of_previous_clause(doc: AnalysedDocument, sentence: Sentence, position: int) -> Mention | None:
    """The company named last before `position`, when it stands in the clause just before and no other
    organisation comes after it; `position` must open its own clause."""
    text = doc.norm.text
    if position == sentence.start or text[position - 1] not in CLAUSE_BREAK:
        return None
    previous_start = clause_start(text, position - 1, CLAUSE_BREAK, floor=sentence.start)
    organisations = [m for m in doc.mentions if m.type in ("Company", "Zone", "Park", "GovernmentBody")
                     and previous_start <= m.start and m.end < position]
    last = max(organisations, key=lambda m: m.end, default=None)
    return last if last is not None and last.type == "Company" else None


def _department_of_previous(doc: AnalysedDocument, entity, previous: tuple[int, list], segment) -> bool:
    """Whether the organisation found for a company post is only a department (…事业部, …部), written right
    after a person whose last organisation was a company."""
    return (isinstance(entity, Mention) and re.fullmatch(_cfg()["company_department"], entity.text) is not None
            and bool(previous[1]) and previous[1][-1][0] == "Company" and _follows_directly(doc, previous[0], segment.start))


def _unowned_body(target: tuple) -> bool:
    kind, entity, _ = target
    return kind == "GovernmentBody" and isinstance(entity, Mention) and not entity.prefixed


def _follows_directly(doc: AnalysedDocument, previous_end: int, start: int) -> bool:
    """The post at `start` comes right after the person named before, or after what that person does
    in one clause (陈西武主持会议并讲话，副主任王法清) that names no organisation."""
    between = doc.norm.text[previous_end:start] if previous_end >= 0 else ""
    if between in ("、", "，", ","):
        return True
    return (between.endswith(("，", ",")) and len(between) <= FOLLOWING_CLAUSE_MAX
            and not any(ch in between[:-1] for ch in CLAUSE_BREAK + ",;")
            and not any(previous_end <= m.start < start for m in doc.mentions if m.type != "Person"))


# ---------------------------------------------------------------- companies in parks and zones


MAX_VERB_TO_PLACE = 3
CJK_RUN = re.compile(r"[\u4e00-\u9fff]*")
FOLLOWING_CLAUSE_MAX = 10  # 主持会议并讲话，: what a person does before the next person's post
LISTED_NAME_MAX = 12  # longest name between two 、 of one list
# Marks that end the clause a settling verb governs (half-width forms too: articles mix them).
PLACE_CLAUSE_BREAKS = CLAUSE_BREAK + ",;"
# An address clause may hold quotes in its description (座落于著名的“火腿之乡”——P).
ADDRESS_CLAUSE_BREAKS = PLACE_CLAUSE_BREAKS.replace("“", "").replace("”", "")
DATE = re.compile(r"\d+年(?:\d+月)?(?:\d+日)?|\d+月(?:\d+日)?|\d+")
QUOTED_NAME_BEFORE = re.compile(r"”[\u4e00-\u9fff]{1,4}$")
ASIDE = re.compile(r"[（(][^（）()]*[）)]")


@cache
def _introducing_clause() -> re.Pattern:
    return re.compile(f"[{re.escape(PLACE_CLAUSE_BREAKS)}](?=[^{re.escape(PLACE_CLAUSE_BREAKS)}]{{0,4}}(?:{alternation(_cfg()['introduce_verbs'])}))")


def _company_locations(doc: AnalysedDocument, zones: ZoneResolver, collector: TripleCollector) -> None:
    cfg = _cfg()
    confidence = cfg["confidence"]
    places = [m for m in doc.mentions if m.type in ("Park", "Zone")]
    # The park the article is about, when it names no zone or names its park more often than its zone
    # (长春玉米工业园区 in 长春经济技术开发区): companies with no place of their own are that park's.
    park_home = _article_park(doc, zones.sentences_about(zones.main_key) if zones.main_key else 0)
    explicit: set[str] = set()
    text = doc.norm.text
    several_visited = _zone_one_of_several_visited(doc, places)
    # (远川科技公司斥资打造的华岭产业园（一期）项目在南岭经开区投产: a park that is the company's project is where it settles.)
    suffixes = re.compile(alternation(park_suffixes()))
    placed_by_name_only = {m.key for m in doc.mentions if m.type == "Company" and _develops_the_park(text, m, cfg)
                  and any(not any(w in text[park.end() : park.end() + 6] for w in cfg["project_words"])
                          for park in suffixes.finditer(text, doc.sentence_at(m.start).start, doc.sentence_at(m.start).end))}
    # 卡弗瑞特集团在中国投资的…公司, 维特根集团是一家总部设在德国的跨国公司: a parent written as abroad is placed by nothing.
    placed_by_name_only |= {m.key for m in doc.mentions if m.type == "Company" and _based_abroad(text, m, clause_end(text, m.end, "。；"), cfg)}
    # 由湖北日报传媒集团倾力打造的园区: the park's developer is placed by nothing the sentences say of it (only by its name).
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in placed_by_name_only]:
        sentence = doc.sentence_at(company.start)
        in_sentence = [p for p in places if sentence.start <= p.start and p.end <= sentence.end]
        target = (_place_of(doc, company, sentence, in_sentence, cfg) or _park_referred_to(doc, company, sentence, cfg)
                  or _cluster_home(doc, company, sentence, places))
        if target is None and not _hosts_a_signing(doc, company, cfg):
            sentence_part_end = clause_end(text, company.end, "。；", sentence.end)
            after = text[company.end : sentence_part_end]
            before = text[sentence.start : company.start]
            # C 落户…; P 引进/集聚了 C; P 已入驻 C、D 等企业
            cuts = [after.find(word) for word in cfg["partner_words"] + cfg["aspiration_words"] if word in after]
            # 与C配合，吸引大项目落户开发区: a later clause that introduces settlers of its own settles those, not C.
            cuts += [m.start() for m in _introducing_clause().finditer(after)]
            after = after[: min(cuts)] if cuts else after
            # 该区日前签约两个招商项目：C…项目、D…项目: the projects the zone signs, listed after a colon, settle their makers.
            signed = re.search(f"(?:{alternation(cfg['signing_verbs'])})[^，。；]*?项目：", before) is not None
            settles = (any(verb in after for verb in cfg["settle_verbs"]) or any(v in before for v in cfg["introduce_verbs"])
                       or signed or _settled_into_before(text, company, in_sentence, cfg["settle_verbs"]))
            if settles and (_project_placed_elsewhere(doc, zones, company) or _settles_in_a_city(doc, company, zones.lexicon, cfg) or several_visited
                            or _signed_with_several_governments(text, company, cfg) or _moving_elsewhere(doc, company, sentence, cfg)
                            or _gathered_by_a_place(doc, company, cfg)):
                explicit.add(company.key)  # 苏科高新临沂项目落地: its project settles in another city
                continue
            if settles and not _courted(doc, company, sentence, cfg):
                # 已有P创业园、C大酒店等项目落地: a park listed beside the company is its peer, not its place.
                list_start = _list_start(doc, company)
                # (临沂苏科健康城产业园 … 苏科高新临沂项目落地: a park named after the company is one it runs)
                earlier = [p for p in in_sentence if p.end <= company.start and not _only_a_conjunction(text, p.end, list_start)
                           and company.text not in text[max(0, p.start - len(company.text) - 2) : p.end]]
                # C签约，项目拟入驻P: the place its project settles in, later in the same clause group.
                later = [p for p in in_sentence if company.end <= p.start and p.end <= sentence_part_end
                         and (_settled_into(text[company.end : p.start].removesuffix("“"), cfg["settle_verbs"])
                              or text[company.end : p.start] in cfg["about_words"]
                              or _settles_at(text, company.end, p, cfg["settle_verbs"]))]
                # 科创园、芯中城、浩宁智造园已投入使用，C、D等企业已入驻: of several parks listed, none is the one.
                listed = bool(earlier) and text[earlier[-1].start - 1 : earlier[-1].start] == "、"
                if later:
                    target = later[0]
                elif earlier:
                    target = None if listed else earlier[-1]
                else:
                    target = _park_named_back(doc, company, sentence, cfg) or _park_by_its_kind(doc, company, sentence, cfg)
                # 皖垦茶业集团十字工业园: a company the park is named after runs it rather than settles in it.
                home = park_home.key if park_home and not _park_named_after(park_home, company) else ""
                if target is None:
                    collector.add(company, "locatedIn", _default_home(doc, zones, company, sentence, home),
                                  (company.start, company.end), confidence["located_in_settles_zone"], "company-settles-zone")
                    explicit.add(company.key)
                    continue
        if target is not None and target.type == "Park" and _park_named_after(target, company):
            continue  # 浙大网新·徽州智能制造科创产业园 … 浙大网新集团: the company the park is named after runs it
        if target is not None:
            target = _park_written_after(target, places)
            span = (min(target.start, company.start), max(target.end, company.end))
            collector.add(company, "locatedIn", target, span, confidence["located_in_explicit"], "company-located")
            explicit.add(company.key)
    for company, place, span in _addresses(doc, cfg) + _referred_back_settlers(doc, cfg):
        if company.key not in explicit:
            collector.add(company, "locatedIn", place, span, confidence["located_in_address"], "company-address")
            explicit.add(company.key)
    for company in doc.mentions:
        # 西宁经济技术开发区发展集团公司, 高新区企业聚石化学: a company named or written after its zone is that zone's.
        if company.type == "Company" and company.prefixed and company.key not in explicit:
            zone = zones.zone_at(company.start, doc.sentence_at(company.start).start)
            if zone is not None:
                collector.add(company, "locatedIn", zone, (zone.start, company.end),
                              confidence["located_in_named_after_zone"], "company-named-after-zone")
                explicit.add(company.key)
    # 深入园区英马电动车、瑞赛科尔等5家企业进行调研: companies listed right after a visit into the zone's own bare word are in it.
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in explicit | placed_by_name_only]:
        zone_key = zones.zone_key_at(company.start, doc.sentence_at(company.start).start) or zones.main_key
        if zone_key and _listed_after_a_visit_into_the_zone(text, company, cfg):
            collector.add(company, "locatedIn", zone_key, (company.start, company.end), confidence["located_in_default"],
                          "company-in-article-zone")
            explicit.add(company.key)
    if not zones.holds_by_context(zones.main_key) and park_home is None:
        # 高新区管委会主任X赴Y公司开展调研: in a short article, the company its own leader studies is the zone's.
        for company, zone_key, span in _studied_by_zone_leader(doc, collector, cfg):
            if company.key not in explicit:
                collector.add(company, "locatedIn", zone_key, span, confidence["located_in_default"], "company-in-article-zone")
        return
    if several_visited:
        return  # 到经开区、源潭及梅城工业园区走访调研…企业: which of the places each company is in, the article does not say
    other_homes = _other_homes(doc, zones, places)
    away = _away_from_zone(doc, zones, cfg)
    destinations = _travel_destinations(doc, zones)
    staffed = {key[2] for key in collector.triples if key[1] == "worksFor"}
    visitors = _visitors(doc, staffed, cfg)
    # 威海产投集团 … 市产投集团: a company written anywhere as the city's platform is the city's.
    city_owned_keys = {m.key for m in doc.mentions if m.type == "Company" and m.text.startswith(tuple(cfg["city_owned_openers"]))}
    # 与中车集团合作建设的P … 在中车集团具有知名度: a company written anywhere as the zone's partner is no settler.
    # (雨润集团与艾科农业合作建设…: two companies building together both settle.)
    # (与比亚迪、理想、蔚来等企业达成合作: every company of the list that opens after 与.)
    partner_keys = {m.key for m in doc.mentions if m.type == "Company"
                    and text.endswith(tuple(cfg["partner_openers"]), 0, (first := _list_start(doc, m)))
                    and (text.startswith(tuple(cfg["partnership_words"]), m.end)
                         or any(a in text[m.end : clause_end(text, m.end, CLAUSE_BREAK)]
                                for a in cfg["partnership_agreements"] + cfg["partnership_ties"]))
                    and not any(c.type == "Company" and c.end == first - 1 for c in doc.mentions)}
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in explicit | placed_by_name_only]:
        sentence = doc.sentence_at(company.start)
        # In an article about a park that names no zone (普定工业园区内各企业…), the park holds those named after it.
        zone_key = _default_home(doc, zones, company, sentence, park_home.key if park_home and park_home.end <= company.start
                                 and not _park_named_after(park_home, company) else "")
        if not zone_key:
            continue
        if any(p.type == "Park" and _park_named_after_its_core(p, company) for p in doc.mentions):
            continue  # 晋晟鼎业智能制造产业园 … 晋晟鼎业集团公司: the company a park is named after runs it
        # 与上海吉泰电阻器公司总经理于阳等座谈: a far city's company whose officer the zone's team meets
        # is a visitor, unless the sentence speaks of a signing.
        far = zones.elsewhere(company.text, zone_key)
        visiting = company.key in staffed and not any(verb in sentence.text for verb in cfg["signing_verbs"])
        city_owned = company.key in city_owned_keys  # 市高投公司: the city's platform
        # 学习新加坡裕廊集团经验: a company named with a foreign country is the zone's only when it settles there.
        foreign = company.text.startswith(tuple(rules("entities")["company"]["country_prefixes"]))
        platform = any(word in company.text or word in company.label for word in cfg["platform_words"]) or (
            park_home is not None and _develops_park_named_in_it(company, park_home, cfg))
        builder = ENGINEERING_BUREAU.fullmatch(company.text) is not None  # 中建七局…改造项目施工现场: it builds, it does not settle
        builder = builder or _builds_with_others(text, company, cfg)  # …联合A、B及C共同投资建设的产业平台: its developers
        visited = any(place in company.text for place in destinations)  # 前往辽阳、杭州等地 … 辽阳石化公司
        courted = _courted(doc, company, sentence, cfg)  # 走访…，进行叩门招商: a prospect
        clause = text[clause_start(text, company.start, CLAUSE_BREAK) : clause_end(text, company.end, CLAUSE_BREAK)]
        lesson = any(word in clause for word in cfg["lesson_words"])  # 吸取…事故教训: a company elsewhere
        # 为经开区聘请的C副总经理X…等三位招商大使颁发聘书: the companies of the zone's envoys are where they serve it from.
        envoy = any(word in sentence.text for word in cfg["envoy_words"])
        partner = company.key in partner_keys
        customer = text.endswith(tuple(cfg["destination_verbs"]), 0, company.start)
        organiser = text.startswith(tuple(cfg["organiser_roles"]), company.end)
        parent = text.endswith(tuple(cfg["parent_openers"]), 0, company.start) or _owner_described(text, company, cfg)
        sent = _sent_by_zone(doc, company, sentence, cfg)
        if (city_owned or foreign or platform or builder or visited or courted or lesson or envoy or partner or customer or parent or organiser
                or company.key in visitors or _settles_in_a_city(doc, company, zones.lexicon, cfg)
                or any(a <= company.start < b for a, b in away) and not sent or _listed_with_organs(doc, company)
                or (far and (_region(zones.lead_place(company.text)) in other_homes or visiting))):
            # 厦门银祥集团 where a zone of 聊城 meets 厦门同安区工业园区, 北京…公司 at a fair held in 北京: the
            # company of a city the article goes to is that city's. (Named after a far city alone, it is
            # often the investor that settles in the zone.)
            continue
        rule = "company-in-article-park" if zone_key.startswith("Park:") else "company-in-article-zone"
        collector.add(company, "locatedIn", zone_key, (company.start, company.end), confidence["located_in_default"], rule)
        explicit.add(company.key)


def _moving_elsewhere(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """有35户企业启动向远郊县区搬迁，其中，长征机械、…已竣工投产: companies of a sentence that moves firms to a
    destination other than a zone or park settle there."""
    moves = re.compile(f"向([\u4e00-\u9fff]{{2,8}}?)(?:{alternation(cfg['moving_verbs'])})")
    organisations = [(m.start, m.end) for m in doc.mentions if m.type in ("Zone", "Park")]
    for move in moves.finditer(doc.norm.text, sentence.start, company.start):
        if not any(a < move.end(1) and move.start(1) < b for a, b in organisations):
            return True
    return False


def _signed_with_several_governments(text: str, company: Mention, cfg: dict) -> bool:
    """市政府、兰州新区及皋兰县政府分别与佛慈制药、…签订了…协议: a company that a list of parties holding another
    government signs with, each on its own, may settle with any of them; the zone's is not said."""
    opening = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    at = opening.find(cfg["each_with"])
    parties = opening[:at] if at >= 0 else ""
    return any(j in parties for j in cfg["zone_joiners"]) and any(word in parties for word in cfg["government_words"])


def _owner_described(text: str, company: Mention, cfg: dict) -> bool:
    """…公司是佛瑞亚集团在全球的战略工厂之一: the company a clause of being (是) names as the owner of a plant or
    subsidiary (的…工厂, 的全资子公司) is not where that plant is; 安徽大梁机械有限公司，(是一家台资企业，)由东莞市展旺机械
    有限公司投资2.3亿元建设: nor is the one a clause names as the investor in the company its sentence opens with."""
    opening = clause_start(text, company.start, CLAUSE_BREAK)
    sentence_start = clause_start(text, company.start, "。；！？\n")
    if text[opening : company.start] == cfg["investor_opener"] and text.startswith(tuple(cfg["invest_verbs"]), company.end) and (
            cfg["company_opening_re"].match(text, sentence_start, opening)):
        return True
    if "是" not in text[opening : company.start]:
        return False
    words = alternation(cfg["parent_of_words"])
    return re.match(f"[^，。；,]{{0,{cfg['parent_of_gap']}}}?的[\u4e00-\u9fff]{{0,4}}?(?:{words})", text[company.end :]) is not None


def _develops_park_named_in_it(company: Mention, park: Mention, cfg: dict) -> bool:
    """上海宝地长江口创智产城发展有限公司 for 长江口创智产业园: the company's name holds the park's own words (its name
    short of its kind) and a word of developing."""
    stem = park.text[: -len(next((s for s in longest_first(park_suffixes()) if park.text.endswith(s)), ""))]
    return len(stem) >= 3 and stem in company.text and any(word in company.text for word in cfg["park_developer_words"])


def _listed_after_a_visit_into_the_zone(text: str, company: Mention, cfg: dict) -> bool:
    """深入园区英马电动车、瑞赛科尔…: the company is an item of a list opened by a verb of visiting and the zone's bare word."""
    before = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    opened = re.search(f"(?:{alternation(cfg['visit_into_verbs'])})(?:{alternation(longest_first(cfg['bare_zone_words']))})"
                       f"((?:[\u4e00-\u9fffA-Za-z0-9（）]+、)*)$", before)
    # (来到高新区城管基地、…生物医药基地等重点在建项目: a list closed by projects is of sites, not companies)
    closing = re.match(f"[^，。；]*?等[^，。；]{{0,8}}?(?:{alternation(rules('entities')['company']['list_heads'])})", text[company.end :])
    return opened is not None and closing is not None


def _based_abroad(text: str, company: Mention, end: int, cfg: dict) -> bool:
    """卡弗瑞特集团在中国投资的…公司, 维特根集团是一家总部设在德国的跨国公司: the group is written as investing
    across the country or as headquartered in a foreign country."""
    countries = alternation(rules("entities")["company"]["country_prefixes"])
    headquarters = re.compile(f"(?:{alternation(cfg['headquarters_words'])})(?:{countries})")
    return text.startswith(tuple(cfg["country_scope_words"]), company.end) or headquarters.search(text, company.end, end) is not None


def _park_by_its_kind(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """上海机器人产业园 … 顾村工业园区 … C、D 相继落户产业园: a settling verb followed by a park's kind alone puts the
    company in the park named with that kind (the last one named before)."""
    text = doc.norm.text
    verbs = alternation(cfg["settle_verbs"])
    kinds = alternation(longest_first(park_suffixes()))
    written = re.compile(f"(?:{verbs})({kinds})(?![\u4e00-\u9fff])").search(text, company.end, clause_end(text, company.end, "。；", sentence.end))
    if written is None or any(m.start <= written.start(1) < m.end for m in doc.mentions if m.type in ("Park", "Zone")):
        return None
    parks = [m for m in doc.mentions if m.type == "Park" and m.key and m.end <= company.start and m.text.endswith(written.group(1))]
    return parks[-1] if parks else None


def _park_named_after(park: Mention, company: Mention) -> bool:
    """皖垦茶业集团十字工业园, 浙大网新·徽州…产业园 (for 浙大网新集团), 晋晟鼎业智能制造产业园 (for 晋晟鼎业集团公司):
    whether the park's name opens with the company's, or with its name short of its legal form (four characters or more)."""
    brand = park.text.split("·")[0] if "·" in park.text else ""
    return (park.text.startswith(company.text) or len(brand) >= 2 and company.text.startswith(brand)
            or _park_named_after_its_core(park, company))


def _park_named_after_its_core(park: Mention, company: Mention) -> bool:
    """晋晟鼎业智能制造产业园 for 晋晟鼎业集团公司: the park's name opens with the company's name short of its legal form
    (four characters or more, so a short brand alone, 淮建集团开发区工业园, does not count)."""
    legal_form = next((f for f in longest_first(rules("entities")["company"]["suffixes"]) if company.text.endswith(f)), "")
    core = company.text[: len(company.text) - len(legal_form)] if legal_form else ""
    return len(core) >= 4 and park.text.startswith(core)


def _develops_the_park(text: str, company: Mention, cfg: dict) -> bool:
    """由 C 倾力打造, 由 C 联手 D 共同打造, C 和 D 强强联合，打造的…, 与 C 携手打造: the company is written as one of
    those building what the sentence names (a park, when one is named there; 由 C 投资建设 of a project is its
    settling)."""
    verbs = alternation(cfg["developing_verbs"])
    after = text[company.end : company.end + cfg["developing_reach"]]
    clause_opening = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    # 临港集团与日本瑞穗银行达成合作共建意向: a company agreeing with another to build together is a builder.
    # (苏州绿叶集团与张江高科技园区合作共建的博士后工作站: a facility built together is no park)
    clause = text[company.end : clause_end(text, company.end, CLAUSE_BREAK)]
    co_built = [clause[i + len(w) :].lstrip("的") for w in cfg["co_building_words"] if (i := clause.find(w)) >= 0]
    co_building = text.startswith(tuple(cfg["partner_openers"]), company.end) and any(
        not rest.startswith(tuple(cfg["co_built_facilities"])) for rest in co_built)
    # 裕廊集团以参与苏州工业园区建设为荣, 鸿运国际集团…是苏州工业园区开发的主体: one taking part in building it, or its developer.
    clause_after = text[company.end : clause_end(text, company.end, "。；")]
    taking_part = re.search(f"(?:{alternation(cfg['taking_part_words'])})[^，。；]{{0,12}}?(?:{verbs})", clause_after) is not None
    developer = any(word in clause_after for word in cfg["developer_role_words"])
    return co_building or taking_part or developer or _builds_with_others(text, company, cfg) or bool(re.match(f"[^。；]*?(?:{verbs})的", after)
                or "由" in clause_opening and re.search(verbs, text[company.end : clause_end(text, company.end, CLAUSE_BREAK)])
                or text.endswith(tuple(cfg["partner_openers"]), 0, company.start)
                and re.match(f"(?:{alternation(cfg['joint_words'])})?(?:{verbs})", after))


def _builds_with_others(text: str, company: Mention, cfg: dict) -> bool:
    """…联合中信正业控股集团有限公司、中石化新星…公司及中国虹桥…公司共同投资建设的平台: every company of a list closed by
    a word of doing together and a verb of building, then 的, builds what follows."""
    verbs = alternation(cfg["developing_verbs"])
    return re.match(f"(?:[、及][^，。；、及和与]{{2,30}}?)+(?:{alternation(cfg['joint_words'])})(?:{verbs})的", text[company.end :]) is not None


def _studied_by_zone_leader(doc: AnalysedDocument, collector: TripleCollector, cfg: dict) -> list[tuple[Mention, str, tuple[int, int]]]:
    """Companies a zone's own leader goes to study (赴/到 C 开展调研, 首先来到 C，深入…车间; 来到 C，X 认真听取), in a
    sentence naming the leader and with no place between: the zone's own enterprises."""
    text = doc.norm.text
    leaders = {t.subject: t.object for t in collector.triples.values() if t.predicate == "leads" and t.object.startswith("Zone:")}
    found = []
    for person in (m for m in doc.mentions if m.type == "Person" and m.key in leaders):
        sentence = doc.sentence_at(person.start)
        for company in (m for m in doc.mentions if m.type == "Company" and person.end <= m.start < sentence.end):
            after = text[company.end : company.end + 1 + max(map(len, cfg["study_words"]))].lstrip("，,")
            if (text[person.end : company.start].endswith(tuple(cfg["study_visit_verbs"]))
                    and after.startswith(tuple(cfg["study_words"]))
                    and not any(m.type == "Place" and person.end <= m.start < company.start for m in doc.mentions)):
                found.append((company, leaders[person.key], (person.start, company.end)))
        # 来到C，党锋认真听取…; 在C项目施工现场，党锋详细询问: the visit opens the sentence, the leader follows.
        for company in (m for m in doc.mentions if m.type == "Company" and sentence.start <= m.start and m.end < person.start):
            opening, between = text[sentence.start : company.start], text[company.end : person.start]
            if (len(opening) <= cfg["visit_opening_max"] and opening.endswith(tuple(cfg["study_visit_verbs"] + cfg["visit_place_words"]))
                    and between.count("，") + between.count(",") == 1 and len(between) <= cfg["visit_opening_max"] * 4
                    and between.rstrip().endswith(("，", ","))):
                found.append((company, leaders[person.key], (company.start, person.end)))
    # 检查组先后检查了C、D等单位: the party the zone's one leader takes round goes through the zone's enterprises.
    zones_led = set(leaders.values())
    if len(zones_led) == 1:
        for company in (m for m in doc.mentions if m.type == "Company"):
            sentence = doc.sentence_at(company.start)
            if cfg["touring_party_re"].match(text, sentence.start, company.start) and not any(
                    m.type == "Place" and sentence.start <= m.start < company.start for m in doc.mentions):
                found.append((company, next(iter(zones_led)), (sentence.start, company.end)))
    return found


def _settles_in_a_city(doc: AnalysedDocument, company: Mention, lexicon: Lexicon, cfg: dict) -> bool:
    """抓住台积电落户南京机遇: a company that settles in a place named right after the verb (or said to lie in one,
    位于昆山的C) settles in that city, not in a park of the article."""
    text = doc.norm.text
    # (…长春化工等五家台湾著名财团和上市公司已相继落户龙海市: the verb may close a list the company is in)
    verbs = re.compile(alternation(longest_first(cfg["settle_verbs"])))
    verb = verbs.search(text, company.end, clause_end(text, company.end, "，。；"))
    organisations = [m for m in doc.mentions if m.type in ("Zone", "Park")]
    city = next((m for m in doc.mentions if verb and m.type == "Place" and m.start == verb.end()), None)
    # 位于昆山的淳华科技: a company said to lie in a city (a place the lexicon knows, however the article tags it) lies there.
    lying = re.search(f"(?:{alternation(cfg['lying_verbs'])})([\u4e00-\u9fff]{{2,6}})的$", text[max(0, company.start - 12) : company.start])
    if lying is not None and lexicon.division(lying.group(1)) is not None:
        return True
    # 韩国现代汽车在盐城设立了配套工厂: one setting up in a city named after 在 is there.
    setting = re.match(f"在([\u4e00-\u9fff]{{2,4}}?)(?:{alternation(cfg['setting_up_verbs'])})", text[company.end : company.end + 12])
    if setting is not None and lexicon.division(setting.group(1)) is not None:
        return True
    return city is not None and not any(o.start <= city.start < o.end for o in organisations)


def _project_placed_elsewhere(doc: AnalysedDocument, zones: ZoneResolver, company: Mention) -> bool:
    """苏科高新临沂项目: a place a few name characters after the company's name, before 项目, outside the zone's city."""
    text = doc.norm.text
    place = next((m for m in doc.mentions if m.type == "Place" and company.end <= m.start <= company.end + 4
                  and CJK_RUN.fullmatch(text, company.end, m.start)), None)
    return (place is not None and text.startswith(tuple(_cfg()["project_words"]), place.end)
            and zones.elsewhere(place.text, zones.main_key))


def _default_home(doc: AnalysedDocument, zones: ZoneResolver, company: Mention, sentence: Sentence, park_home: str) -> str:
    """Where a company with no place of its own is: a zone its sentence names, else the park its sentence opens with
    (…健康食品产业园总规划面积3平方公里，…代表企业有A、B等), else the article's park, else the article's zone."""
    zone_key = zones.zone_key_at(company.start, sentence.start)
    if zone_key in ("", zones.main_key) and (topic := _park_opening(doc, sentence, company)) is not None:
        return topic.key
    return park_home if park_home and zone_key in ("", zones.main_key) else zone_key


def _park_opening(doc: AnalysedDocument, sentence: Sentence, company: Mention, until: int | None = None) -> Mention | None:
    """The park the company's sentence (or its part after ；) opens with, perhaps after its zone's name, as its
    subject — not one named after the company, nor one the sentence defines (P是C和D强强联合打造的…). A sentence
    opening with 其中 goes on with the one before (南川工业园区新增4项新开工项目…。其中，C…项目)."""
    text = doc.norm.text
    until = company.start if until is None else until
    opening = clause_start(text, until, "；", floor=sentence.start)
    opening += len(text[opening:until]) - len(text[opening:until].lstrip())
    opening = next((z.end for z in doc.mentions if z.type == "Zone" and z.start == opening), opening)
    if opening == sentence.start and sentence.index > 0 and text.startswith(tuple(_cfg()["continuing_openers"]), opening):
        before = doc.sentences[sentence.index - 1]
        return _park_opening(doc, before, company, until=before.end)
    return next((p for p in doc.mentions if p.type == "Park" and p.key and p.start == opening and p.end <= until
                 and not text.startswith(tuple(_cfg()["defining_words"]), p.end)
                 and not _park_named_after(p, company)), None)


def _article_park(doc: AnalysedDocument, zone_sentences: int) -> Mention | None:
    """The park an article is about: the one named in the most sentences, when that is at least as
    often as the article-zone default asks of a zone and more often than the article names its zone."""
    sentences: dict[str, set[int]] = {}
    first: dict[str, Mention] = {}
    for mention in doc.mentions:
        if mention.type == "Park" and mention.key:
            sentences.setdefault(mention.key, set()).add(doc.sentence_at(mention.start).index)
            first.setdefault(mention.key, mention)
    ranked = sorted(sentences, key=lambda key: -len(sentences[key]))
    if ranked and len(sentences[ranked[0]]) <= zone_sentences:
        return None
    if len(ranked) == 1 and min(sentences[ranked[0]]) < rules("relations")["lead_sentences"]:
        return first[ranked[0]]  # 普定工业园区内各企业已陆续开工: the one park the lead names is the article's
    if not ranked or len(sentences[ranked[0]]) < rules("relations")["default_zone_min_sentences"]:
        return None
    if len(ranked) > 1 and len(sentences[ranked[1]]) == len(sentences[ranked[0]]):
        return None
    return first[ranked[0]]


def _away_from_zone(doc: AnalysedDocument, zones: ZoneResolver, cfg: dict) -> list[tuple[int, int]]:
    """Spans from where the zone's team travels to a far city (奔赴深圳, 在深圳期间) to the paragraph's end."""
    text = doc.norm.text
    spans = []
    for place in (m for m in doc.mentions if m.type == "Place"):
        travels = zones.travelled_to(place.start) or (
            text[: place.start].endswith(cfg["stay_opening"]) and text.startswith(cfg["stay_closing"], place.end))
        if travels and zones.elsewhere(place.text, zones.zone_key_at(place.start, doc.sentence_at(place.start).start), travelled=True):
            spans.append(_trip_span(doc, place.start, place.end))
    # 赴珠三角开展经贸合作交流活动: a trip to a wide region (no place of the lexicon) is away from the zone too,
    # and so is one to another zone (赴中国(上海)自由贸易试验区临港新片区调研).
    regions = re.compile(f"(?:{alternation(cfg['travel_verbs'])})(?:{alternation(cfg['travel_regions'])})")
    spans += [_trip_span(doc, match.start(), match.end()) for match in regions.finditer(text)]
    trip_to = re.compile(f"(?:{alternation(cfg['travel_verbs'])})[^{CLAUSE_BREAK}]{{0,{cfg['trip_to_zone_gap']}}}$")
    spans += [_trip_span(doc, zone.start, zone.end) for zone in doc.mentions
              if zone.type == "Zone" and not zone.anaphoric and zone.key != zones.main_key
              and trip_to.search(text, max(0, zone.start - cfg["trip_to_zone_gap"] - 2), zone.start)]
    return spans


def _trip_span(doc: AnalysedDocument, start: int, end: int) -> tuple[int, int]:
    """From a trip's destination to its paragraph's end — to the text's end when the lead sentences announce
    it (带队赴上海开展招商拜访活动。\n刘思江一行先后拜访…: the trip is what the article reports)."""
    text = doc.norm.text
    lead = doc.sentence_at(start).index < rules("relations")["lead_sentences"]
    paragraph_end = -1 if lead else text.find("\n", end)
    return start, paragraph_end if paragraph_end >= 0 else len(text)


def _zone_one_of_several_visited(doc: AnalysedDocument, places: list[Mention]) -> bool:
    """Whether the article's visit goes to a zone listed with other places, parks or towns after a verb of going
    (到经开区、源潭及梅城工业园区开展走访调研)."""
    text = doc.norm.text
    going = tuple(_cfg()["study_visit_verbs"])
    joints = tuple(rules("measures")["coordinators"])
    for zone in (p for p in places if p.type == "Zone"):
        if not text.endswith(going, 0, zone.start):
            continue
        after = text[zone.end : zone.end + 1 + max(map(len, joints))]
        # (走进北京经开区与内蒙古两地协作…企业: the two places named together for what they share, not a list of visits.)
        if after.startswith(joints) and any(p is not zone and zone.end < p.start <= zone.end + _cfg()["visit_list_window"]
                                            and not text.startswith(tuple(_cfg()["paired_place_counts"]), p.end)
                                            for p in doc.mentions if p.type in ("Zone", "Park", "Place")):
            return True
    return False


def _travel_destinations(doc: AnalysedDocument, zones: ZoneResolver) -> set[str]:
    """The places the zone's team travels to (前往辽阳、杭州等地考察), each as written and in short form."""
    destinations: set[str] = set()
    for place in zones.trip_places():
        known = zones.lexicon.place(place.place)
        destinations |= {place.text} | ({known.short} if known is not None and len(known.short) >= 2 else set())
    return destinations


@cache
def _arrival_pattern() -> re.Pattern:
    """An officer's name and post, then a party word and a verb of arrival (or a verb of arrival, where, and a
    word of looking around), in one clause."""
    cfg = _cfg()
    arrival = alternation(cfg["arrival_verbs"])
    return re.compile(f"[^，。；]{{0,{cfg['delegation_max_gap']}}}(?:(?:{alternation(cfg['delegation_words'])})(?:{arrival})"
                      f"|(?:{arrival})[^，。；]{{1,{cfg['visit_place_max']}}}?(?:{alternation(cfg['visit_words'])}))")


def _visitors(doc: AnalysedDocument, staffed: set[str], cfg: dict) -> set[str]:
    """Companies whose officer heads a party that comes to the zone (…董事长侯志勇一行来高新区), in a
    sentence that speaks of no signing."""
    visitors = set()
    for company in (m for m in doc.mentions if m.type == "Company" and m.key in staffed):
        sentence = doc.sentence_at(company.start)
        if (_arrival_pattern().match(doc.norm.text, company.end, sentence.end)
                and not any(v in sentence.text for v in cfg["signing_verbs"])):
            visitors.add(company.key)
    return visitors


def _sent_by_zone(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """天津滨海高新区…组织了力神电池股份有限公司、…5家企业参展: a company in a list the zone, named earlier in the
    sentence, organises (to go to a fair far away) is the zone's own."""
    text = doc.norm.text
    verb = max((text.rfind(v, sentence.start, company.start) for v in cfg["organising_verbs"]), default=-1)
    return verb >= 0 and any(m.type == "Zone" and sentence.start <= m.start < verb for m in doc.mentions) and (
        not re.search(f"[{CLAUSE_BREAK}]", text[verb : company.start]))


def _guests_attend(after: str, cfg: dict) -> bool:
    """C、D等27家企业40余位客商参加: the companies' merchants or guests attend, before the clause ends."""
    return cfg["guests_attend_re"].search(after, 0, clause_end(after, 0, "，。；")) is not None


def _gathered_by_a_place(doc: AnalysedDocument, company: Mention, cfg: dict) -> bool:
    """…开发区位于柳南区，而柳南区聚集了C、D三大主机厂: a clause whose subject is a district or city, no park or zone,
    gathers companies into that place."""
    text = doc.norm.text
    opening = clause_start(text, _list_start(doc, company), CLAUSE_BREAK)
    verb = max((at for v in cfg["introduce_verbs"] if (at := text.rfind(v, opening, company.start)) >= 0), default=-1)
    inside = [m for m in doc.mentions if opening <= m.start and m.end <= verb]
    # (西安经开先后引进西门子: a place opening a zone's short name is that zone, not the subject)
    subject = [m for m in inside if m.type == "Place" and verb - m.end <= cfg["place_subject_gap"]
               and not text.startswith(tuple(cfg["place_name_continuations"]), m.end)]
    return verb >= 0 and bool(subject) and not any(m.type in ("Park", "Zone") for m in inside)


def _courted(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """走访了凯能集团、海正化工等企业，进行叩门招商: a company visited before a word of investment promotion;
    对天府新区…进行了推介，吸引到西门子、腾讯等111家企业参加: one drawn to attend the zone's promotion; 与 C …进行洽谈:
    one negotiated with; 积极对接 C, C 等在谈项目: one pursued or still under negotiation."""
    text = doc.norm.text
    before, after = text[sentence.start : company.start], text[company.end : sentence.end]
    clause_before = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    # (…集团…赴经济技术开发区管委会洽谈…合作事宜: one that travels there to negotiate, too)
    travels_to_negotiate = re.search(f"(?:{alternation(cfg['travel_verbs'])})[^，。；]{{0,20}}?(?:{alternation(cfg['negotiating_verbs'])})", after)
    negotiated = (("与" in clause_before and any(verb in after for verb in cfg["negotiating_verbs"]) or travels_to_negotiate)
                  and not any(verb in sentence.text for verb in cfg["signing_verbs"]))
    clause_after = text[company.end : clause_end(text, company.end, CLAUSE_BREAK)]
    pursued = any(word in clause_before or word in clause_after for word in cfg["pursuing_words"])
    return ((any(verb in before for verb in cfg["prospect_visit_verbs"]) and any(word in after for word in cfg["prospect_words"]))
            or (any(word in before for word in cfg["promotion_words"]) and any(verb in after for verb in cfg["attending_verbs"]))
            or _guests_attend(after, cfg)
            or negotiated or pursued)


def _region(place: Place | None) -> str:
    """The city a place is in (or the place itself, for a city or province)."""
    return (place.city or place.name) if place is not None else ""


def _other_homes(doc: AnalysedDocument, zones: ZoneResolver, places: list[Mention]) -> set[str]:
    """Cities the article speaks of besides its zone's: those of other zones and parks, and places
    it names outside company names (a fair held in 北京丰台区)."""
    companies = [(m.start, m.end) for m in doc.mentions if m.type == "Company"]
    named = [zones.lexicon.place(m.place) for m in doc.mentions
             if m.type == "Place" and not any(a <= m.start and m.end <= b for a, b in companies)]
    others = [zones.lead_place(m.text) for m in places if m.key != zones.main_key and m.owner != zones.main_key]
    return {_region(place) for place in named + others} - {""}


def _without_origin(between: str) -> str:
    """的台企 → 的: a word of where a company comes from, written before its name, is not between it and its place."""
    origins = rules("entities")["company_words"]["leading_noise"]
    return next((between[: -len(w)] for w in origins if between.endswith(w) and len(between) > len(w)), between)


def _place_of(doc: AnalysedDocument, company: Mention, sentence: Sentence, in_sentence: list[Mention], cfg: dict) -> Mention | None:
    """The park or zone the sentence's wording puts the company in, if any (first pattern that says so
    about a place before the company wins; otherwise the first place after it)."""
    text = doc.norm.text
    target = None
    list_start = _list_start(doc, company)
    for place in in_sentence:
        between = text[place.end : company.start]
        before = text[sentence.start : place.start]
        # 位于 P 的 C / P 内的 C, and every company of a list written there (P 内的 C、D 等企业); 位于 P 的台企 C;
        # 海州工业园合诚复合材料有限公司, read as one word.
        if place.end <= company.start and _without_origin(text[place.end : list_start]) in ("的", "内的", "里的", "内", "") and (
            text[place.end : list_start] or before.endswith(tuple(cfg["locate_verbs"])) or (place.type == "Park" and place.end == company.start)
        ):
            target = place
        # 在 P 设立 C
        elif place.end <= company.start and text[: _address_start(doc, place)].endswith("在") and (
            between.startswith(tuple(cfg["establish_verbs"])) and len(between) <= cfg["invest_max_gap"]
        ):
            target = place
        # 在 P，C…: a place the sentence opens with is where its company is.
        elif place.end <= company.start and text[sentence.start : _address_start(doc, place)] == "在" and (
            text[place.end : place.end + 2].lstrip("内里中")[:1] in ("，", ",")
        ):
            target = target or place
        # P 内优秀企业代表——C、D; P 的重点企业有 C
        elif place.end <= company.start and _members_listed_after(doc, place.end, company, cfg):
            target = target or place
        # P 此次集中开工的企业其中3家是电子信息类企业（C、D）: the park the clause opens with, then its companies.
        elif place.end <= company.start and _opens_clause(text, place, sentence) and _listed_as_companies(doc, place, company, in_sentence, cfg):
            target = target or place
        # 作为 P 的首批入驻企业之一，C; 作为从东莞招商引资落户 P 的企业，C
        elif place.end <= company.start and text[clause_start(text, _address_start(doc, place), CLAUSE_BREAK) : _address_start(doc, place)].startswith(
                tuple(cfg["membership_introducers"])) and (
            re.fullmatch(f"的[^，。；,;]*(?:{alternation(cfg['membership_heads'])})(?:{cfg['membership_one_of']})?[，,]", text[place.end : list_start])
        ):
            target = target or place
        # 到城南工业园星球厂房检查C、D等企业: the companies a visit to a park inspects are that park's.
        elif place.end <= company.start and before.endswith(tuple(cfg["study_visit_verbs"])) and _inspected_after(
                text[place.end : list_start], cfg):
            target = target or place
        # C 是 P 的重点企业
        elif place.start > company.end and text[company.end : place.start] in cfg["membership_verbs"] and (
            _one_of_its_own(text, place.end, cfg)
        ):
            target = target or place
        # C 拟在 P 投资建设…, C…项目在 P 开工 (not 支持 C 在 P 投资发展, a wish)
        elif place.start > company.end and _builds_in(text, company, _address_start(doc, place), place.end, cfg) and (
                not text.endswith(tuple(cfg["wishing_verbs"]), 0, company.start)):
            target = target or place
        # C 投资的 P 项目
        elif place.start > company.end and text.startswith(tuple(cfg["invest_verbs"]), company.end) and (
            place.start - company.end <= cfg["invest_max_gap"]
        ) and not (place.type == "Park" and text.endswith("的", 0, place.start) and not any(w in text[place.end : place.end + 4] for w in cfg["project_words"])):
            target = target or place
        # C … 落户/入驻 P   or   落户 P … C
        elif place.start > company.end and _verb_leads_to(text[company.end : place.start], cfg["settle_verbs"] + cfg["locate_verbs"]):
            target = target or place
    return target


def _inspected_after(between: str, cfg: dict) -> bool:
    """星球厂房检查, 江北片区检查: a few words naming a spot of the park, then a verb of inspecting or visiting."""
    word = next((w for w in cfg["study_words"] if between.endswith(w)), "")
    return bool(word) and re.fullmatch(f"[\u4e00-\u9fff]{{0,{cfg['visit_spot_max']}}}", between[: -len(word)]) is not None


def _referred_back_settlers(doc: AnalysedDocument, cfg: dict) -> list[tuple[Mention, Mention, tuple[int, int]]]:
    """(company, park or zone, span) for "该企业在 P 投资办厂": the company the anaphor refers back to is in P."""
    text = doc.norm.text
    verbs = tuple(cfg["settle_verbs"] + cfg["invest_verbs"] + cfg["establish_verbs"])
    found = []
    for place in (m for m in doc.mentions if m.type in ("Zone", "Park") and not m.anaphoric):
        opening = text[: _address_start(doc, place)]
        anaphor = next((a for a in cfg["anaphors"]["Company"] if a.startswith("该") and opening.endswith(a + "在")), "")
        start = len(opening) - len(anaphor) - 1
        if anaphor and text.startswith(verbs, place.end) and (company := _previous(doc, "Company", start, anaphor)) is not None:
            found.append((company, place, (start, place.end)))
    return found


def _addresses(doc: AnalysedDocument, cfg: dict) -> list[tuple[Mention, Mention, tuple[int, int]]]:
    """(company, park or zone, span) for each address clause: "C，成立于…，公司位于 P", and for each
    registration with a body of the place: "C 于…在 P 市场监督管理局登记成立"."""
    text = doc.norm.text
    found = []
    for verb in cfg["clause_locate_re"].finditer(text):
        sentence = doc.sentence_at(verb.start())
        place = _addressed_place(doc, verb.end(), sentence, cfg)
        company = _clause_company(doc, verb.start(), sentence, cfg) if place is not None else None
        if company is not None:
            found.append((company, place, (min(company.start, verb.start()), place.end)))
    for body in (m for m in doc.mentions if m.type == "GovernmentBody" and text.startswith(tuple(cfg["registration_verbs"]), m.end)):
        sentence = doc.sentence_at(body.start)
        place = next((m for m in doc.mentions if m.type in ("Zone", "Park") and not m.anaphoric and m.start < body.start
                      and _only_fillers(text[m.end : body.start], []) and text[: _address_start(doc, m)].endswith("在")), None)
        company = _clause_company(doc, place.start - 1, sentence, cfg) if place is not None else None
        if company is not None:
            found.append((company, place, (min(company.start, place.start), body.end)))
    return found


def _clause_company(doc: AnalysedDocument, position: int, sentence: Sentence, cfg: dict) -> Mention | None:
    """The company a clause ending at `position` is about: one written in the clause before nothing but
    subject words (C 于2012年成立于, C1位于), or, when the clause has no subject of its own (，位于;
    ，公司坐落在), the company the sentence is about — the first one, in its first clause."""
    text = doc.norm.text
    breaks = ADDRESS_CLAUSE_BREAKS + " "
    opening = clause_start(text, position, breaks, floor=sentence.start)
    companies = [m for m in doc.mentions if m.type == "Company" and sentence.start <= m.start and m.end <= position]
    in_clause = [m for m in companies if m.start >= opening]
    if in_clause:
        company, lead = in_clause[-1], text[in_clause[-1].end : position]
    else:
        first_clause_end = clause_end(text, sentence.start, breaks, sentence.end)
        company = companies[0] if companies and companies[0].end <= first_clause_end else None
        lead = text[opening:position]
    return company if company is not None and _only_fillers(lead, cfg["clause_subjects"]) else None


def _only_fillers(lead: str, fillers: list[str]) -> bool:
    """Nothing but dates, asides in brackets and subject words (公司, 总部与主要工厂) before the verb."""
    rest = DATE.sub("", ASIDE.sub("", lead)).strip()
    words = longest_first(fillers)
    while rest:
        word = next((w for w in words if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def _addressed_place(doc: AnalysedDocument, after: int, sentence: Sentence, cfg: dict) -> Mention | None:
    """The park or zone an address verb leads to in its clause; a park written right after its zone
    (郑州经济技术开发区国际物流园区) is the more specific place."""
    text = doc.norm.text
    places = sorted((m for m in doc.mentions if m.type in ("Park", "Zone") and after <= m.start < sentence.end
                     and not m.anaphoric), key=lambda m: m.start)
    if not places:
        return None
    place = places[0]
    tail = text[after : place.start]
    if any(ch in tail for ch in ADDRESS_CLAUSE_BREAKS):
        return None
    # Places of the address before the name (湖南省安化县, 风景秀丽的青岛) are not part of the gap.
    cut = place.start
    while cut > after and any(m.type == "Place" and m.start < cut <= m.end for m in doc.mentions):
        cut = next(m.start for m in doc.mentions if m.type == "Place" and m.start < cut <= m.end)
    gap = text[after:cut]
    described = gap.endswith(tuple(cfg["place_description_endings"])) and len(gap) <= cfg["place_description_max"]
    if not (len(gap) <= MAX_VERB_TO_PLACE or described):
        return None
    return _park_written_after(place, places)


def _park_written_after(place: Mention, places: list[Mention]) -> Mention:
    """郑州经济技术开发区国际物流园区: a park written right after its zone is the more specific place."""
    if place.type != "Zone":
        return place
    return next((m for m in places if m.type == "Park" and m.start == place.end), place)


def _settled_into_before(text: str, company: Mention, places: list[Mention], verbs: list[str]) -> bool:
    """P 已入驻 C、D 等企业: a settling verb after a place and before the company, in one clause."""
    earlier = [p for p in places if p.end <= company.start]
    if not earlier:
        return False
    between = text[earlier[-1].end : company.start]
    if not any(ch in between for ch in PLACE_CLAUSE_BREAKS):
        return any(verb in between for verb in verbs)
    # 其中，P面积约580亩，目前已入驻C、D等企业: the place opening the sentence is the subject of its later clause too.
    opening = clause_start(text, earlier[-1].start, PLACE_CLAUSE_BREAKS)
    own_clause = text[clause_start(text, company.start, PLACE_CLAUSE_BREAKS) : company.start]
    return (len(earlier) == 1 and earlier[-1].start - opening <= TOPIC_OPENING_MAX and sum(between.count(ch) for ch in "，,") <= 1
            and any(re.search(f"{re.escape(verb)}(?:[^、，。；]{{1,{LISTED_NAME_MAX}}}、)*$", own_clause) for verb in verbs))


def _settles_at(text: str, company_end: int, place: Mention, verbs: list[str]) -> bool:
    """C…打造的P项目在Z宣布正式投产: the company's project, in one clause, settles (or starts) at the place after 在."""
    between = text[company_end : place.start]
    clause_after = text[place.end : clause_end(text, place.end, PLACE_CLAUSE_BREAKS)]
    return (between.endswith(LOCATIVE) and not any(ch in between for ch in PLACE_CLAUSE_BREAKS)
            and any(verb in clause_after for verb in verbs))


def _settled_into(between: str, verbs: list[str]) -> bool:
    """A settling verb a few characters before the place, with no clause break between (项目拟入驻P;
    not 伊顿新项目签约入驻，巨高电气产业园)."""
    tails = (between[between.rfind(verb) + len(verb) :] for verb in verbs if verb in between)
    return any(len(tail) <= MAX_VERB_TO_PLACE and not any(ch in tail for ch in PLACE_CLAUSE_BREAKS) for tail in tails)


def _list_start(doc: AnalysedDocument, company: Mention) -> int:
    """Where the 、-joined list of companies that ends with this one begins."""
    text = doc.norm.text
    start = company.start
    while text[start - 1 : start] == "、":
        listed = next((m for m in doc.mentions if m.type == "Company" and m.end == start - 1), None)
        if listed is None:
            break
        start = listed.start
    return start


def _toured(text: str, start: int) -> bool:
    """先后来到经开区政务服务中心、…: a list that opens right after a verb of visiting is a tour."""
    cfg = _cfg()
    return bool(cfg["tour_re"].search(text, max(0, start - 8), start))


def _listed_with_organs(doc: AnalysedDocument, company: Mention) -> bool:
    """喀什海关、喀什综保区管委会、深圳港集团等单位: a company listed with 、 beside a body or a zone is one
    of many parties (at a meeting, to an agreement), not a company the article places in its zone.
    The zone's own body is no such party: 来到经开区政务服务中心、C、D is a tour of the zone."""
    text = doc.norm.text
    if _inspected_list(doc, company):
        return False
    for organ in doc.mentions:
        if organ.type not in ("GovernmentBody", "Zone") or organ.start < company.end and company.start < organ.end:
            continue
        if organ.type == "GovernmentBody" and organ.prefixed:
            written = next((z.start for z in doc.mentions if z.type == "Zone" and z.end == organ.start), organ.start)
            if _toured(text, written):
                continue
        between = text[organ.end : company.start] if organ.end <= company.start else text[company.end : organ.start]
        items = between.split("、")
        if len(items) >= 2 and not items[0] and not items[-1] and all(
                len(item) <= LISTED_NAME_MAX and not any(ch in PLACE_CLAUSE_BREAKS for ch in item) for item in items):
            return True
    return False


def _inspected_list(doc: AnalysedDocument, company: Mention) -> bool:
    """先后对A、C、D等七家经营生产单位进行了现场检查: a list the zone's inspectors or visitors go through is a tour of
    its units, whatever bodies it holds."""
    text = doc.norm.text
    end = clause_end(text, company.end, "。；")
    return _cfg()["tour_list_re"].search(text, company.end, end) is not None


def _members_listed_after(doc: AnalysedDocument, after: int, company: Mention, cfg: dict) -> bool:
    """P 内优秀企业代表——C、D; P 的重点企业有 C、D; P 已集聚包括 C、D: after the place, a few words
    ending in a company word or a verb of gathering, then the list the company is in."""
    text = doc.norm.text
    start = _list_start(doc, company)
    return bool(cfg["members_lead_re"].fullmatch(text, after, start) or cfg["collects_lead_re"].fullmatch(text, after, start))


def _opens_clause(text: str, place: Mention, sentence: Sentence) -> bool:
    return place.start == sentence.start or text[place.start - 1] in CLAUSE_BREAK


def _listed_as_companies(doc: AnalysedDocument, place: Mention, company: Mention, in_sentence: list[Mention], cfg: dict) -> bool:
    """After the place and no other, a company word and a bracket or colon open the list the company is in."""
    start = _list_start(doc, company)
    if any(place.end <= other.start and other.end <= start for other in in_sentence if other is not place):
        return False
    return bool(cfg["members_list_opener_re"].search(doc.norm.text, place.end, start))


def _park_referred_to(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """园区内优秀企业代表——C, 园内的 C、D: the park (or zone) a park anaphor of the sentence refers back
    to, when the company is listed as one of its members."""
    text = doc.norm.text
    for anaphor in cfg["anaphors"]["Park"]:
        at = text.rfind(anaphor, sentence.start, company.start)
        # 园内的 C、D 等企业: the anaphor and 的 right before the list say where its companies are.
        if at >= 0 and (_members_listed_after(doc, at + len(anaphor), company, cfg)
                        or text[at + len(anaphor) : _list_start(doc, company)] == "的" and anaphor.endswith("内")):
            # 该园区 refers back to the last park named; to a zone only when the article names no park.
            earlier = [m for m in doc.mentions if m.type in ("Park", "Zone") and m.end <= at and m.key]
            parks = [m for m in earlier if m.type == "Park"]
            return (parks or earlier or [None])[-1]
    return None


def _park_named_back(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """该基地与C、D达成合作，举行进驻基地的签约仪式: a settling company's place is the park a 该-anaphor
    before it in the sentence refers back to (the last park named)."""
    text = doc.norm.text
    ats = [at for a in cfg["anaphors"]["Park"] if a.startswith("该") and (at := text.rfind(a, sentence.start, company.start)) >= 0]
    if not ats:
        return None
    parks = [m for m in doc.mentions if m.type == "Park" and m.key and m.end <= min(ats)]
    return max(parks, key=lambda m: m.end, default=None)


def _cluster_home(doc: AnalysedDocument, company: Mention, sentence: Sentence, places: list[Mention]) -> Mention | None:
    """临港产业园现有企业27家，以嘉冠集团为龙头的…产业集群已初具规模: a company leading a cluster is in the
    park or zone its sentence opens with (not in one merely named on the way)."""
    text = doc.norm.text
    for match in leader_pattern().finditer(text, sentence.start, sentence.end):
        if match.start(1) <= company.start and company.end <= match.end(1):
            subjects = [p for p in places if p.key and p.end <= match.start() and _opens_clause(text, p, sentence)
                        and sentence.start <= p.start]
            if not subjects and _continues_previous_subject(doc, sentence):
                # …嘉祥化工产业园累计完成投资80亿元。已初步形成了以世纪阳光为龙头的…: a sentence with no
                # subject of its own goes on about the place the sentence before opened a clause with.
                previous = doc.sentences[sentence.index - 1]
                subjects = [p for p in places if p.key and previous.start <= p.start and p.end <= previous.end
                            and _opens_clause(text, p, previous)]
            return subjects[0] if len(subjects) == 1 else None
    return None


def _continues_previous_subject(doc: AnalysedDocument, sentence: Sentence) -> bool:
    """The sentence opens with an adverb, verb or preposition (已初步形成…, 以…为龙头…) in the paragraph
    of the sentence before it."""
    tokens = doc.tokens[sentence.index]
    return (sentence.index > 0 and bool(tokens) and tokens[0].tag in SUBJECT_FOLLOWERS
            and "\n" not in doc.norm.text[doc.sentences[sentence.index - 1].end : sentence.start])


def _one_of_its_own(text: str, after: int, cfg: dict) -> bool:
    """…P 的重点企业, …P 去年引进的项目: after the place, a 的 and a company or project word in the clause."""
    tail = text[after : clause_end(text, after, PLACE_CLAUSE_BREAKS, after + cfg["membership_max_gap"])]
    return "的" in tail and any(head in tail[tail.find("的") :] for head in cfg["membership_heads"])


def _address_start(doc: AnalysedDocument, place: Mention) -> int:
    """Where a park or zone is written from, with the places of its address (在吉林省敦化经济开发区) and,
    for a park, the zone written right before it (在宽甸经济开发区城南高新技术产业园内)."""
    kinds = ("Place", "Zone") if place.type == "Park" else ("Place",)
    start = place.start
    while (address := next((m for m in doc.mentions if m.type in kinds and m.end == start and m.start < start), None)):
        start = address.start
    return start


def _builds_in(text: str, company: Mention, place_start: int, place_end: int, cfg: dict) -> bool:
    """C 拟在 P 投资建设…, C 年产10万吨…项目在 P 开工: 在 P and a verb of building, with nothing but
    adverbs or the company's project between the company and 在."""
    between = text[company.end : place_start]
    if not between.endswith("在") or len(between) > cfg["build_max_gap"] or any(ch in between for ch in PLACE_CLAUSE_BREAKS):
        return False
    lead = between[:-1]
    return text.startswith(tuple(cfg["build_verbs"]), place_end) and ("项目" in lead or _only_fillers(lead, cfg["build_fillers"]))


def _hosts_a_signing(doc: AnalysedDocument, company: Mention, cfg: dict) -> bool:
    """科工园公司与天津市全和诚科技有限责任公司签约: the first party hosts; the project settling is the partner's."""
    text = doc.norm.text
    conjunction = next((c for c in cfg["partner_conjunctions"] if text.startswith(c, company.end)), "")
    if not conjunction:
        return False
    partner = next((m for m in doc.mentions if m.type == "Company" and m.start == company.end + len(conjunction)), None)
    return partner is not None and text.startswith(tuple(cfg["signing_verbs"]), partner.end)


def _verb_leads_to(between: str, verbs: list[str]) -> bool:
    """C 落户(在) P, C 项目签约入驻(“)P: a settling verb a few characters before the place (perhaps quoted),
    in one clause (伊顿新项目签约入驻，巨高电气产业园建成投产 is two clauses)."""
    between = between.removesuffix("“")
    return not any(ch in between for ch in PLACE_CLAUSE_BREAKS) and _settled_into(between, verbs)


# ---------------------------------------------------------------- parks and bodies of zones


def _listed_beside_a_zone(doc: AnalysedDocument, mention: Mention) -> bool:
    """Whether the clause lists the mention with 、 beside a zone written whole as one of its items."""
    text = doc.norm.text
    start, end = clause_start(text, mention.start, CLAUSE_BREAK), clause_end(text, mention.end, CLAUSE_BREAK)
    listed = [m for m in doc.mentions if m.type == "Zone" and not m.anaphoric and start <= m.start and m.end <= end
              and (text[m.end : m.end + 1] == "、" or text[m.start - 1 : m.start] == "、")]
    return bool(listed) and (text[mention.end : mention.end + 1] in "、等" or text[mention.start - 1 : mention.start] == "、")


def _of_a_place(doc: AnalysedDocument, mention: Mention) -> bool:
    """Whether a place and 的 are written right before the mention (青羊区的少城视井文创产业园)."""
    return doc.norm.text[mention.start - 1 : mention.start] == "的" and any(
        m.type == "Place" and m.end == mention.start - 1 for m in doc.mentions)


def _parts_of_zones(doc: AnalysedDocument, collector: TripleCollector) -> None:
    """Parks and bodies belong to the zone written before them or in effect around them. A body
    only in context (税务局, 街道办事处) counts when someone leads it: most such bodies are the
    city's or a partner's, and the guideline annotates bodies that take part in another triple."""
    cfg = _cfg()
    confidence = cfg["confidence"]
    led = {t.object for t in collector.triples.values() if t.predicate == "leads"}
    previous_body: Mention | None = None
    previous_owned = False  # whether the body before was found the zone's: a list of departments goes on from it
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        if mention.type not in ("Park", "GovernmentBody") or not mention.key or (
                mention.type == "GovernmentBody" and _national(mention.text)):
            continue
        zone_key, prefixed = mention.owner, mention.prefixed
        if mention.type == "GovernmentBody" and (not prefixed or mention.text.startswith(DISTRICT_WORD)) and _listed_beside_a_zone(doc, mention):
            continue  # 区政府办、发改委、淞江产业集聚区、淞江街道等单位 (区财政局、…): the zone's peers in a district's list
        if mention.type == "Park" and not prefixed and _in_link_list(doc.norm.text, mention.start):
            continue  # a page's list of related links (山东青岛高新区 / 京津冀环保物流园 / …): nothing says where it is
        if mention.type == "Park" and not prefixed and any(m.type == "Park" and m.end == mention.start for m in doc.mentions):
            continue  # 南海子工业园区硅光伏产业基地: a base written right after its park lies in that park
        if mention.type == "Park" and not prefixed and doc.norm.text.startswith(tuple(cfg["own_committees"]), mention.end):
            continue  # 三合循环经济产业园区党工委书记: a park with a party or management committee of its own is run apart
        if mention.type == "Park" and not prefixed and _of_a_place(doc, mention):
            continue  # 蒲江县的明月村文创产业园区: the park is the place's, written as such, not the article zone's
        if mention.type == "Park" and doc.norm.text.endswith(tuple(rules("entities")["park"]["former_name_words"]), 0, mention.start):
            continue  # 前身为营口中小企业创业园区: the zone's former name, no part of it
        bracketed = _bracketed_after(doc, mention) if mention.type == "Park" else None
        if bracketed is not None and bracketed.type != "Zone":
            continue  # 聚方众创空间（金水区）: the park is where its bracket says, not in the article's zone
        if bracketed is not None:
            # 第四象限众创空间（经开区）: a zone in brackets right after a park is the zone it lies in.
            zone_key, value, rule = bracketed.key, confidence["part_of_bracketed"], "park-bracketed"
        elif mention.type == "Park":
            value = confidence["part_of_prefixed" if prefixed else "part_of_context"]
            rule = f"park-{'prefixed' if prefixed else 'context'}"
        elif prefixed or mention.rule == "body-committee-listed":
            value, rule = confidence["body_part_of_prefixed"], "governmentbody-prefixed"
        elif _writes_the_news(doc.norm.text, mention):
            value, rule = confidence["body_part_of_source"], "governmentbody-source"
        elif (previous_body is not None and _coordinated(doc.norm.text, previous_body, mention)
              and not mention.text.startswith(cfg["outside"]) and not _named_after_a_place(doc, mention) and (  # (…管委会联合县应急管理局: the county's)
              previous_body.prefixed or previous_owned and (mention.rule == "body-listed" or _closes_department_list(doc, mention, cfg)))):
            # 区纪工委、监察工作办公室: a body listed right after one of the zone's own is the zone's too, and
            # so is a list of departments going on from it (投资促进局、…管理局、科技创新局等部门).
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-coordinated"
        elif mention.rule == "body-internal-unit":
            # 精简为9个内设机构，为综合管理办公室、…: the zone's units listed after their count.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-coordinated"
        elif mention.type == "GovernmentBody" and _staff_take_part(doc, mention) and not mention.text.startswith(cfg["outside"]):
            # 党政综合办公室、科技局主要负责同志参加活动: offices whose staff take part in the zone's event.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-staff"
        elif mention.type == "GovernmentBody" and _reports_to_the_meeting(doc, mention, cfg):
            # 会上，财经局、招商局分别汇报…, 听取了经合局…的汇报: offices reporting at the zone's meeting.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-reports"
        elif _founded_by_zone(doc, mention, cfg["found_verbs"]):
            value, rule = confidence["body_part_of_founded"], "governmentbody-founded"
        elif mention.key in led:
            value, rule = confidence["body_part_of_context"], "governmentbody-context"
        else:
            previous_body, previous_owned = mention, False
            continue
        if mention.type == "GovernmentBody":
            previous_body, previous_owned = mention, True
        collector.add(mention, "partOf", zone_key, (mention.start, mention.end), value, rule)


def _in_link_list(text: str, position: int) -> bool:
    """Whether `position` lies in a run of short lines that are bare names or headlines, no sentence among them,
    after the article's text (a page's list of related links)."""
    cfg = _cfg()
    lines = [line.strip() for line in text.split("\n")]
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    row = next(i for i in range(len(lines)) if starts[i] <= position < starts[i + 1])
    bare = [bool(line) and len(line) <= cfg["link_line_max"] and not re.search(r"[，。；、！？,.;!?]", line) for line in lines]
    first, last = row, row
    while first > 0 and bare[first - 1]:
        first -= 1
    while last + 1 < len(lines) and bare[last + 1]:
        last += 1
    # (Caption lines opening an article, before any sentence, are its photos, not links.)
    return bare[row] and last - first + 1 >= cfg["link_list_min"] and any("。" in line for line in lines[:first])


def _bracketed_after(doc: AnalysedDocument, park: Mention) -> Mention | None:
    """The zone or place that alone fills a bracket right after a park's name (…众创空间（高新区）), if any."""
    text = doc.norm.text
    if not text.startswith(BRACKET_OPEN, park.end):
        return None
    close = next((i for i in range(park.end + 1, min(len(text), park.end + 12)) if text[i] in BRACKET_CLOSE), -1)
    if close < 0:
        return None
    inside = next((m for m in doc.mentions if m.type in ("Zone", "Place") and m.start == park.end + 1 and m.end == close), None)
    words = text[park.end + 1 : close]
    if inside is None and words.endswith(tuple(rules("entities")["place"]["division_words"])):
        # 爱创海汇众创空间（郑东新区）, …（荥阳）: an area the lexicon does not know as a zone or place is still elsewhere.
        inside = Mention(start=park.end + 1, end=close, text=words, type="Place", rule="bracketed")
    return inside


def _writes_the_news(text: str, body: Mention) -> bool:
    """来源：经发局: the body named in the article's source line writes the zone's news, so it is the zone's."""
    cfg = rules("entities")["body"]
    before = text[max(0, body.start - 12) : body.start].rstrip(" \u3000")  # 发布机构： 经济发展局
    return before.endswith(tuple(cfg["source_markers"])) and not body.text.endswith(tuple(cfg["source_not_bodies"]))


def _staff_take_part(doc: AnalysedDocument, body: Mention) -> bool:
    """The body, or the list of bodies it opens or goes on (办公室、项目管理中心), is followed by its staff
    taking part (负责人参加活动); the zone's own companies may close the list (…创业中心、国控集团负责同志陪同)."""
    text = doc.norm.text
    cursor = _list_end(doc, body, ("GovernmentBody", "Company"))
    return cursor is not None and staff_attend(text, cursor) and "、" in text[clause_start(text, body.start, CLAUSE_BREAK) : cursor]


def _reports_to_the_meeting(doc: AnalysedDocument, body: Mention, cfg: dict) -> bool:
    """The body, or the list of bodies it opens, reports (财经局、招商局分别汇报了…), or its report is heard
    (听取了经合局…的汇报), in a clause of its own."""
    text = doc.norm.text
    cursor = _list_end(doc, body, ("GovernmentBody",))
    if cursor is None:
        return False
    opening = clause_start(text, body.start, CLAUSE_BREAK)
    clause = text[opening : clause_end(text, body.end, CLAUSE_BREAK)]
    heard = text[opening : body.start].endswith(tuple(cfg["report_hearing_verbs"])) and any(w in clause for w in cfg["report_words"])
    reports = next((v for v in cfg["report_verbs"] if text.startswith(v, cursor)), "")
    return heard or bool(reports) and opening == body.start and not text.startswith(tuple(cfg["report_not_before"]), cursor + len(reports))


def _list_end(doc: AnalysedDocument, first: Mention, types: tuple[str, ...]) -> int | None:
    """Where the 、-list that `first` opens or goes on ends, every item a mention of `types`; None if an item is not."""
    text = doc.norm.text
    cursor = first.end
    while text.startswith("、", cursor):
        listed = next((m for m in doc.mentions if m.type in types and m.start == cursor + 1), None)
        if listed is None:
            return None
        cursor = listed.end
    return cursor


def _closes_department_list(doc: AnalysedDocument, body: Mention, cfg: dict) -> bool:
    return doc.norm.text.startswith(tuple(cfg["department_list_closers"]), body.end)


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    """清远高新区、清城区: nothing but a conjunction between the two (or, for bodies, a word of working
    together: 区政务服务办会同规建局)."""
    between = text[first.end : second.start]
    return _only_a_conjunction(text, first.end, second.start) or (
        second.type == "GovernmentBody" and between in rules("entities")["zone"]["joining_words"])


def _named_after_a_place(doc: AnalysedDocument, body: Mention) -> bool:
    """鄂尔多斯大路煤化工基地管理委员会: a body whose name opens with a named place is that place's, not the
    zone's body listed before it."""
    return any(m.type == "Place" and m.start == body.start and m.end < body.end for m in doc.mentions)


def _only_a_conjunction(text: str, start: int, end: int) -> bool:
    return text[start:end] in rules("measures")["coordinators"]


def _founded_by_zone(doc: AnalysedDocument, body: Mention, verbs: list[str]) -> bool:
    """河源国家高新区建设了…企业服务中心, 该区组建科技创新局: a body the zone sets up is its own."""
    sentence = doc.sentence_at(body.start)
    zone = max((m for m in doc.mentions if m.type == "Zone" and sentence.start <= m.start and m.end <= body.start),
               key=lambda m: m.start, default=None)
    if zone is None:
        return False
    text = doc.norm.text
    between = text[zone.end : body.start]
    if any(ch in between for ch in "。；"):
        return False
    # 成立大会: a founding written as the name of an event founds nothing here.
    events = tuple(_cfg()["found_event_nouns"])
    verb_at = min((i for verb in verbs if (i := between.find(verb)) >= 0 and not between.startswith(events, i + len(verb))),
                  default=-1)
    if verb_at < 0:
        return False
    # 清远高新区联合清远市人社局设立…: another actor before the verb makes it a joint or someone else's act
    # (one coordinated with the zone, 清远高新区、清城区, does not); bodies listed after it are all set up.
    return not any(
        m.type in ("Place", "Company", "GovernmentBody") and zone.end <= m.start and m.end <= zone.end + verb_at
        and not _coordinated(text, zone, m)
        for m in doc.mentions
    )


# ---------------------------------------------------------------- zones in places


def _zone_places(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, collector: TripleCollector) -> None:
    confidence = _cfg()["confidence"]
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
    homes = {home.name for key in {m.key for m in zone_mentions} if (home := zones.home(key)) is not None}
    places = []
    for mention in (m for m in doc.mentions if m.type == "Place"):
        admin = lexicon.place(mention.place)
        inside = [kind for start, end, kind in organisations
                  if start <= mention.start and mention.end <= end and end - start > mention.end - mention.start]
        # 四川德阳高新技术产业园, 连云港市东海经济开发区: a place written right before a zone is where it is.
        before_zone = any(z.start == mention.end for z in zone_mentions)
        committee = doc.norm.text.startswith(("委", "政府", "人民政府"), mention.end)
        home_government = committee and (admin.level == "city" or admin.name in homes) and "Zone" not in inside
        if not home_government and ("Zone" in inside or (inside and not before_zone and (admin.level == "province" or not local_city))):
            continue
        if committee and not home_government:
            continue
        if _bracketed_after_name(doc.norm.text, mention, zone_mentions):
            continue
        if doc.norm.text.startswith(tuple(_cfg()["place_name_continuations"]), mention.end):
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
    cfg = _cfg()
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
    labels = tuple(label + mark for label in _cfg()["place_labels"] for mark in "：:")
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
    return any(z.start == district.end or text[district.end : z.start] in (" ", "\u3000", "的")
               or text[_name_end(z) : district.start] == "（" and not joint_body for z in zone_mentions)


# ---------------------------------------------------------------- measures


def _implements(doc: AnalysedDocument, zones: ZoneResolver, index: TokenIndex, collector: TripleCollector) -> None:
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
    joined = [pair for pair in zip(zones, zones[1:]) if text[pair[0].end : pair[1].start] in _cfg()["zone_joiners"]]
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
    opening = text.find("（", measure.end, measure.end + _cfg()["owner_bracket_gap"] + 1)
    if opening < 0 or not re.fullmatch(r"[\u4e00-\u9fff]*", text[measure.end : opening]):
        return None
    return next((m for m in doc.mentions if m.type == "Zone" and not m.anaphoric and opening + 1 in (m.start, m.written_from)
                 and text.startswith("）", m.end)), None)


def _actor_is_not_a_zone(doc: AnalysedDocument, measure: Mention, sentence: Sentence) -> bool:
    """彭州市深入实施“建圈强链”, 温县将坚持营造“…”: the nearest actor before the measure, in its clause,
    is a city or county, so the slogan is theirs. Not when the place is coordinated with the zone
    (清远高新区、清城区先行先试) or only says where (率先在清远市设立)."""
    cfg = _cfg()
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
