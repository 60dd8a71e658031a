"""Government bodies: a zone's committees and departments, bodies listed or counted as the zone's
units, and bodies named in post chains and source lines.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain

from kg.lexicon import Lexicon
from kg.models import Mention
from kg.normalise import clause_end, clause_start
from kg.resources import alternation, lexicon_lines, longest_first, rules
from kg.mentions.common import MAX_NAME, TokenIndex, entity_rules, post_pattern
from kg.mentions.zones import PARK_NAME_STOP_VERBS
from kg.mentions.boundaries import SENTENCE_END, outside_place_in
from kg.mentions.people import ROSTER_LINE
from kg.mentions.companies import enterprise_named


# 招商一局: numerals that number one of several bodies of a kind.
ORDINAL_NUMERALS = "一二三四五六七八九十"


# 四级调研员: characters that may qualify a post joined to the chain by 、; posts are at most this long.
MAX_POST_QUALIFIER = 4
MAX_POST = 8
MAX_BODY_AFTER_ZONE = 12


def party_opening(text: str, zone_start: int) -> int:
    """中共|黔西南高新区工作委员会: where a zone's body is written from, with the party's name before the zone."""
    party = next((word for word in entity_rules()["body"]["party_names"] if text.endswith(word, 0, zone_start)), "")
    return zone_start - len(party)


def local_division_opener(text: str, start: int, lexicon: Lexicon) -> str:
    """县 in 县水晶文化创意产业园: a division word alone (no place opens there) says whose the park is."""
    word = next((w for w in entity_rules()["park"]["local_division_openers"] if text.startswith(w, start)), "")
    opens_place = any(begin == 0 for begin, _, _ in lexicon.place_trie.tokenize(text[start : start + MAX_NAME]))
    return "" if opens_place else word


def joint_unit_after(text: str, zone_end: int) -> tuple[int, int] | None:
    """The span of a street or town written in brackets right after a zone (开发区（钟埭街道）), which the
    zone runs as one, or of a note that it is being set up (（筹）); None when there is none."""
    return (match := _joint_unit_pattern().match(text, zone_end)) and match.span(1)


@cache
def _joint_unit_pattern() -> re.Pattern:
    body = entity_rules()["body"]
    return re.compile(rf"（([\u4e00-\u9fff]{{1,8}}(?:{alternation(body['joint_units'])})|{alternation(body['preparing_notes'])})）")


def in_district_sentence(text: str, position: int) -> bool:
    """区财政局 in 区长…、区财政局局长…: the sentence speaks of a district's own posts, so 区 is the district."""
    start, end = clause_start(text, position, SENTENCE_END), clause_end(text, position, SENTENCE_END)
    return any(marker in text[start:end] for marker in entity_rules()["body"]["district_markers"])


def zone_body_end(text: str, zone: Mention, index: TokenIndex, patterns: dict) -> int | None:
    """高新区科技创新局, 该区科技创新局: name words right after a zone and a body suffix make the zone's body.

    The suffix must close a word of its own (创新局, 局), not end a common word (布局, 大局).
    """
    for match in patterns["body"].finditer(text, zone.end, zone.end + MAX_BODY_AFTER_ZONE):
        if match.start() == zone.end and match.group() in entity_rules()["body"]["zone_committees"]:
            return match.end()  # 经开区（高新区）党工委: the committee alone, cut from the zone by its second plate
        if not _closes_a_word(index, match.start(), match.end()) or text.endswith(tuple(entity_rules()["body"]["people_endings"]), 0, match.end()):
            continue
        if enterprise_named(text, match.end()):
            return None
        # 开发区招商一局 (招商 a verb to the tagger): a department's function right after the zone opens the body's name.
        department = text.startswith(department_words(), zone.end) and re.fullmatch(r"[\u4e00-\u9fff]+", text[zone.end : match.end()])
        if department and match.start() > zone.end:
            return match.end()
        if building_and_object(text[zone.end : match.end()], match.start() - zone.end):
            return None  # 在高新区建设研发中心: a verb of building and its object (not 高新区建设局)
        # (高新区人事劳动局 read as one word by the tagger: the name still starts where the zone ends)
        if match.start() > zone.end and max(index.name_start(match.start(), floor=zone.end), zone.end) == zone.end:
            first = index.token_at(zone.end)
            if first is not None and first[1].tag in ("v", "vn") and not text.startswith(department_words(), zone.end):
                return None  # 清远高新区联合…局: a verb after the zone starts a clause, not a name
            return match.end()
    return None


def before_inner_post(name: str, patterns: dict, lexicon: Lexicon) -> int:
    """党工委书记管委会, 管委会联合县应急管理局 read as one word: the body ends where a post, or a verb joining it
    with another body, begins right after a body's suffix (the post and the next body belong to the post chain)."""
    joining = alternation(entity_rules()["body"]["joining_verbs"])
    for match in chain(post_pattern(lexicon.posts).finditer(name), re.finditer(joining, name)):
        if match.end() < len(name) and patterns["body_end"].search(name, 0, match.start()):
            return match.start()
    return len(name)


def building_and_object(name: str, suffix_start: int) -> bool:
    """建设研发中心: a verb of building, then two characters or more before the suffix, is the verb and
    its object, not an office's name (建设局, 规划建设局 are offices)."""
    verb = next((v for v in PARK_NAME_STOP_VERBS if name.startswith(v)), "")
    return bool(verb) and suffix_start - len(verb) >= 2


@cache
def department_words() -> tuple[str, ...]:
    """Functions that open a department's name (投资促进, 综合执法), longest first."""
    return tuple(longest_first(lexicon_lines("departments.txt")))


def _closes_a_word(index: TokenIndex, suffix_start: int, suffix_end: int) -> bool:
    """A body suffix closes a word of its own (创新局, 局, 管理局), not a common word (布局, 部署)."""
    found = index.token_at(suffix_end - 1)
    if found is None or found[1].end != suffix_end:
        return False
    token = found[1]
    if token.tag == "u":
        return False  # 开发区软硬环境所做的: the particle 所, not an institute
    before_suffix = token.text[: len(token.text) - (suffix_end - suffix_start)]
    # 招商一局, 执法二大队: an ordinal before the suffix numbers one of several bodies of a kind.
    return (token.start >= suffix_start or len(before_suffix) >= 2
            or (bool(before_suffix) and all(ch in ORDINAL_NUMERALS for ch in before_suffix)))


def listed_bodies(text: str, bodies: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """高新区投资促进局、环境保护和城市管理局、科技创新局等部门: items listed after a body that end
    like a body are bodies too, though the tagger marks no organisation there. The suffix must close
    a word of its own (管理局), not end a common word (决策部署)."""
    spans = []
    joining = tuple(entity_rules()["zone"]["joining_words"])
    for body in bodies:
        # 区政务服务办会同规建局、城环局: the bodies a body works with are listed after the joining word.
        separator = next((w for w in joining if text.startswith(w, body.end)), "、")
        spans += _body_items(text, body.end, separator, index, patterns)
    return spans


def bodies_set_up_inside(text: str, zones: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """临江新区内设办公室、党群工作部、招商局: the offices a zone is said to hold, listed right after it —
    perhaps after their count (下设2个事业单位和5个功能园区：社会事业局、招商局)."""
    spans = []
    for verb in re.finditer(alternation(entity_rules()["body"]["set_up_inside"]), text):
        zone = max((z for z in zones if z.end <= verb.start()), key=lambda z: z.end, default=None)
        between = text[zone.end : verb.start()] if zone else "。"
        # 淮安高新区目前内设…，下设…: a word of time between, or a later clause of the zone's sentence.
        if any(mark in between for mark in "。；！？") or not (len(between) <= 2 or between.endswith("，")):
            continue
        counted = _counted_units_pattern().match(text, verb.end())
        spans += _body_items(text, counted.end() if counted else verb.end(), "", index, patterns)
    return spans


@cache
def _internal_units_pattern() -> re.Pattern:
    body = entity_rules()["body"]
    kinds = alternation(body["internal_units"])
    # (内设机构“五局一室”，即…: the count written as the units counted out, in quotes, after the kind)
    counted = rf"(?:(?:[0-9]+|[一二两三四五六七八九十]+)个(?:{kinds})|(?:{kinds})“{entity_rules()['company']['counted_units_quote']}”)"
    return re.compile(rf"{counted}[，,：:]?(?:{alternation(longest_first(body['internal_unit_openers']))})?[：:]?")


def counted_internal_units(text: str, zones: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """…精简为9个内设机构，为综合管理办公室、党群工作部、… (or 内设机构“五局一室”，即…): the zone's units listed after
    their count, in a sentence that names the zone before them."""
    units = _internal_units_pattern()
    # (园区内设机构…: a sentence opening with the zone's park word alone speaks of the zone, too)
    bare = tuple(entity_rules()["park"]["committee_any_park_forms"])
    spans = []
    for match in units.finditer(text):
        opening = max(text.rfind(mark, 0, match.start()) for mark in "。；！？\n")
        if any(opening < z.start and z.end <= match.start() for z in zones) or text.startswith(bare, opening + 1) and zones:
            spans += _body_items(text, match.end(), "", index, patterns)
    return spans


@cache
def _counted_units_pattern() -> re.Pattern:
    """2个事业单位和5个功能园区：, 5个正科级行政机构： — counts of the kinds of unit a list then names."""
    unit = r"(?:[0-9]+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{1,8}?"
    return re.compile(rf"{unit}(?:[和、]{unit})*[：:]")


@cache
def _staff_attending_pattern() -> re.Pattern:
    """Staff words and a verb of taking part, perhaps after a list's closer (…建设局等相关部门负责人参会, …局等相关负责人参加)."""
    cfg = entity_rules()["body"]
    closers = alternation(rules("relations")["department_list_closers"])
    return re.compile(f"(?:{closers}|等)?(?:{alternation(cfg['staff_words'])})(?:{alternation(cfg['staff_attending'])})")


def staff_attend(text: str, position: int) -> bool:
    """办公室、项目管理中心负责人参加活动: the staff of what ends at `position` take part."""
    return _staff_attending_pattern().match(text, position) is not None


@cache
def _report_pattern() -> re.Pattern:
    return re.compile(alternation(rules("relations")["report_verbs"]))


def bodies_whose_staff_attend(text: str, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """党政综合办公室、应急管理局、创业中心主要负责同志参加活动: a list opening a sentence or clause whose
    every item ends like a body, and whose staff take part, names bodies (创业|中心 split by the tagger);
    so does a list, or one short name, opening a clause with its report (；财经局、招商局分别汇报…, ；纪工委通报了…)."""
    report = _report_pattern()
    praise = tuple(rules("relations")["report_not_before"])  # 受到市外办通报表扬: praise received, no report given
    listed = [(m, True) for m in _staff_attending_pattern().finditer(text)] + [
        (m, False) for m in report.finditer(text) if not text.startswith(praise, m.end())]
    spans = []
    for match, staff in listed:
        opening = clause_start(text, match.start())
        single = not staff and match.start() - opening <= entity_rules()["body"]["reporting_name_max"]
        if ("、" not in text[opening : match.start()] and not single) or text.startswith(patterns["outside"], opening):
            continue
        # The list is read as if a comma closed it where the staff words begin.
        items = _body_items(text[: match.start()] + "，", opening, "", index, patterns)
        if items and items[-1][1] == match.start():
            spans += items
    return spans


def _body_items(text: str, cursor: int, separator: str, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """The items from `cursor` on, each after `separator` (then 、), that end like a body; the suffix must close
    a word of its own (管理局), not end a common word (决策部署)."""
    spans = []
    while text.startswith(separator, cursor):
        opening = cursor + len(separator)
        item = re.match(rf"[\u4e00-\u9fff]{{2,{MAX_BODY_AFTER_ZONE}}}?(?=[、等，。；])", text[opening:])
        # (王集乡政府全体机关干部: an item ending in a word for people, 干部, names people, no body)
        suffix = (patterns["body_end"].search(item.group()) if item and "的" not in item.group()
                  and not item.group().endswith(tuple(entity_rules()["body"]["people_endings"])) else None)
        end = opening + item.end() if item else cursor
        # A whole item between the marks, two characters or more before its suffix, is a name (经|发局 split
        # by the tagger); a shorter one must close a word of its own (布局 is no body).
        if suffix is None or not (item.end() - len(suffix.group()) >= 2 or _closes_a_word(index, end - len(suffix.group()), end)):
            break
        if item.group().endswith(tuple(entity_rules()["body"]["word_endings"])):
            break  # 工委、管委紧扣部署: a clause going on after the list, ending in a common word, no body's name
        spans.append((opening, end))
        cursor, separator = end, "、"
    return spans


def committees_listed(text: str, bodies: list[Mention]) -> list[tuple[int, int]]:
    """高新区党工委、管委会仍作为…, 设立天府新区党工委和管委会: the zone's other committee written right after
    one of its committees (after 、 or a conjunction), whatever follows it."""
    committees = tuple(longest_first(entity_rules()["body"]["zone_committees"]))
    joiners = ("、", *entity_rules()["company"]["list_conjunctions"])
    spans = []
    for body in (b for b in bodies if b.text.endswith(committees)):
        joiner = next((j for j in joiners if text.startswith(j, body.end)), "")
        committee = next((c for c in committees if text.startswith(c, body.end + len(joiner))), "")
        if joiner and committee:
            spans.append((body.end + len(joiner), body.end + len(joiner) + len(committee)))
    return spans


def bodies_before_posts(text: str, lexicon: Lexicon, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """管委会副主任、建设房产局局长吕跃跃; ，纪检监察工委书记于爱平: between a post chain's mark and a
    post held by a named person, words closed by a body suffix are the whole body's name, though the
    tagger cut it (建设 as a verb) or marked no organisation at all."""
    cfg = entity_rules()["body"]
    committees = tuple(cfg["zone_committees"])
    posts = post_pattern(lexicon.posts)
    towns = tuple(rules("relations")["town_suffixes"])
    spans = []
    # 缪爱国 经济发展局局长: in a roster the name stands before the body and its post.
    roster_openings = {m.end("posts"): m.start("posts") - 1 for m in ROSTER_LINE.finditer(text)}
    for post in posts.finditer(text):
        named_after = _name_after_posts(text, post.end(), posts, index)
        if not (named_after or post.end() in roster_openings) or post.group() in lexicon.company_posts:
            continue  # 销售部经理: a company's department, not a public body
        opening = max(text.rfind(mark, max(0, post.start() - MAX_BODY_AFTER_ZONE - 1), post.start()) for mark in "、，,：。")
        opening = max(opening, roster_openings.get(post.end(), -1))
        name = text[opening + 1 : post.start()]
        suffix = patterns["body_end"].search(name)
        if (opening < 0 or len(name) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or "的" in name or suffix is None
                or name.startswith(patterns["outside"]) or _zone_committee(name, committees)
                or posts.search(name, 0, suffix.start()) or not _closes_a_word(index, post.start() - len(suffix.group()), post.start())):
            continue
        if name.endswith(towns) or _chain_opens_outside(text, opening, lexicon, patterns):
            continue  # 张八岭镇副书记: a town's; 渭南市发改委党组成员、项目办主任: the city's office
        previous = text[max(text.rfind(mark, 0, opening) for mark in "、，,：。") + 1 : opening]
        if (text[opening] in "、，," and previous.startswith(patterns["outside"])
                and (person := index.token_at(opening - 1)) is not None and person[1].tag == "PER"):
            continue  # 市农业局副局长张显明，商务局副局长张雨: listed after the city's officials, the city's bureau
        spans.append((opening + 1, post.start()))
    return spans


def _name_after_posts(text: str, position: int, posts: re.Pattern, index: TokenIndex) -> bool:
    """A tagged name right after the post, or after further posts or ranks joined by 、 (招商局副局长、
    四级调研员周北辰)."""
    ranks = _rank_pattern()
    while True:
        after = index.token_at(position)
        if after is not None and after[1].tag == "PER" and after[1].start == position:
            return True
        window = (position + 1, position + 1 + MAX_POST_QUALIFIER + MAX_POST)
        further = (posts.search(text, *window) or ranks.search(text, *window)) if text.startswith("、", position) else None
        if further is None or not re.fullmatch(rf"[\u4e00-\u9fff]{{0,{MAX_POST_QUALIFIER}}}", text[position + 1 : further.start()]):
            return False
        position = further.end()


@cache
def _rank_pattern() -> re.Pattern:
    return re.compile(alternation(rules("relations")["descriptor_endings"]))


def _chain_opens_outside(text: str, opening: int, lexicon: Lexicon, patterns: dict) -> bool:
    """A post chain whose first organisation is a city's or province's keeps its later offices there."""
    if text[opening] != "、":
        return False
    clause = text[clause_start(text, opening, "，,。；：") : opening]
    return clause.startswith(patterns["outside"]) or outside_place_in(clause, lexicon)


def _zone_committee(name: str, committees: tuple[str, ...]) -> bool:
    """区党工委, 经开区管委会: a zone's own committee (its posts lead the zone), not another body."""
    committee = next((c for c in committees if name.endswith(c)), None)
    return committee is not None and (name == committee or name[: -len(committee)].endswith("区"))


def after_appointment(text: str, start: int, end: int) -> int:
    """缪征阁同志任区党工委, read by the tagger as one word: a body's name begins after the appointment."""
    cfg = rules("relations")
    honorific = text.rfind(cfg["appointment_honorific"], start, end)
    if honorific < 0:
        return start
    after = honorific + len(cfg["appointment_honorific"])
    verb = next((v for v in longest_first(cfg["appointment_verbs"]) if text.startswith(v, after)), "")
    return after + len(verb)


def source_bodies(text: str, lexicon: Lexicon, patterns: dict) -> list[tuple[int, int]]:
    """来源：开发区经发部: the body a source line names, when it is a body's name and no place opens it."""
    cfg = entity_rules()["body"]
    spans = []
    for marker in re.finditer(f"(?:{alternation(cfg['source_markers'])})[ \u3000]*", text):
        name = re.match(r"[\u4e00-\u9fff]+", text[marker.end() : marker.end() + cfg["source_max"] + 1])
        if (name is not None and len(name.group()) <= cfg["source_max"] and patterns["body_end"].search(name.group())
                and not name.group().startswith(patterns["outside"]) and not lexicon.leading_place(name.group())
                and not name.group().endswith(tuple(cfg["source_not_bodies"]))):
            spans.append((marker.end(), marker.end() + len(name.group())))
    return spans
