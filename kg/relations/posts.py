"""leads / worksFor: an organisation + post chain + name (区党工委副书记、管委会主任韩玉科), appointments
(任命…为…) and rosters; the organisation a post belongs to decides whether a person leads a zone or works for a company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import Lexicon
from kg.mentions import (
    CJK, DISTRICT_WORD, NAME_TAGS, ASSEMBLIES_BEFORE_ZONE, BUREAU_BEFORE_ZONE, ZONE_ASIDE, ZONE_OBJECT_VERBS,
    TokenIndex, end_of_kind_word, generic_company_name, is_province, joint_unit_after,
)
from kg.models import AnalysedDocument, Mention, Sentence
from kg.normalise import clause_end, clause_start
from kg.resolution import ZoneResolver
from kg.resources import alternation, longest_first
from kg.relations.common import (
    CLAUSE_BREAK, ORGANISATION_TYPES, TripleCollector, article_park, mention_in, national, previous_mention,
    relation_rules,
)


# Aspect marks after a verb that say it is done (专访了).
DONE_MARKS = ("了",)
SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")


def _company_department(doc: AnalysedDocument, body: Mention, cfg: dict) -> tuple[Mention, str] | None:
    """The company a "body" opens with and the department that follows it (久信科技 + 综合管理部), if any."""
    for company in (m for m in doc.mentions if m.type == "Company"):
        for name in {company.text, company.label}:
            if name and body.text.startswith(name) and re.fullmatch(cfg["company_department"], body.text[len(name) :]):
                return company, body.text[len(name) :]
    return None


@dataclass
class Segment:
    """One 'organisation + post' part of a post chain."""

    start: int
    post_start: int
    end: int
    organisation: str
    post: str


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
    while before and text[before[0].start - 1 : before[0].start] in tuple(relation_rules()["post_clause_joiners"]):
        earlier = _chain_ending_at(doc, before[0].start - 1, sentence.start, lexicon, index)
        if not earlier:
            break
        before = earlier + before
    # 园区党工委书记吴庆文会见裕廊集团总裁黄南: another person named inside the chain holds the posts before the name.
    others = [m.end for m in doc.mentions if m.type == "Person" and before and before[0].start <= m.start and m.end <= person.start]
    if others:
        before = [segment for segment in before if segment.end > max(others)]
    verb = next((v for v in relation_rules()["office_verbs"] if text.startswith(v, person.end)), None)
    honorific = relation_rules()["appointment_honorific"]
    after_name = person.end + (len(honorific) if text.startswith(honorific, person.end) else 0)
    if text.startswith(tuple(relation_rules()["office_leaving_verbs"]), after_name):
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
    while doc.norm.text.startswith(relation_rules()["post_clause_joiners"], (end := clause_end(doc.norm.text, after, CLAUSE_BREAK, sentence.end))):
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
    return re.compile(f"[（(](?:{alternation(relation_rules()['post_notes'])})[)）]")


def _chain_ending_at(doc: AnalysedDocument, cursor: int, floor: int, lexicon: Lexicon, index: TokenIndex) -> list[Segment]:
    """Walk left from `cursor`, not past `floor`, over posts joined by 、/兼, each after its organisation."""
    text = doc.norm.text
    cfg = relation_rules()
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
    cfg = relation_rules()
    if doc.norm.text.startswith(tuple(cfg["former_markers"]), segment.start):
        return None
    zone = mention_in(doc, "Zone", segment.start, segment.post_start)
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
    if not zones.main_key and rest in cfg["bare_park_words"] and (park := article_park(doc, 0)) is not None:
        return ("Park", park, segment.post)  # 园区负责人李翠 in an article about one park and no zone
    for kind in ("Company", "Park", "GovernmentBody"):
        # 该公司 anywhere at the end of the clause; a bare 公司 only when it is the whole organisation.
        anaphor = next((a for a in cfg["anaphors"][kind] if referring.endswith(a) and (a.startswith("该") or rest == a or department)), "")
        if anaphor:
            antecedent = previous_mention(doc, kind, segment.start, anaphor)
            title = department + own_committee + segment.post
            return (kind, antecedent, title) if antecedent else None
    for kind in ("Company", "Park", "GovernmentBody"):
        mention = mention_in(doc, kind, rest_start, segment.post_start)
        if mention is None:
            continue
        if kind == "GovernmentBody" and (national(mention.text) or (
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
        antecedent = previous_mention(doc, "Company", rest_start)
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
            antecedent = previous_mention(doc, "Company", name_start)
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
    return lead > 0 and not name.startswith(relation_rules()["zone_words_after_city"], lead)


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
    if text[name_start:end] in relation_rules()["anaphors"]["Company"]:
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
    if joiner and joiner in relation_rules()["post_joiners"]:
        return joiner
    return "" if doc.norm.text.endswith(posts, 0, segment.start) else "、"


def appointments(doc: AnalysedDocument, lexicon: Lexicon, zones: ZoneResolver, collector: TripleCollector) -> None:
    """芮宏同志任党工委书记；黄继满同志任管委会主任、党工委副书记: a notice of appointments writes the name
    first, then 同志, a verb and the posts; those in the zone's committees lead the article's zone. The
    tagger may leave a given name's last character out (舒甫|周同志): 同志 closes the name."""
    cfg = relation_rules()
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
    cfg = relation_rules()
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


def posts_and_people(doc, lexicon, zones, index, collector: TripleCollector) -> None:
    confidence = relation_rules()["confidence"]
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
                    and doc.norm.text[segment.start : segment.post_start] in relation_rules()["company_committees"]):
                groups.append(("outside", None, [], segment.start))
                continue
            chain_zone = next((g[1] for g in reversed(groups) if g[0] == "Zone"), None)
            chain_park = groups[-1][1] if groups and groups[-1][0] == "Park" else None
            chain_company = groups[-1][1] if groups and groups[-1][0] == "Company" else None
            if (not groups and previous[1] and previous[1][-1][0] == "Company" and _follows_directly(doc, previous[0], segment.start)
                    and doc.norm.text[segment.start : segment.post_start] in relation_rules()["company_committees"]):
                # …集团党委书记、董事长罗光，党委副书记、总经理苏湘华: a party committee right after another person
                # of a company is that company's.
                chain_company = previous[1][-1][1]
            target = _segment_target(doc, segment, zones, lexicon, index, sentence, chain_zone, chain_park, company_chain,
                                     chain_company)
            # 市委常委、统战部部长: a body after a post outside the zone is that organisation's; so is one of a
            # person led or listed right after someone of such an organisation (我院院长李文辉率业务处副处长李强).
            after_outside = (groups[-1][0] == "outside" if groups
                             else doc.norm.text[outside_end : segment.start] in relation_rules()["outside_followers"])
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
            elif kind == "Company" and entity.rule == "post-company" and re.fullmatch(relation_rules()["company_department"], entity.text):
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
    bodies = tuple(relation_rules()["local_government_bodies"])
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
                    collector.add(key, "locatedIn", place, (place.start, place.end), relation_rules()["confidence"]["zone_led_with_local_posts"],
                                  "zone-led-with-local-posts")


@cache
def _local_body() -> re.Pattern:
    """What follows a place in its own party committee's or government's name: 委, 政府, or a lower division
    and then one of them (南京市高淳区委员会)."""
    return re.compile(f"(?:[\u4e00-\u9fff]*?(?:市|区|县|省))?(?:{alternation(relation_rules()['local_government_bodies'])})")


def _the_articles_one_body_of_kind(doc: AnalysedDocument, segment: Segment) -> Mention | None:
    """The body a bare head's post (局长) stands for: the only body of that kind (…局) the article names before it."""
    kind = relation_rules()["bare_head_posts"].get(segment.post.removeprefix("副"))
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
    return (isinstance(entity, Mention) and re.fullmatch(relation_rules()["company_department"], entity.text) is not None
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


FOLLOWING_CLAUSE_MAX = 10  # 主持会议并讲话，: what a person does before the next person's post
QUOTED_NAME_BEFORE = re.compile(r"”[\u4e00-\u9fff]{1,4}$")
